import Foundation
import MentorCore

/// The coordinator's review of a programme's matching round: the proposed pairs with the
/// reasons, the mentees left over and why, the pairs excluded, and publishing.
enum MatchingPage {
    struct ProposedPair: Sendable, Equatable {
        /// The ids as the mark form sends them.
        var menteeID: String
        var mentorID: String
        var menteeName: String
        var mentorName: String
        var locked: Bool
        var score: Double
        var why: String
    }

    struct Unmatched: Sendable, Equatable {
        var menteeName: String
        var reason: String
    }

    struct Excluded: Sendable, Equatable {
        var menteeID: String
        var mentorID: String
        var menteeName: String
        var mentorName: String
    }

    /// A round published before, newest first, with how far its proposals got.
    struct PublishedRoundRow: Sendable, Equatable {
        var id: UUID
        var publishedAt: Date
        var pairCount: Int
        /// Pairs in which mentor or mentee (or both) said yes.
        var accepted: Int
        var started: Int
        /// Declined, withdrawn or undone.
        var closed: Int
        var undoneAt: Date?
        /// Nobody accepted and it was not undone: `PairMoves.checkUndo` would let it go.
        var canUndo: Bool
    }

    struct Model: Sendable, Equatable {
        var programmeID: UUID
        var programmeName: String
        /// No mentee waits and nothing is proposed.
        var nothingToMatch: Bool
        var pairs: [ProposedPair]
        var greedyMatched: Int
        var totalScore: Double
        var greedyTotalScore: Double
        var placedOnlyByOptimum: Int
        var unmatched: [Unmatched]
        var excluded: [Excluded]
        var flash: String?
        var rounds: [PublishedRoundRow] = []
    }
}

extension MatchingPage.Model {
    static let mock = MatchingPage.Model(
        programmeID: UUID(uuidString: "00000000-0000-4000-8000-0000000000f1")!, programmeName: "Programma <2026>", nothingToMatch: false,
        pairs: [.init(menteeID: "00000000-0000-4000-8000-0000000000f2", mentorID: "00000000-0000-4000-8000-0000000000f3",
                      menteeName: "Emma & <Partners>", mentorName: "Jeroen <script>", locked: false, score: 0.82, why: "Same group <Tax>")],
        greedyMatched: 1, totalScore: 0.82, greedyTotalScore: 0.8, placedOnlyByOptimum: 0,
        unmatched: [.init(menteeName: "Daan <b>", reason: "Every allowed mentor is full")],
        excluded: [.init(menteeID: "00000000-0000-4000-8000-0000000000f4", mentorID: "00000000-0000-4000-8000-0000000000f3",
                         menteeName: "Sanne <i>", mentorName: "Jeroen <script>")],
        flash: nil,
        rounds: [.init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000f5")!, publishedAt: Date(timeIntervalSince1970: 1_767_225_600),
                       pairCount: 4, accepted: 0, started: 0, closed: 1, undoneAt: nil, canUndo: true),
                 .init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000f6")!, publishedAt: Date(timeIntervalSince1970: 1_764_547_200),
                       pairCount: 2, accepted: 1, started: 1, closed: 0, undoneAt: nil, canUndo: false)])
}
