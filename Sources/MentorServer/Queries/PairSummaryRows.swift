import Fluent
import Foundation
import MentorCore

/// Lean reads of the pairs of one person and of their records, each for all pairs at once
/// (`IN (...)`), so a page's statements do not grow with the number of pairs.
enum PairSummaryRows {
    /// A pair seen from one side, with the name of the person on the other side.
    struct Pair: Sendable, Equatable {
        var id: UUID
        var status: MentorshipStatus
        var otherName: String
    }

    struct Conversation: Sendable, Equatable {
        var pair: UUID
        var date: Date
        var status: ConversationStatus
    }

    struct Action: Sendable, Equatable {
        var pair: UUID
        var owner: PairSide
        var text: String
        var due: Date?
    }

    struct Goal: Sendable, Equatable {
        var pair: UUID
        var title: String
        var status: GoalStatus
    }

    /// The person's proposed, active and paused pairs where they are on `side`, joined with
    /// the other person's name.
    static func current(_ side: PairSide, personID: UUID, on db: any Database) async throws -> [Pair] {
        try await LeanQuery.rows(side == .mentor ? currentAsMentor : currentAsMentee, [.id(personID)], on: db) { row in
            Pair(id: try row.uuid("id"), status: MentorshipStatus(rawValue: try row.string("status")) ?? .proposed,
                 otherName: try row.string("name"))
        }
    }

    /// The pairs' conversations that were not cancelled, by date.
    static func conversations(of pairs: [UUID], on db: any Database) async throws -> [Conversation] {
        try await LeanQuery.rows(conversationsStatement, [.ids(pairs)], on: db) { row in
            Conversation(pair: try row.uuid("mentorship_id"), date: try row.date("scheduled_at"),
                         status: ConversationStatus(rawValue: try row.string("status")) ?? .planned)
        }
    }

    /// The pairs' actions that are not done, by due date.
    static func openActions(of pairs: [UUID], on db: any Database) async throws -> [Action] {
        try await LeanQuery.rows(openActionsStatement, [.ids(pairs)], on: db) { row in
            Action(pair: try row.uuid("mentorship_id"), owner: PairSide(rawValue: try row.string("owner_side")) ?? .mentee,
                   text: try row.string("text"), due: try row.optionalDate("due_on"))
        }
    }

    /// When each pair's agreement was discussed out loud (nil: not yet).
    static func agreementsDiscussed(of pairs: [UUID], on db: any Database) async throws -> [UUID: Date?] {
        let rows = try await LeanQuery.rows(agreementsStatement, [.ids(pairs)], on: db) { row in
            (try row.uuid("mentorship_id"), try row.optionalDate("discussed_on"))
        }
        return Dictionary(rows, uniquingKeysWith: { first, _ in first })
    }

    /// The pairs' learning goals, oldest first.
    static func goals(of pairs: [UUID], on db: any Database) async throws -> [Goal] {
        try await LeanQuery.rows(goalsStatement, [.ids(pairs)], on: db) { row in
            Goal(pair: try row.uuid("mentorship_id"), title: try row.string("title"),
                 status: GoalStatus(rawValue: try row.string("status")) ?? .open)
        }
    }
}

extension PairSummaryRows {
    // The statements, written once (docs/performance.md, "Hot paths").
    static let currentAsMentor: LeanStatement = """
        SELECT m.id, m.status, p.name FROM mentorships m JOIN people p ON p.id = m.mentee_id \
        WHERE m.mentor_id = ? AND m.status IN ('proposed', 'active', 'paused')
        """
    static let currentAsMentee: LeanStatement = """
        SELECT m.id, m.status, p.name FROM mentorships m JOIN people p ON p.id = m.mentor_id \
        WHERE m.mentee_id = ? AND m.status IN ('proposed', 'active', 'paused')
        """
    static let conversationsStatement: LeanStatement =
        "SELECT mentorship_id, scheduled_at, status FROM conversations WHERE mentorship_id IN ? AND status <> 'cancelled' ORDER BY scheduled_at"
    static let openActionsStatement: LeanStatement =
        "SELECT mentorship_id, owner_side, text, due_on FROM action_items WHERE mentorship_id IN ? AND done_on IS NULL ORDER BY due_on"
    static let agreementsStatement: LeanStatement = "SELECT mentorship_id, discussed_on FROM agreements WHERE mentorship_id IN ?"
    static let goalsStatement: LeanStatement =
        "SELECT mentorship_id, title, status FROM learning_goals WHERE mentorship_id IN ? ORDER BY created_at"
    static let personNameStatement: LeanStatement = "SELECT name FROM people WHERE id = ?"

    /// A person's name, by column.
    static func personName(_ id: UUID, on db: any Database) async throws -> String {
        guard let name = try await LeanQuery.rows(personNameStatement, [.id(id)], on: db, { try $0.string("name") }).first
        else { throw PageError.notFound }
        return name
    }
}
