import Testing
import Foundation
@testable import Transcripts

/// The streaming reader must give exactly the figures of reading every cue first and then
/// measuring, whatever the chunk size, line endings or order of the cues.
@Suite struct StreamingTests {
    static let fixtures: [String] = [
        ParserTests.teams,
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:05.000\nLisa van Leeuwen: What would you advise the client?\n\n2\n00:00:05.000 --> 00:00:09.000\nJames Carter: I'll prepare two options, right?\n",
        "1\r\n00:00:00,500 --> 00:00:02,500\r\nSanne: Welkom. Ik denk dat\r\n\r\n2\r\n00:00:02,500 --> 00:00:06,500\r\nDaan: Dank je.\r\n\r\n3\r\n00:00:06,500 --> 00:00:08,000\r\nSanne: we eerst plannen, toch?\r\n",
        "Sanne: Wat wil je vandaag bespreken?\nDaan: Mijn werkdruk.\nHet is veel.\n",
        "[00:00:00] Sanne: Hoi.\r[00:00:04] Daan: Hallo Sanne, ik ga het regelen.\r",
        "Sanne Vermeer  0:00\nHoe gaat het?\n\nDaan Visser  0:05\nGoed, dank je. Ik zal het misschien zo doen.\n",
        "WEBVTT\n\nSTYLE\n::cue { color: red }\n\n00:05.000 --> 00:09.000 align:start\n<v.loud Emma Jansen>Ik vind <b>dit</b> &amp; dat prima.</v>\n\n00:01.000 --> 00:04.000\n<v Jeroen>Heb je het plan af?</v>\n",
        // The real exports' layouts (see ExportTests).
        ExportTests.teamsVTT, ExportTests.teamsCompact, ExportTests.zoomVTT, ExportTests.zoomSaved, ExportTests.zoomWebPage,
        ExportTests.meetLines.joined(separator: "\r\n"), ExportTests.otter, ExportTests.srtWithABrokenBlock,
        // Every timed dialogue, as WebVTT.
    ] + TimedDialogueTests.dialogues().map { TranscriptWriter.webVTT(Transcript(format: .webvtt, cues: $0.cues)) }

    static func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("transcript-\(UUID().uuidString).txt").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(arguments: [1, 2, 3, 7, 64, 1 << 20])
    func streamingGivesTheFiguresOfReadingEverythingFirst(chunkSize: Int) throws {
        for fixture in Self.fixtures {
            let expected = TranscriptAnalyzer.analyze(try TranscriptParser.parse(fixture))
            let fromData = try TranscriptAnalyzer.analyze(.data(Data(fixture.utf8)), maxBytes: .max, chunkSize: chunkSize)
            #expect(fromData == expected, "data, chunks of \(chunkSize): \(fixture.prefix(40))")
            let path = try Self.write(fixture)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let fromFile = try TranscriptAnalyzer.analyze(.file(path), maxBytes: .max, chunkSize: chunkSize)
            #expect(fromFile == expected, "file, chunks of \(chunkSize): \(fixture.prefix(40))")
        }
    }

    @Test func generatedTranscriptsInAnyOrderMatchWithSmallWindows() throws {
        var generator = PropertyTests.Generator(state: 7)
        for round in 0..<150 {
            let transcript = PropertyTests.transcript(&generator)
            let shuffled = Transcript(format: .webvtt, cues: transcript.cues.shuffled(using: &generator))
            let text = TranscriptWriter.webVTT(round.isMultiple(of: 2) ? shuffled : transcript)
            let expected = TranscriptAnalyzer.analyze(try TranscriptParser.parse(text))
            // A window of 2 forces the read-again path for shuffled cues; 256 holds them all.
            for window in [2, 256] {
                let streamed = try TranscriptAnalyzer.analyze(.data(Data(text.utf8)), maxBytes: .max, chunkSize: 5, window: window)
                #expect(streamed == expected)
            }
        }
    }

    /// Past the first megabyte the file is read in further chunks; a cue may straddle the boundary.
    @Test func aFileLargerThanTheFirstReadGivesTheSameFigures() throws {
        var generator = PropertyTests.Generator(state: 11)
        var cues: [Cue] = []
        var time = 0.0
        while cues.count < 16_000 {
            let transcript = PropertyTests.transcript(&generator)
            for cue in transcript.cues where cue.start! >= 0 {
                cues.append(Cue(speaker: cue.speaker, start: time + cue.start!, end: time + cue.end!, text: cue.text))
            }
            time = (cues.last?.end ?? time) + 1
        }
        let text = TranscriptWriter.webVTT(Transcript(format: .webvtt, cues: cues)).replacingOccurrences(of: "\n", with: "\r\n")
        #expect(text.utf8.count > 1_200_000)
        let path = try Self.write(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let expected = try TranscriptAnalyzer.analyze(data: Data(text.utf8), maxBytes: .max)
        for chunkSize in [4093, 1 << 20] {
            #expect(try TranscriptAnalyzer.analyze(.file(path), maxBytes: .max, chunkSize: chunkSize) == expected)
        }
        #expect(expected == TranscriptAnalyzer.analyze(try TranscriptParser.parse(text)))
    }

    @Test func plainTextWithTimesOnSomeLinesIsUntimedAsAWhole() throws {
        let text = "[00:00:01] Sanne: Hoi Daan.\nDaan: Hallo.\n[00:00:09] Sanne: Zullen we beginnen?\n"
        let figures = try TranscriptAnalyzer.analyze(data: Data(text.utf8))
        #expect(!figures.timed)
        #expect(figures.speakers.map(\.name) == ["Sanne", "Daan"])
        #expect(figures.speakers.map(\.words) == [5, 1])
        #expect(try TranscriptParser.parse(text).cues.allSatisfy { $0.start == nil && $0.end == nil })
    }

    @Test func filesAreRefusedWithTheSameMessagesAsData() throws {
        let empty = try Self.write("")
        let binary = FileManager.default.temporaryDirectory.appendingPathComponent("binary-\(UUID().uuidString)").path
        try Data([0x57, 0x45, 0xFF, 0xFE, 0x0A, 0x01]).write(to: URL(fileURLWithPath: binary))
        let large = try Self.write(String(repeating: "Sanne: hallo\n", count: 200))
        defer { for path in [empty, binary, large] { try? FileManager.default.removeItem(atPath: path) } }
        func refusal(_ path: String, maxBytes: Int = .max) -> String? {
            do { _ = try TranscriptAnalyzer.analyze(fileAt: path, maxBytes: maxBytes); return nil } catch { return error.description }
        }
        #expect(refusal(empty) == "the file is empty")
        #expect(refusal(binary)?.contains("not text") == true)
        #expect(refusal(large, maxBytes: 1_000)?.contains("larger than the limit") == true)
        #expect(refusal("/nonexistent/transcript.vtt") == "the file cannot be read")
        #expect(refusal(large) == nil)
    }

    @Test func aBadTimingLineIsSkippedWithAWarningNamingItsLineWhateverTheChunks() throws {
        let text = "WEBVTT\r\n\r\n00:00:01.000 --> 00:00:02.000\r\n<v A>Hoi</v>\r\n\r\n00:00:03.000 --> straks\r\n<v B>Dag</v>\r\n\r\n00:00:04.000 --> 00:00:05.000\r\n<v B>Tot morgen</v>\r\n"
        for chunkSize in [1, 4, 1 << 20] {
            let figures = try TranscriptAnalyzer.analyze(.data(Data(text.utf8)), maxBytes: .max, chunkSize: chunkSize)
            #expect(figures.cues == 2 && figures.skippedCues == 1)
            #expect(figures.warnings == ["line 6: expected times like 00:00:01.000 --> 00:00:04.000, found \"00:00:03.000 --> straks\""])
            #expect(figures.speakers.map(\.words).sorted() == [1, 2])
        }
    }
}
