import Fluent
import Foundation
import MentorCore

extension PairPage {
    enum Query {
        /// The pair page for the viewer's place; every table read once, by column, whatever the
        /// number of conversations, goals and actions. A coordinator's page reads no content.
        static func model(pair: Mentorship, place: PairPlace, language: Language, flash: String?, on db: any Database) async throws -> Model {
            let pairID = try pair.requireID()
            let header = try await LeanQuery.rows(headerStatement, [.id(pair.$mentee.id), .id(pair.$programme.id), .id(pairID), .id(pair.$mentor.id)],
                                                  on: db) { row in
                (mentor: try row.optionalString("mentor_name") ?? "", mentee: try row.optionalString("mentee_name") ?? "",
                 programme: try row.optionalString("programme_name") ?? "",
                 agreement: try row.optionalUUID("agreement_id").map { _ in
                     AgreementRecord(discussedOn: try row.optionalDate("discussed_on"), mentorConfirmedAt: try row.optionalDate("mentor_confirmed_at"),
                                     menteeConfirmedAt: try row.optionalDate("mentee_confirmed_at"))
                 })
            }.first
            let conversations = try await LeanQuery.rows(conversationsStatement, [.id(pairID)], on: db) { row in
                Model.ConversationRow(id: try row.uuid("id"), at: try row.date("scheduled_at"),
                                      status: ConversationStatus(rawValue: try row.string("status")) ?? .planned,
                                      initiative: PairSide(rawValue: try row.string("initiated_by")) ?? .mentor)
            }
            let agreement = header?.agreement
            var model = Model(
                id: pairID, place: place, mentorName: header?.mentor ?? "", menteeName: header?.mentee ?? "",
                programmeName: header?.programme ?? "",
                status: pair.status, requestedBy: pair.requestedBy, startedOn: pair.startedOn,
                endedOn: pair.endedOn, endReason: pair.endReason, declineReason: pair.declineReason,
                agreementStatus: AgreementReview.status(agreement), agreementDiscussedOn: agreement?.discussedOn,
                conversations: conversations, flash: flash)
            model.standing = pair.standing
            model.declinedBy = pair.declinedBy
            guard place.isMember else { return model }
            let vocabulary = try await Vocabulary.load(organisationID: pair.$organisation.id, on: db)
            model.goals = try await LeanQuery.rows(goalsStatement, [.id(pairID)], on: db) { row in
                Model.GoalRow(id: try row.uuid("id"), title: try row.string("title"),
                              status: GoalStatus(rawValue: try row.string("status")) ?? .open,
                              theme: vocabulary.themeName(try row.optionalString("theme"), language))
            }
            model.openActions = try await LeanQuery.rows(actionsStatement, [.id(pairID)], on: db) { row in
                Model.ActionRow(text: try row.string("text"), owner: PairSide(rawValue: try row.string("owner_side")) ?? .mentee,
                                due: try row.optionalDate("due_on"))
            }
            if let side = place.side {
                model.fitCheck = try await LeanQuery.rows(fitCheckStatement, [.id(pairID), .text(side.rawValue)], on: db) { row in
                    FitAnswer(rawValue: try row.string("answer"))
                }.first ?? nil
            }
            return model
        }

        // The statements, written once (docs/performance.md, "Hot paths").
        /// The members' names, the programme's and the agreement's dates, in one statement, from
        /// the ids of the pair the route wrapper loaded (binds: mentee, programme, pair, mentor).
        static let headerStatement: LeanStatement = """
            SELECT mp.name AS mentor_name, ep.name AS mentee_name, pr.name AS programme_name, a.id AS agreement_id, \
            a.discussed_on, a.mentor_confirmed_at, a.mentee_confirmed_at FROM people mp \
            LEFT JOIN people ep ON ep.id = ? LEFT JOIN programmes pr ON pr.id = ? \
            LEFT JOIN agreements a ON a.mentorship_id = ? WHERE mp.id = ?
            """
        static let conversationsStatement: LeanStatement =
            "SELECT id, scheduled_at, status, initiated_by FROM conversations WHERE mentorship_id = ? ORDER BY scheduled_at DESC"
        static let goalsStatement: LeanStatement =
            "SELECT id, title, status, theme FROM learning_goals WHERE mentorship_id = ? ORDER BY created_at"
        static let actionsStatement: LeanStatement =
            "SELECT text, owner_side, due_on FROM action_items WHERE mentorship_id = ? AND done_on IS NULL ORDER BY due_on"
        static let fitCheckStatement: LeanStatement =
            "SELECT answer FROM fit_checks WHERE mentorship_id = ? AND side = ? LIMIT 1"
    }
}
