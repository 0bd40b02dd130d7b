import Testing
import Foundation
@testable import Transcripts

/// Each export in the exact layout its tool writes (the words are the team's own), read into
/// the right speakers and times.
@Suite struct ExportTests {
    static let teamsVTT = """
    WEBVTT

    0c6f2a1e-7d4b-4c1e-9d1a-2f9e8b7c6d5e/13-0
    00:00:03.120 --> 00:00:07.480
    <v Ingrid Bakker>Goedemorgen Jo&#235;l, fijn dat je tijd had. Zullen we om tien uur bij Caf&eacute; Noord afspreken?</v>

    0c6f2a1e-7d4b-4c1e-9d1a-2f9e8b7c6d5e/14-0
    00:00:07.900 --> 00:00:09.210
    <v Jo&#235;l de Vries>Goedemorgen. Prima &amp; dank je.</v>

    """

    @Test func teamsWebVTTDecodesCharacterReferencesInNamesAndText() throws {
        let transcript = try TranscriptParser.parse(Self.teamsVTT)
        #expect(transcript.cues.map(\.speaker) == ["Ingrid Bakker", "Joël de Vries"])
        #expect(transcript.cues[0].text.contains("Joël") && transcript.cues[0].text.contains("Café Noord"))
        #expect(transcript.cues[1].text == "Goedemorgen. Prima & dank je.")
        #expect(transcript.cues.map(\.start) == [3.12, 7.9])
    }

    /// Teams' older layout: a timing line, a name line and a text line, with no blank lines.
    static let teamsCompact = """
    WEBVTT
    00:00:00.000 --> 00:00:04.500
    Ingrid Bakker
    Zullen we beginnen met je planning?
    00:00:05.200 --> 00:00:09.000
    Joël de Vries
    Ja, die is nogal vol deze week.
    00:00:09.000 --> 00:00:12.000
    Ingrid Bakker
    Wat maakt dat hij zo vol is?
    """

    @Test func teamsOlderLayoutWithoutBlankLinesGivesOneCuePerTimingLine() throws {
        let transcript = try TranscriptParser.parse(Self.teamsCompact)
        #expect(transcript.cues.map(\.speaker) == ["Ingrid Bakker", "Joël de Vries", "Ingrid Bakker"])
        #expect(transcript.cues.map(\.text) == ["Zullen we beginnen met je planning?", "Ja, die is nogal vol deze week.", "Wat maakt dat hij zo vol is?"])
        #expect(transcript.cues.map(\.end) == [4.5, 9, 12])
        let withoutHeader = try TranscriptParser.parse(Self.teamsCompact.replacingOccurrences(of: "WEBVTT\n", with: ""))
        #expect(withoutHeader.cues == transcript.cues)
        // The same layout with a blank line after each cue, as its Word and text downloads have it.
        let spaced = Self.teamsCompact.replacingOccurrences(of: "\n00:", with: "\n\n00:")
        #expect(try TranscriptParser.parse(spaced).cues == transcript.cues)
        // A two-line cue whose first line is ordinary text keeps both lines as text.
        let twoLines = try TranscriptParser.parse("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nSanne: we kunnen dit\nmorgen afronden.\n")
        #expect(twoLines.cues.map(\.speaker) == ["Sanne"] && twoLines.cues[0].text == "we kunnen dit morgen afronden.")
    }

    static let zoomVTT = """
    WEBVTT

    1
    00:00:01.350 --> 00:00:05.120
    Ingrid Bakker: Goedemorgen, hoor je me goed?

    2
    00:00:05.800 --> 00:00:07.010
    Joël de Vries: Ja, prima.

    """

    @Test func zoomWebVTTTakesNamesFromTheText() throws {
        let transcript = try TranscriptParser.parse(Self.zoomVTT)
        #expect(transcript.cues.map(\.speaker) == ["Ingrid Bakker", "Joël de Vries"])
        #expect(transcript.endTimes)
    }

    /// Zoom's "Save transcript": `[Name] hh:mm:ss` (the clock time), the words on the lines below.
    static let zoomSaved = """
    [Ingrid Bakker] 10:02:09
    Goedemorgen, hoor je me goed?
    [Joël de Vries] 10:02:14
    Ja, prima.
    Ik zit op kantoor.
    [Ingrid Bakker] 10:02:20
    Mooi.
    """

    @Test func zoomSavedTranscriptReadsNameHeaders() throws {
        let transcript = try TranscriptParser.parse(Self.zoomSaved)
        #expect(transcript.format == .plain)
        #expect(transcript.cues.map(\.speaker) == ["Ingrid Bakker", "Joël de Vries", "Ingrid Bakker"])
        #expect(transcript.cues[1].text == "Ja, prima. Ik zit op kantoor.")
        #expect(transcript.cues.map(\.start) == [36129, 36134, 36140])
        #expect(!transcript.endTimes)
        // The last cue gets its one word at 150 per minute: 0.4 s; 36140.4 - 36129 = 11.4 s.
        let figures = TranscriptAnalyzer.analyze(transcript)
        #expect(abs(figures.durationSeconds - 11.4) < 1e-9)
        // Start times only: pauses and overlaps cannot be measured.
        #expect(figures.speakers.allSatisfy { $0.interruptions == nil && $0.patienceSeconds == nil && !$0.waitTime.measured })
    }

    /// Copied from Zoom's recording page: the name, the time and the words on lines of their own.
    static let zoomWebPage = """
    Ingrid Bakker
    00:01
    Goedemorgen, hoor je me goed?

    Joël de Vries
    00:06
    Ja, prima. Ik zit op kantoor.

    Ingrid Bakker
    00:12
    Zullen we beginnen?
    """

    @Test func zoomWebPageCopyReadsNameAndTimeLines() throws {
        let transcript = try TranscriptParser.parse(Self.zoomWebPage)
        #expect(transcript.cues.map(\.speaker) == ["Ingrid Bakker", "Joël de Vries", "Ingrid Bakker"])
        #expect(transcript.cues.map(\.start) == [1, 6, 12])
        #expect(transcript.cues[1].text == "Ja, prima. Ik zit op kantoor.")
    }

    /// Google Meet's transcript document: a title, the attendees, "Transcript", a time mark
    /// every five minutes, `Name: text` lines and a closing note.
    static let meetLines = [
        "Mentorgesprek Ingrid en Joël (2026-12-01 10:00 GMT+1) - Transcript",
        "Attendees",
        "Ingrid Bakker, Joël de Vries",
        "Transcript",
        "00:00:00",
        "",
        "Ingrid Bakker: Goedemorgen Joël. Hoe gaat het met je?",
        "Joël de Vries: Goed, druk met de jaarafsluiting.",
        "00:05:00",
        "",
        "Ingrid Bakker: Wat maakt het zo druk?",
        "Joël de Vries: Twee klanten tegelijk, en de partner is op vakantie.",
        "Meeting ended after 00:06:12 👋",
        "",
        "This editable transcript was computer generated and might contain errors. People can also change the text after it was created.",
    ]

    @Test func googleMeetTextSkipsTitleTimeMarksAndNote() throws {
        let transcript = try TranscriptParser.parse(Self.meetLines.joined(separator: "\n"))
        #expect(transcript.cues.map(\.speaker) == ["Ingrid Bakker", "Joël de Vries", "Ingrid Bakker", "Joël de Vries"])
        #expect(transcript.cues.last?.text == "Twee klanten tegelijk, en de partner is op vakantie.")
        #expect(transcript.cues.allSatisfy { $0.start == nil })
    }

    @Test func googleMeetWordDocumentReadsLikeItsText() throws {
        let transcript = try TranscriptParser.parse(try DocxTests.docx(Self.meetLines))
        #expect(transcript.format == .docx)
        #expect(transcript.cues.map(\.speaker) == ["Ingrid Bakker", "Joël de Vries", "Ingrid Bakker", "Joël de Vries"])
    }

    /// Teams' Word transcript: the recording's name, the date, the length, a "started
    /// transcription" line, then `Name<tab>m:ss` headers.
    @Test func teamsWordDocumentSkipsItsHeader() throws {
        let data = try DocxTests.docx(["Mentorgesprek-20261201_100203-Vergaderingopname", "1 december 2026, 10:02", "45m 3s", "",
                                       "Ingrid Bakker started transcription", "", "Ingrid Bakker\t0:03", "Goedemorgen Joël, fijn dat je tijd had.",
                                       "", "Joël de Vries\t0:07", "Goedemorgen."])
        let transcript = try TranscriptParser.parse(data)
        #expect(transcript.cues.map(\.speaker) == ["Ingrid Bakker", "Joël de Vries"])
        #expect(transcript.cues.map(\.start) == [3, 7])
    }

    static let otter = """
    Ingrid Bakker  0:03
    Goedemorgen Joël, fijn dat je tijd had.

    Joël de Vries  0:07
    Goedemorgen. Ja, het is druk.

    Transcribed by https://otter.ai
    """

    @Test func otterFooterIsNotASpeakerAndTheFileStaysTimed() throws {
        let transcript = try TranscriptParser.parse(Self.otter)
        #expect(transcript.cues.map(\.speaker) == ["Ingrid Bakker", "Joël de Vries"])
        #expect(transcript.cues.map(\.start) == [3, 7])
        #expect(transcript.cues[1].text == "Goedemorgen. Ja, het is druk.")
        #expect(TranscriptAnalyzer.analyze(transcript).timed)
    }

    static let srtWithABrokenBlock = """
    1
    00:00:01,000 --> 00:00:04,000
    Ingrid: Hoe ging het?

    2
    00:00:04,500 --> 00:00:0x,000
    Joël: Goed.

    3
    00:00:06,000 --> 00:00:08,000
    Joël: Druk wel.

    """

    @Test func aMalformedSRTBlockIsSkippedWithAWarningAndTheRestRead() throws {
        let transcript = try TranscriptParser.parse(Self.srtWithABrokenBlock)
        #expect(transcript.format == .srt)
        #expect(transcript.cues.map(\.text) == ["Hoe ging het?", "Druk wel."])
        #expect(transcript.skippedCues == 1)
        #expect(transcript.warnings == ["line 6: expected times like 00:00:01.000 --> 00:00:04.000, found \"00:00:04,500 --> 00:00:0x,000\""])
        let figures = try TranscriptAnalyzer.analyze(data: Data(Self.srtWithABrokenBlock.utf8))
        #expect(figures.cues == 2 && figures.skippedCues == 1 && figures.warnings.count == 1)
    }

    @Test func aWebVTTBlockWithoutItsTimingLineIsSkipped() throws {
        let text = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n<v A>Hoi.</v>\n\n2\n<v B>Geen tijd hier.</v>\n\n3\n00:00:03.000 --> 00:00:04.000\n<v B>Dag.</v>\n"
        let transcript = try TranscriptParser.parse(text)
        #expect(transcript.cues.map(\.text) == ["Hoi.", "Dag."])
        #expect(transcript.warnings == ["line 8: expected a timing line like 00:00:01.000 --> 00:00:04.000, found \"<v B>Geen tijd hier.</v>\""])
    }

    static func utf16(_ text: String, littleEndian: Bool) -> Data {
        var data = Data(littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF])
        for unit in text.utf16 {
            let bytes = littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
            data.append(contentsOf: bytes)
        }
        return data
    }

    @Test(arguments: [true, false])
    func utf16WithAByteOrderMarkIsDecoded(littleEndian: Bool) throws {
        let data = Self.utf16(Self.teamsVTT, littleEndian: littleEndian)
        let expected = try TranscriptParser.parse(Self.teamsVTT)
        #expect(try TranscriptParser.parse(data) == expected)
        // From a file too, streamed or not.
        let path = try StreamingTests.write("")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try data.write(to: URL(fileURLWithPath: path))
        #expect(try TranscriptAnalyzer.analyze(fileAt: path) == TranscriptAnalyzer.analyze(expected))
    }

    @Test func windows1252IsDecodedNotRefused() throws {
        // "Joël: Hé, dat is €10." in Windows-1252: ë = EB, é = E9, € = 80.
        var bytes = Array("Ingrid: Hoe gaat het met Jo".utf8) + [0xEB] + Array("l?\nJo".utf8) + [0xEB] + Array("l: H".utf8) + [0xE9]
        bytes += Array(", dat kost ".utf8) + [0x80] + Array("10.\n".utf8)
        let transcript = try TranscriptParser.parse(Data(bytes))
        #expect(transcript.cues.map(\.speaker) == ["Ingrid", "Joël"])
        #expect(transcript.cues[1].text == "Hé, dat kost €10.")
        let path = try StreamingTests.write("")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(try TranscriptAnalyzer.analyze(fileAt: path) == TranscriptAnalyzer.analyze(transcript))
    }

    @Test func moreThanFiftySpeakersIsRefusedWithTheLimit() {
        let text = (0...50).map { "Speaker \($0): hallo." }.joined(separator: "\n")
        #expect(throws: TranscriptError.tooManySpeakers(limit: 50)) { try TranscriptAnalyzer.analyze(data: Data(text.utf8)) }
        #expect(throws: TranscriptError.tooManySpeakers(limit: 50)) { try TranscriptParser.parse(Data(text.utf8)) }
        #expect(TranscriptError.tooManySpeakers(limit: 50).description == "more than 50 speakers (a conversation transcript has a few)")
    }

    @Test func theCapOnCuesStopsReading() {
        let text = (0..<5).map { "A\($0 % 2): woord \($0)." }.joined(separator: "\n")
        let limits = TranscriptLimits(maxCues: 4)
        #expect(throws: TranscriptError.tooManyCues(limit: 4)) { try TranscriptAnalyzer.analyze(data: Data(text.utf8), limits: limits) }
        #expect((try? TranscriptAnalyzer.analyze(data: Data(text.utf8), limits: TranscriptLimits(maxCues: 5)))?.cues == 5)
    }

    @Test func errorsCarryTheirLineAndWhatWasFound() {
        do {
            _ = try TranscriptParser.parse("WEBVTT\n\n00:00:01.000 --> straks\n<v A>Hoi</v>\n")
            Issue.record("accepted")
        } catch {
            #expect(error == .badTiming(line: 3, found: "00:00:01.000 --> straks"))
            #expect(error.line == 3 && error.found == "00:00:01.000 --> straks")
        }
    }

    @Test func readableTextIsTheDocumentsTextNotItsZipBytes() throws {
        let data = try DocxTests.docx(["Ingrid Bakker\t0:03", "Goedemorgen Joël."])
        #expect(try TranscriptParser.readableText(data, maxBytes: 1000) == "Ingrid Bakker  0:03\nGoedemorgen Joël.")
        #expect(try TranscriptParser.readableText(Self.utf16("A: één\n", littleEndian: true), maxBytes: 1000) == "A: één\n")
        #expect(try TranscriptParser.readableText(Data([0x41, 0x3A, 0x20, 0xE9, 0x0A]), maxBytes: 1000) == "A: é\n")
        // Capped at a character boundary: "A: é" is 5 bytes in UTF-8; 4 bytes keep "A: ".
        #expect(try TranscriptParser.readableText(Data("A: é".utf8), maxBytes: 4) == "A: ")
        #expect(try TranscriptParser.readableText(Data("een\ntwee\ndrie\n".utf8), maxBytes: 11) == "een\ntwee")
        #expect(throws: TranscriptError.notText) { try TranscriptParser.readableText(Data([0x41, 0x00, 0x01]), maxBytes: 10) }
    }
}

/// The server stores encoded figures; what earlier versions wrote must still read.
@Suite struct StoredFiguresTests {
    static let earlierVersion = """
    {"format":"webvtt","language":"nl","timed":true,"durationSeconds":50,"speechSeconds":50,"switchesPerMinute":2.4,
     "speakers":[{"name":"Jeroen de Graaf","talkSeconds":40,"talkShare":0.8,"words":17,"wordsPerMinute":25.5,"turns":2,
     "longestMonologueSeconds":30,"questions":{"open":1,"closed":1},"statements":2,
     "signals":{"hedges":5.9,"certainty":0,"commitments":0,"ownView":0},"examples":{"hedges":["ik denk"]}}]}
    """

    @Test func figuresWrittenByTheEarlierVersionStillDecode() throws {
        let figures = try JSONDecoder().decode(TranscriptFigures.self, from: Data(Self.earlierVersion.utf8))
        let speaker = try #require(figures.speakers.first)
        #expect(speaker.questions == .init(open: 1, closed: 1) && speaker.statements == 2)
        #expect(speaker.reflections == 0 && speaker.advice == 0 && speaker.backchannels == 0)
        #expect(speaker.interruptions == nil && !speaker.waitTime.measured && speaker.longestStretchSeconds == nil)
        #expect(figures.cues == 0 && figures.warnings.isEmpty && figures.thirds.isEmpty)
    }

    @Test func everyKeyIsWrittenAndNotMeasurableIsNull() throws {
        let figures = TranscriptAnalyzer.analyze(try TranscriptParser.parse("Sanne: Hoe gaat het?\nDaan: Goed.\n"))
        let json = String(decoding: try JSONEncoder().encode(figures), as: UTF8.self)
        for key in ["reflections", "advice", "adviceWithPermission", "information", "stories", "backchannels", "interruptions",
                    "selfAnsweredQuestions", "stackedQuestions", "waitTime", "patienceSeconds", "answerWordsAfterOpen",
                    "answerWordsAfterClosed", "longestStretchSeconds", "cues", "skippedCues", "warnings", "thirds"] {
            #expect(json.contains("\"\(key)\":"), "\(key)")
        }
        #expect(json.contains("\"interruptions\":null"))
        #expect(json.contains("\"medianSeconds\":null") && json.contains("\"atLeast3sShare\":null"))
        #expect(try JSONDecoder().decode(TranscriptFigures.self, from: Data(json.utf8)) == figures)
    }
}
