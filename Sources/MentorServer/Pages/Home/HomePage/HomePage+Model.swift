import Foundation
import MentorCore

/// The start page: one section per role the viewer holds.
enum HomePage {
    /// One of a mentor's pairs, with the signals the mentor needs at a glance.
    struct MenteeRow: Sendable, Equatable {
        var pairID: UUID
        var name: String
        var status: MentorshipStatus
        var lastConversation: Date?
        var nextConversation: Date?
        var openActions: Int
        var agreementDiscussedOn: Date?
    }

    /// An open action of the mentee.
    struct OpenAction: Sendable, Equatable {
        var text: String
        var due: Date?
    }

    /// One of the mentee's learning goals.
    struct Goal: Sendable, Equatable {
        var title: String
        var status: GoalStatus
    }

    /// One of a mentee's pairs: the mentor, the next conversation, open actions and goals.
    struct MentorRow: Sendable, Equatable {
        var pairID: UUID
        var mentorName: String
        var status: MentorshipStatus
        var nextConversation: Date?
        var openActions: [OpenAction]
        var goals: [Goal]
    }

    /// A programme with its pairs counted by status.
    struct ProgrammeRow: Sendable, Equatable {
        var id: UUID
        var name: String
        var startsOn: Date
        var endsOn: Date
        var cadenceDays: Int
        var pairsByStatus: [MentorshipStatus: Int]
    }

    struct AdminFigures: Sendable, Equatable {
        var people: Int
        var values: Int
        var programmes: Int
    }

    /// A section is nil when the viewer does not hold its role.
    struct Model: Sendable, Equatable {
        var mentees: [MenteeRow]?
        var mentorships: [MentorRow]?
        var programmes: [ProgrammeRow]?
        var admin: AdminFigures?
        var flash: String?
    }
}

extension HomePage.Model {
    static let mock: HomePage.Model = {
        let start = Date(timeIntervalSince1970: 1_767_225_600) // 2026-01-01
        let day = 86_400.0
        return HomePage.Model(
            mentees: [
                .init(pairID: UUID(uuidString: "00000000-0000-4000-8000-0000000000a1")!, name: "Ayla <script>alert(1)</script>",
                      status: .active, lastConversation: start, nextConversation: start.addingTimeInterval(14 * day),
                      openActions: 2, agreementDiscussedOn: start.addingTimeInterval(-30 * day)),
                .init(pairID: UUID(uuidString: "00000000-0000-4000-8000-0000000000a2")!, name: "Bram & <Partners>",
                      status: .proposed, lastConversation: nil, nextConversation: nil, openActions: 0, agreementDiscussedOn: nil),
            ],
            mentorships: [
                .init(pairID: UUID(uuidString: "00000000-0000-4000-8000-0000000000b1")!, mentorName: "Mentor <Partners>",
                      status: .active, nextConversation: start.addingTimeInterval(7 * day),
                      openActions: [.init(text: "Plan <script>week</script>", due: start.addingTimeInterval(3 * day))],
                      goals: [.init(title: "Delegate <b>more</b>", status: .inProgress)]),
            ],
            programmes: [
                .init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000c1")!, name: "Programme <Partners> 2026",
                      startsOn: start, endsOn: start.addingTimeInterval(300 * day), cadenceDays: 28,
                      pairsByStatus: [.active: 3, .proposed: 1]),
            ],
            admin: .init(people: 42, values: 5, programmes: 2),
            flash: "Saved <script>")
    }()
}
