import Fluent
import Foundation
import MentorCore

extension ProgrammesPage {
    enum Query {
        static func model(organisationID: UUID, flash: String?, on db: any Database) async throws -> Model {
            let rows = try await ProgrammeQuery.programmeRows(organisationID: organisationID, on: db)
            return Model(programmes: rows.map {
                Row(id: $0.id, name: $0.name, startsOn: $0.startsOn, endsOn: $0.endsOn, cadenceDays: $0.cadenceDays,
                    pairs: $0.pairsByStatus.values.reduce(0, +))
            }, flash: flash)
        }
    }
}
