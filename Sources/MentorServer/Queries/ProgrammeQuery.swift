import Fluent
import Foundation
import MentorCore

/// Reads about programmes that pages share.
enum ProgrammeQuery {
    /// The organisation's programmes, newest first, with their pairs counted by status: two
    /// statements however many pairs there are.
    static func programmeRows(organisationID: UUID, on db: any Database) async throws -> [HomePage.ProgrammeRow] {
        let programmes = try await LeanQuery.rows(programmesStatement, [.id(organisationID)], on: db) { row in
            (id: try row.uuid("id"), name: try row.string("name"), startsOn: try row.date("starts_on"), endsOn: try row.date("ends_on"),
             cadenceDays: try row.int("cadence_days"))
        }
        let counts = try await LeanQuery.rows(countsStatement, [.id(organisationID)], on: db) { row in
            (programme: try row.uuid("programme_id"), status: MentorshipStatus(rawValue: try row.string("status")), pairs: try row.int("pairs"))
        }
        var byProgramme: [UUID: [MentorshipStatus: Int]] = [:]
        for count in counts {
            guard let status = count.status else { continue }
            byProgramme[count.programme, default: [:]][status, default: 0] += count.pairs
        }
        return programmes.map { programme in
            HomePage.ProgrammeRow(id: programme.id, name: programme.name, startsOn: programme.startsOn, endsOn: programme.endsOn,
                                  cadenceDays: programme.cadenceDays, pairsByStatus: byProgramme[programme.id] ?? [:])
        }
    }

    // The statements, written once (docs/performance.md, "Hot paths").
    static let programmesStatement: LeanStatement =
        "SELECT id, name, starts_on, ends_on, cadence_days FROM programmes WHERE organisation_id = ? ORDER BY starts_on DESC"
    static let countsStatement: LeanStatement =
        "SELECT programme_id, status, COUNT(*) AS pairs FROM mentorships WHERE organisation_id = ? GROUP BY programme_id, status"
}
