import Testing
import Foundation
@testable import Transcripts

/// Properties over generated transcripts (a fixed-seed generator, so failures replay).
@Suite struct PropertyTests {
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let vocabulary = ["planning", "klant", "deadline", "waarom", "feedback", "goed", "idea", "week", "dossier", "client"]

    /// Cues with millisecond times, sometimes overlapping, 2-4 speakers.
    static func transcript(_ generator: inout Generator) -> Transcript {
        let speakers = ["Sanne Vermeer", "Daan Visser", "Guest One", "Guest Two"].prefix(Int.random(in: 2...4, using: &generator))
        var time = 0.0
        var cues: [Cue] = []
        for _ in 0..<Int.random(in: 1...40, using: &generator) {
            let start = max(0, time - Double(Int.random(in: 0...1500, using: &generator)) / 1000)
            let end = start + Double(Int.random(in: 1...9000, using: &generator)) / 1000
            time = end
            let words = (0..<Int.random(in: 1...12, using: &generator)).map { _ in vocabulary.randomElement(using: &generator)! }
            cues.append(Cue(speaker: speakers.randomElement(using: &generator)!, start: start, end: end,
                            text: words.joined(separator: " ") + (Bool.random(using: &generator) ? "?" : ".")))
        }
        return Transcript(format: .webvtt, cues: cues)
    }

    @Test func sharesAddUpToOne() {
        var generator = Generator(state: 1)
        for _ in 0..<300 {
            let figures = TranscriptAnalyzer.analyze(Self.transcript(&generator))
            #expect(abs(figures.speakers.map(\.talkShare).reduce(0, +) - 1) < 1e-9)
        }
    }

    @Test func sharesPerThirdAddUpToOneAndMovesNeverExceedSentences() {
        var generator = Generator(state: 5)
        for _ in 0..<300 {
            let figures = TranscriptAnalyzer.analyze(Self.transcript(&generator))
            for third in figures.thirds where third.values.contains(where: { $0 > 0 }) {
                #expect(abs(third.values.reduce(0, +) - 1) < 1e-9)
            }
            for speaker in figures.speakers {
                let moves = speaker.questions.open + speaker.questions.closed + speaker.reflections + speaker.advice
                    + speaker.information + speaker.stories + speaker.backchannels
                #expect(moves <= speaker.questions.open + speaker.questions.closed + speaker.statements)
                #expect(speaker.adviceWithPermission <= speaker.advice)
                #expect(speaker.waitTime.atLeast3sShare.map { (0...1).contains($0) } ?? true)
                // A stretch holds every run of the speaker's own cues, unless the run was only backchannels.
                if speaker.backchannels == 0 { #expect((speaker.longestStretchSeconds ?? 0) + 1e-9 >= speaker.longestMonologueSeconds) }
            }
        }
    }

    @Test func mergingTouchingCuesOfOneSpeakerKeepsTalkTime() {
        var generator = Generator(state: 2)
        for _ in 0..<300 {
            let transcript = Self.transcript(&generator)
            // Split every cue in two halves that touch: the union must not change.
            let split = transcript.cues.flatMap { cue -> [Cue] in
                let middle = (cue.start! + cue.end!) / 2
                return [Cue(speaker: cue.speaker, start: cue.start, end: middle, text: cue.text),
                        Cue(speaker: cue.speaker, start: middle, end: cue.end, text: "")]
            }
            let before = TalkTime.shares(transcript.cues).speakers.map { ($0.name, $0.seconds) }
            let after = TalkTime.shares(split).speakers.map { ($0.name, $0.seconds) }
            #expect(before.count == after.count)
            for (a, b) in zip(before.sorted { $0.0 < $1.0 }, after.sorted { $0.0 < $1.0 }) {
                #expect(a.0 == b.0 && abs(a.1 - b.1) < 1e-9)
            }
        }
    }

    @Test func reorderingCuesNeverChangesTheFigures() throws {
        var generator = Generator(state: 3)
        for _ in 0..<200 {
            let transcript = Self.transcript(&generator)
            let original = try TranscriptParser.parse(TranscriptWriter.webVTT(transcript))
            let shuffled = Transcript(format: .webvtt, cues: transcript.cues.shuffled(using: &generator))
            // The reader orders cues by start; equal starts keep their written order.
            let reread = try TranscriptParser.parse(TranscriptWriter.webVTT(shuffled))
            let a = TranscriptAnalyzer.analyze(original), b = TranscriptAnalyzer.analyze(reread)
            #expect(a.speakers.map(\.name).sorted() == b.speakers.map(\.name).sorted())
            for speaker in a.speakers {
                let other = b.speakers.first { $0.name == speaker.name }!
                #expect(abs(speaker.talkSeconds - other.talkSeconds) < 1e-9)
                #expect(speaker.words == other.words)
            }
            #expect(abs(a.speechSeconds - b.speechSeconds) < 1e-9)
        }
    }

    @Test func writeThenReadIsStableForWebVTTAndSRT() throws {
        var generator = Generator(state: 4)
        for _ in 0..<200 {
            let transcript = Self.transcript(&generator)
            let vtt = try TranscriptParser.parse(TranscriptWriter.webVTT(transcript))
            #expect(try TranscriptParser.parse(TranscriptWriter.webVTT(vtt)) == vtt)
            let srt = try TranscriptParser.parse(TranscriptWriter.srt(transcript))
            #expect(srt.format == .srt)
            #expect(try TranscriptParser.parse(TranscriptWriter.srt(srt)) == srt)
            #expect(srt.cues.map(\.speaker) == vtt.cues.map(\.speaker))
        }
    }
}
