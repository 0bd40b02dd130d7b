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
        /// How a proposed pair came about and who has accepted it (issue 15).
        var standing: PairStanding = .request

        /// A proposal of matching that `side` has not answered yet.
        func waitsForAnswer(from side: PairSide) -> Bool {
            status == .proposed && standing.origin == .matching && !standing.accepted(by: side)
        }
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
        /// The coordinator's search and filters, and how many pairs match them on all pages.
        var filter = Valid()
        var total = 0
        /// The organisation's programmes, to filter on.
        var programmes: [ProgrammeChoice] = []

        var pageCount: Int { max(1, (total + PairsPage.pageSize - 1) / PairsPage.pageSize) }
    }

    struct ProgrammeChoice: Sendable, Equatable {
        var id: UUID
        var name: String
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
        flash: nil,
        filter: PairsPage.Valid(mentor: "<b>x", status: .all, page: 1),
        programmes: [.init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000c1")!, name: "Programma <2026>")])
}
