import Fluent
import Foundation
import MentorCore

extension PairsPage {
    enum Query {
        /// The viewer's pairs as mentor and as mentee and, for a coordinator, one page of the
        /// organisation's pairs that match the filter, with the fit check answers counted. Lean
        /// rows, one statement per list whatever the number of pairs: at most six in all.
        static func model(viewer: Viewer, filter: Valid = Valid(), flash: String?, on db: any Database) async throws -> Model {
            let personID = try viewer.personID.orThrow()
            let organisationID = try viewer.organisationID.orThrow()
            var model = Model(flash: flash)
            model.filter = filter
            if viewer.has(.mentor) {
                model.asMentor = try await rows(where: "m.organisation_id = ? AND m.mentor_id = ?", [.id(organisationID), .id(personID)], on: db)
            }
            if viewer.has(.mentee) {
                model.asMentee = try await rows(where: "m.organisation_id = ? AND m.mentee_id = ?", [.id(organisationID), .id(personID)], on: db)
            }
            if viewer.has(.coordinator) {
                let (condition, binds) = matching(filter, organisationID: organisationID)
                model.total = try await LeanQuery.rows("SELECT COUNT(*) AS n" + joins + " WHERE " + condition, binds, on: db) {
                    try $0.int("n")
                }.first ?? 0
                let offset = (filter.page - 1) * pageSize
                model.all = try await rows(where: condition, binds, limit: "LIMIT \(pageSize) OFFSET \(offset)", on: db)
                model.programmes = try await LeanQuery.rows(
                    "SELECT id, name FROM programmes WHERE organisation_id = ? ORDER BY name", [.id(organisationID)], on: db) { row in
                    ProgrammeChoice(id: try row.uuid("id"), name: try row.string("name"))
                }
                model.fitCounts = try await fitCounts(organisationID: organisationID, on: db)
            }
            return model
        }

        /// The tables every list of pairs reads: the pair, its mentor, its mentee and its programme.
        static let joins = " FROM mentorships m JOIN people mp ON mp.id = m.mentor_id JOIN people ep ON ep.id = m.mentee_id "
            + "JOIN programmes pr ON pr.id = m.programme_id"

        /// The condition and its values for the coordinator's filter. Statuses are the enum's own
        /// constants; everything the person typed goes in as a bound value.
        static func matching(_ filter: Valid, organisationID: UUID) -> (String, [LeanBind]) {
            let statuses = filter.status.statuses.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            var condition = "m.organisation_id = ? AND m.status IN (\(statuses))"
            var binds: [LeanBind] = [.id(organisationID)]
            if let programme = filter.programme {
                condition += " AND m.programme_id = ?"
                binds.append(.id(programme))
            }
            for (column, text) in [("mp.name", filter.mentor), ("ep.name", filter.mentee)] {
                guard let text else { continue }
                condition += " AND lower(\(column)) LIKE ? ESCAPE '\\'"
                binds.append(.text("%" + PeoplePage.Query.likeEscaped(text.lowercased()) + "%"))
            }
            return (condition, binds)
        }

        /// The pairs that meet `condition`, newest first.
        static func rows(where condition: String, _ binds: [LeanBind], limit: String = "", on db: any Database) async throws -> [Row] {
            try await LeanQuery.rows(
                "SELECT m.id, m.status, m.requested_by, m.started_on, m.round_id, m.mentor_accepted_at, m.mentee_accepted_at, "
                    + "mp.name AS mentor_name, ep.name AS mentee_name, "
                    + "pr.name AS programme_name" + joins + " WHERE " + condition + " ORDER BY m.created_at DESC, m.id " + limit,
                binds, on: db) { row in
                let status = MentorshipStatus(rawValue: try row.string("status")) ?? .proposed
                let requestedBy = try row.optionalString("requested_by").flatMap(PairSide.init(rawValue:))
                let roundID = try row.optionalUUID("round_id")
                let matched = requestedBy != .mentee && (status == .proposed || roundID != nil)
                return Row(id: try row.uuid("id"), mentorName: try row.string("mentor_name"), menteeName: try row.string("mentee_name"),
                           programmeName: try row.string("programme_name"), status: status, requestedBy: requestedBy,
                           startedOn: try row.optionalDate("started_on"),
                           standing: PairStanding(origin: matched ? .matching : .request,
                                                  mentorAccepted: try row.optionalDate("mentor_accepted_at") != nil,
                                                  menteeAccepted: try row.optionalDate("mentee_accepted_at") != nil))
            }
        }

        /// The fit check answers of the organisation's pairs, counted by the database.
        static func fitCounts(organisationID: UUID, on db: any Database) async throws -> FitCounts {
            let counts = try await LeanQuery.rows(
                "SELECT f.answer, COUNT(*) AS n, SUM(CASE WHEN f.comment <> '' THEN 1 ELSE 0 END) AS c FROM fit_checks f "
                    + "JOIN mentorships m ON m.id = f.mentorship_id WHERE m.organisation_id = ? GROUP BY f.answer",
                [.id(organisationID)], on: db) { row in
                (answer: FitAnswer(rawValue: try row.string("answer")), count: try row.int("n"), comments: try row.int("c"))
            }
            func count(_ answer: FitAnswer) -> Int { counts.first { $0.answer == answer }?.count ?? 0 }
            return FitCounts(good: count(.goodFit), unsure: count(.notSure), bad: count(.notAGoodFit),
                             comments: counts.reduce(0) { $0 + $1.comments })
        }
    }
}
