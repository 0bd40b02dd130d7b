import Foundation
import MentorCore

/// The pairs a person sees: their own as mentor and mentee, and for a coordinator every pair
/// of the organisation with the fit check counts.
enum PairsPage {
    struct Row: Sendable, Equatable {
        var id: UUID
        var mentorName: String
        var menteeName: String
        var programmeName: String
        var status: MentorshipStatus
        var requestedBy: PairSide?
        var startedOn: Date?
    }

    struct FitCounts: Sendable, Equatable {
        var good: Int
        var unsure: Int
        var bad: Int
        var comments: Int
    }

    struct Model: Sendable, Equatable {
        var asMentor: [Row]?
        var asMentee: [Row]?
        var all: [Row]?
        var fitCounts: FitCounts?
        var flash: String?
    }
}

extension PairsPage.Model {
    static let mock = PairsPage.Model(
        asMentor: [
            .init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000a1")!, mentorName: "Jeroen", menteeName: "Emma & <Partners>",
                  programmeName: "Programma <2026>", status: .proposed, requestedBy: .mentee, startedOn: nil),
            .init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000a2")!, mentorName: "Jeroen", menteeName: "Daan <script>",
                  programmeName: "Programma <2026>", status: .active, requestedBy: nil, startedOn: Date(timeIntervalSince1970: 1_767_225_600)),
        ],
        asMentee: nil,
        all: [],
        fitCounts: .init(good: 3, unsure: 1, bad: 0, comments: 2),
        flash: nil)
}
