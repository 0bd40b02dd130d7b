import Testing
import Foundation
@testable import Transcripts

/// Fixtures written by the team, with the figures worked out by hand in the comments.
@Suite struct ParserTests {
    /// Teams: BOM, CRLF, GUID cue ids, unpadded timestamps, voice tags, a NOTE block, cues out of order.
    static let teams = "\u{FEFF}WEBVTT\r\n\r\nNOTE exported by Teams\r\n\r\n"
        + "3f2a9c1e-7d4b/12-0\r\n0:0:10.0 --> 0:0:20.0\r\n<v Daan Visser>Mijn planning liep weer uit.</v>\r\n\r\n"
        + "3f2a9c1e-7d4b/11-0\r\n0:0:0.0 --> 0:0:10.0\r\n<v Jeroen de Graaf>Hoe ging het deze week?</v>\r\n\r\n"
        + "3f2a9c1e-7d4b/13-0\r\n0:0:20.0 --> 0:0:50.0\r\n<v Jeroen de Graaf>Dat snap ik. Ik denk dat je eerst moet plannen. Heb je dat geprobeerd?</v>\r\n"

    @Test func teamsWebVTTIsReadAndMeasured() throws {
        let transcript = try TranscriptParser.parse(Data(Self.teams.utf8))
        #expect(transcript.format == .webvtt)
        #expect(transcript.cues.map(\.speaker) == ["Jeroen de Graaf", "Daan Visser", "Jeroen de Graaf"])
        let figures = TranscriptAnalyzer.analyze(transcript)
        // Jeroen 0-10 and 20-50: 40 s; Daan 10-20: 10 s. Shares 0.8 and 0.2. Duration 50 s, speech 50 s.
        // Turns: Jeroen 2, Daan 1; switches 2 in 50 s = 2.4 per minute. Longest monologue Jeroen 30 s.
        // Jeroen's questions: "Hoe ging het deze week?" (open), "Heb je dat geprobeerd?" (closed); hedge "ik denk".
        #expect(figures.language == "nl")
        #expect(figures.timed)
        #expect(figures.speakers.map(\.name) == ["Jeroen de Graaf", "Daan Visser"])
        #expect(figures.speakers[0].talkSeconds == 40 && figures.speakers[0].talkShare == 0.8)
        #expect(figures.speakers[0].turns == 2 && figures.speakers[1].turns == 1)
        #expect(figures.speakers[0].longestMonologueSeconds == 30)
        #expect(figures.speakers[0].questions == .init(open: 1, closed: 1))
        #expect(figures.speakers[0].examples["hedges"] == ["ik denk"])
        #expect(abs(figures.switchesPerMinute - 2.4) < 1e-9)
        #expect(figures.durationSeconds == 50 && figures.speechSeconds == 50)
    }

    @Test func zoomWebVTTTakesTheSpeakerFromTheText() throws {
        let zoom = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:05.000\nLisa van Leeuwen: What would you advise the client?\n\n2\n00:00:05.000 --> 00:00:09.000\nJames Carter: I'll prepare two options, right?\n"
        let figures = TranscriptAnalyzer.analyze(try TranscriptParser.parse(zoom))
        #expect(figures.language == "en")
        #expect(Set(figures.speakers.map(\.name)) == ["Lisa van Leeuwen", "James Carter"])
        let james = figures.speakers.first { $0.name == "James Carter" }!
        #expect(james.questions == .init(open: 0, closed: 1))
        #expect(james.examples["commitments"] == ["i'll"])
        #expect(figures.speakers.first { $0.name == "Lisa van Leeuwen" }!.questions.open == 1)
    }

    @Test func srtWithCommasIsRead() throws {
        let srt = "1\n00:00:00,500 --> 00:00:02,500\nSanne: Welkom.\n\n2\n00:00:02,500 --> 00:00:06,500\nDaan: Dank je.\n"
        let transcript = try TranscriptParser.parse(srt)
        #expect(transcript.format == .srt)
        #expect(transcript.cues.map(\.start) == [0.5, 2.5])
        // Sanne 2 s, Daan 4 s: shares 1/3 and 2/3.
        let figures = TranscriptAnalyzer.analyze(transcript)
        #expect(figures.speakers.map(\.name) == ["Daan", "Sanne"])
        #expect(abs(figures.speakers[0].talkShare - 2.0 / 3) < 1e-12)
    }

    @Test func plainTextWithAndWithoutTimes() throws {
        let untimed = try TranscriptParser.parse("Sanne: Wat wil je vandaag bespreken?\nDaan: Mijn werkdruk.\nHet is veel.\n")
        #expect(untimed.format == .plain)
        #expect(untimed.cues.count == 2)
        #expect(untimed.cues[1].text == "Mijn werkdruk. Het is veel.")
        #expect(!TranscriptAnalyzer.analyze(untimed).timed)
        let stamped = try TranscriptParser.parse("[00:00:00] Sanne: Hoi.\n[00:00:04] Daan: Hallo Sanne.\n")
        #expect(stamped.cues.map(\.end) == [4, 4 + 2 / 2.5])
        let otter = try TranscriptParser.parse("Sanne Vermeer  0:00\nHoe gaat het?\n\nDaan Visser  0:05\nGoed, dank je.\n")
        #expect(otter.cues.map(\.speaker) == ["Sanne Vermeer", "Daan Visser"])
        #expect(otter.cues.map(\.start) == [0, 5])
    }

    @Test func unreadableFilesNameTheLineOrTheProblem() {
        func refusal(_ text: String) -> String? {
            do { _ = try TranscriptParser.parse(Data(text.utf8)); return nil } catch { return error.description }
        }
        #expect(refusal("") == "the file is empty")
        // A file whose only block cannot be read is refused with that block's problem.
        #expect(refusal("WEBVTT\n\n00:00:01.000 --> later\nSanne: hoi\n") == "line 3: expected times like 00:00:01.000 --> 00:00:04.000, found \"00:00:01.000 --> later\"")
        #expect(refusal("WEBVTT\n\nid-without-timing\nSanne: hoi\n") == "line 4: expected a timing line like 00:00:01.000 --> 00:00:04.000, found \"Sanne: hoi\"")
        #expect(refusal("just some words without a speaker") == "line 1: expected \"Name: text\", found \"just some words without a speaker\"")
        #expect(refusal("WEBVTT\n") == "no speech found (expected cues with a speaker and text)")
        do {
            _ = try TranscriptParser.parse(Data([0x00, 0xFF, 0xFE, 0x01, 0x02]))
            Issue.record("binary input was accepted")
        } catch {
            #expect(error.description.contains("not text"))
        }
        do {
            _ = try TranscriptParser.parse(Data(repeating: 65, count: 2_000), maxBytes: 1_000)
            Issue.record("oversized input was accepted")
        } catch {
            #expect(error.description.contains("larger than the limit"))
        }
    }

    @Test func reorderingCuesNeverChangesTheFigures() throws {
        let transcript = try TranscriptParser.parse(Self.teams)
        let reversed = Transcript(format: transcript.format, cues: transcript.cues.reversed())
        let sorted = try TranscriptParser.parse(TranscriptWriter.webVTT(reversed))
        #expect(TranscriptAnalyzer.analyze(sorted) == TranscriptAnalyzer.analyze(transcript))
    }
}

@Suite struct DocxTests {
    /// A minimal Teams-style Word transcript made with ZIPFoundation in the test.
    static func docx(_ paragraphs: [String]) throws -> Data {
        let body = paragraphs.map { "<w:p><w:r><w:t>\($0.replacingOccurrences(of: "\t", with: "</w:t><w:tab/><w:t>"))</w:t></w:r></w:p>" }.joined()
        let xml = "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\(body)</w:body></w:document>"
        let archive = try Archive(accessMode: .create)
        let bytes = Data(xml.utf8)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(bytes.count)) { position, size in
            bytes.subdata(in: Int(position)..<Int(position) + size)
        }
        return archive.data!
    }

    @Test func teamsWordTranscriptIsRead() throws {
        let data = try Self.docx(["Sanne Vermeer\t0:00", "Wat wil je vandaag bespreken?", "Daan Visser\t0:06", "Mijn planning."])
        let transcript = try TranscriptParser.parse(data)
        #expect(transcript.format == .docx)
        #expect(transcript.cues.map(\.speaker) == ["Sanne Vermeer", "Daan Visser"])
        #expect(transcript.cues.map(\.start) == [0, 6])
    }

    @Test func aBrokenWordFileGetsAMessage() {
        var bytes = Data([0x50, 0x4B, 0x03, 0x04])
        bytes.append(Data(repeating: 7, count: 40))
        do {
            _ = try TranscriptParser.parse(bytes)
            Issue.record("a broken archive was accepted")
        } catch {
            #expect(error.description.contains("Word document"))
        }
    }
}

import ZIPFoundation
