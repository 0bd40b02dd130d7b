import Fluent
import Foundation
import MentorCore

/// Reads about programmes that pages share.
enum ProgrammeQuery {
    static func programmeRows(organisationID: UUID, on db: any Database) async throws -> [HomePage.ProgrammeRow] {
        let programmes = try await Programme.query(on: db).filter(\.$organisation.$id == organisationID).sort(\.$startsOn, .descending).all()
        let pairs = try await Mentorship.query(on: db).filter(\.$organisation.$id == organisationID).all()
        return programmes.map { programme in
            let own = pairs.filter { $0.$programme.id == programme.id }
            var counts: [MentorshipStatus: Int] = [:]
            for pair in own { counts[pair.status, default: 0] += 1 }
            return HomePage.ProgrammeRow(id: programme.id!, name: programme.name, startsOn: programme.startsOn, endsOn: programme.endsOn,
                                         cadenceDays: programme.cadenceDays, pairsByStatus: counts)
        }
    }
}
