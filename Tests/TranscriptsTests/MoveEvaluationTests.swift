import Testing
import Foundation
@testable import Transcripts

/// The labelled sets (`LabelledDutch`, `LabelledEnglish`) measured end to end: each sentence
/// is said by "Mentor" after the other's turn (when the set gives one) and read through
/// `TranscriptAnalyzer`, and its move is read back from the mentor's counts. Precision and
/// recall per move are printed (for docs/transcripts.md) and must stay above the floors.
@Suite struct MoveEvaluationTests {
    struct Item {
        var move: Move
        var sentence: String
        var context: String?
    }

    static func items(_ text: String) -> [Item] {
        text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count >= 2, let move = Move(rawValue: parts[0]) else { return nil }
            return Item(move: move, sentence: parts[1], context: parts.count > 2 && !parts[2].isEmpty ? parts[2] : nil)
        }
    }

    /// The move the analysis gives the sentence: read from which of the mentor's counts is 1.
    static func measured(_ item: Item) throws -> Move {
        var cues: [Cue] = []
        if let context = item.context { cues.append(Cue(speaker: "Mentee", start: 0, end: 5, text: context)) }
        cues.append(Cue(speaker: "Mentor", start: 6, end: 10, text: item.sentence))
        let figures = TranscriptAnalyzer.analyze(Transcript(format: .webvtt, cues: cues))
        let mentor = try #require(figures.speakers.first { $0.name == "Mentor" })
        let counts: [(Move, Int)] = [(.open, mentor.questions.open), (.closed, mentor.questions.closed), (.reflection, mentor.reflections),
                                     (.advice, mentor.advice), (.information, mentor.information), (.story, mentor.stories),
                                     (.backchannel, mentor.backchannels)]
        let found = counts.filter { $0.1 > 0 }
        guard found.count <= 1 else { Issue.record("\(item.sentence) counted as \(found)"); return .other }
        return found.first?.0 ?? .other
    }

    struct Score {
        var precision: Double, recall: Double, support: Int
    }

    static func scores(_ items: [Item]) throws -> (scores: [Move: Score], mistakes: [String]) {
        var truePositives: [Move: Int] = [:], predicted: [Move: Int] = [:], actual: [Move: Int] = [:]
        var mistakes: [String] = []
        for item in items {
            let move = try measured(item)
            predicted[move, default: 0] += 1
            actual[item.move, default: 0] += 1
            if move == item.move { truePositives[move, default: 0] += 1 } else { mistakes.append("\(item.move.rawValue) -> \(move.rawValue): \(item.sentence)") }
        }
        var result: [Move: Score] = [:]
        for move in Move.allCases {
            let hit = Double(truePositives[move] ?? 0)
            result[move] = Score(precision: predicted[move].map { $0 > 0 ? hit / Double($0) : 1 } ?? 1,
                                 recall: actual[move].map { $0 > 0 ? hit / Double($0) : 1 } ?? 1, support: actual[move] ?? 0)
        }
        return (result, mistakes)
    }

    static func report(_ name: String, _ scores: [Move: Score]) -> String {
        var lines = ["\(name): move, precision, recall, sentences"]
        for move in Move.allCases {
            let score = scores[move]!
            lines.append(String(format: "  %@ %.2f %.2f %d", move.rawValue, score.precision, score.recall, score.support))
        }
        return lines.joined(separator: "\n")
    }

    static let floors: [Move: Double] = [.open: 0.85, .closed: 0.85, .reflection: 0.7, .advice: 0.7]

    @Test(arguments: ["nl", "en"])
    func movesMeetTheirFloors(language: String) throws {
        // setup
        let items = Self.items(language == "nl" ? LabelledDutch.sentences : LabelledEnglish.sentences)
        #expect(items.count >= 400)
        // act
        let (scores, mistakes) = try Self.scores(items)
        print(Self.report(language, scores))
        for mistake in mistakes { print("  \(language) mistake: \(mistake)") }
        // validate
        for (move, floor) in Self.floors {
            #expect(scores[move]!.precision >= floor, "\(language) \(move) precision \(scores[move]!.precision)")
            #expect(scores[move]!.recall >= floor, "\(language) \(move) recall \(scores[move]!.recall)")
        }
    }

    /// Reported only: these sentences were written after the rules and never tuned against.
    @Test(arguments: ["nl", "en"])
    func heldOutSentencesAreReported(language: String) throws {
        let items = Self.items(language == "nl" ? HeldOutSentences.dutch : HeldOutSentences.english)
        #expect(items.count >= 75)
        let (scores, mistakes) = try Self.scores(items)
        print(Self.report("held-out \(language)", scores))
        for mistake in mistakes { print("  held-out \(language) mistake: \(mistake)") }
    }

    @Test func theSetsAreNotNearCopies() {
        for text in [LabelledDutch.sentences, LabelledEnglish.sentences] {
            let sentences = Self.items(text).map { $0.sentence.lowercased() }
            #expect(Set(sentences).count == sentences.count)
            // No two sentences share their first five words.
            let starts = sentences.map { Words.tokens($0).prefix(5).joined(separator: " ") }.filter { $0.split(separator: " ").count == 5 }
            #expect(Set(starts).count == starts.count)
        }
    }
}
