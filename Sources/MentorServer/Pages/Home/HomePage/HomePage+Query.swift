import Fluent
import Foundation
import MentorCore

extension HomePage {
    /// Builds the start page in a fixed number of statements, however many pairs there are:
    /// each table is read once for all of the viewer's pairs, by column.
    enum Query {
        static func model(viewer: Viewer, now: Date, flash: String?, on db: any Database) async throws -> Model {
            guard let personID = viewer.personID, let organisationID = viewer.organisationID else { throw PageError.notFound }
            var model = Model(flash: flash)
            if viewer.has(.mentor) { model.mentees = try await menteeRows(mentorID: personID, now: now, on: db) }
            if viewer.has(.mentee) { model.mentorships = try await mentorRows(menteeID: personID, now: now, on: db) }
            if viewer.has(.coordinator) { model.programmes = try await ProgrammeQuery.programmeRows(organisationID: organisationID, on: db) }
            if viewer.has(.admin) { model.admin = try await adminFigures(organisationID: organisationID, on: db) }
            return model
        }

        /// A mentor's current pairs, by mentee name.
        static func menteeRows(mentorID: UUID, now: Date, on db: any Database) async throws -> [MenteeRow] {
            let pairs = try await PairSummaryRows.current(.mentor, personID: mentorID, on: db)
            let ids = pairs.map(\.id)
            guard !ids.isEmpty else { return [] }
            let conversations = try await PairSummaryRows.conversations(of: ids, on: db)
            let actions = try await PairSummaryRows.openActions(of: ids, on: db)
            let discussed = try await PairSummaryRows.agreementsDiscussed(of: ids, on: db)
            let conversationsByPair = Dictionary(grouping: conversations, by: \.pair)
            let openByPair = Dictionary(grouping: actions, by: \.pair).mapValues(\.count)
            return pairs.map { pair in
                let own = conversationsByPair[pair.id] ?? []
                return MenteeRow(pairID: pair.id, name: pair.otherName, status: pair.status,
                                 lastConversation: own.last(where: { $0.status == .held })?.date,
                                 nextConversation: own.first(where: { $0.status == .planned && $0.date >= now })?.date,
                                 openActions: openByPair[pair.id] ?? 0, agreementDiscussedOn: discussed[pair.id] ?? nil)
            }.sorted { $0.name < $1.name }
        }

        /// A mentee's current pairs with their mentor.
        static func mentorRows(menteeID: UUID, now: Date, on db: any Database) async throws -> [MentorRow] {
            let pairs = try await PairSummaryRows.current(.mentee, personID: menteeID, on: db)
            let ids = pairs.map(\.id)
            guard !ids.isEmpty else { return [] }
            let conversations = try await PairSummaryRows.conversations(of: ids, on: db)
            let actions = try await PairSummaryRows.openActions(of: ids, on: db)
            let goals = try await PairSummaryRows.goals(of: ids, on: db)
            let conversationsByPair = Dictionary(grouping: conversations, by: \.pair)
            let actionsByPair = Dictionary(grouping: actions.filter { $0.owner == .mentee }, by: \.pair)
            let goalsByPair = Dictionary(grouping: goals, by: \.pair)
            return pairs.map { pair in
                MentorRow(pairID: pair.id, mentorName: pair.otherName, status: pair.status,
                          nextConversation: (conversationsByPair[pair.id] ?? []).first { $0.status == .planned && $0.date >= now }?.date,
                          openActions: (actionsByPair[pair.id] ?? []).map { OpenAction(text: $0.text, due: $0.due) },
                          goals: (goalsByPair[pair.id] ?? []).map { Goal(title: $0.title, status: $0.status) })
            }
        }

        /// The organisation's active people, current values and programmes, counted in one statement.
        static func adminFigures(organisationID: UUID, on db: any Database) async throws -> AdminFigures {
            let id = LeanBind.id(organisationID)
            return try await LeanQuery.rows(adminStatement, [id, id, id], on: db) { row in
                AdminFigures(people: try row.int("people"), values: try row.int("active_values"), programmes: try row.int("programmes"))
            }.first ?? AdminFigures(people: 0, values: 0, programmes: 0)
        }

        static let adminStatement: LeanStatement = """
            SELECT (SELECT COUNT(*) FROM people WHERE organisation_id = ? AND active) AS people, \
            (SELECT COUNT(*) FROM core_values WHERE organisation_id = ? AND retired_at IS NULL) AS active_values, \
            (SELECT COUNT(*) FROM programmes WHERE organisation_id = ?) AS programmes
            """
    }
}
