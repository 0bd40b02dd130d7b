import Fluent
import Foundation
import MentorCore

/// Reads about programmes that pages share.
enum ProgrammeQuery {
    /// The organisation's programmes, newest first, with their pairs counted by status: two
    /// statements however many pairs there are.
    static func programmeRows(organisationID: UUID, on db: any Database) async throws -> [HomePage.ProgrammeRow] {
        let programmes = try await Programme.query(on: db).filter(\.$organisation.$id == organisationID).sort(\.$startsOn, .descending).all()
        let counts = try await LeanQuery.rows(
            "SELECT programme_id, status, COUNT(*) AS pairs FROM mentorships WHERE organisation_id = ? GROUP BY programme_id, status",
            [.id(organisationID)], on: db) { row in
            (programme: try row.uuid("programme_id"), status: MentorshipStatus(rawValue: try row.string("status")), pairs: try row.int("pairs"))
        }
        var byProgramme: [UUID: [MentorshipStatus: Int]] = [:]
        for count in counts {
            guard let status = count.status else { continue }
            byProgramme[count.programme, default: [:]][status, default: 0] += count.pairs
        }
        return try programmes.map { programme in
            let id = try programme.requireID()
            return HomePage.ProgrammeRow(id: id, name: programme.name, startsOn: programme.startsOn, endsOn: programme.endsOn,
                                         cadenceDays: programme.cadenceDays, pairsByStatus: byProgramme[id] ?? [:])
        }
    }
}
