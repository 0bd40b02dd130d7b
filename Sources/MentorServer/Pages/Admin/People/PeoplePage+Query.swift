import Fluent
import Foundation
import MentorCore

extension PeoplePage {
    enum Query {
        /// Everyone of the organisation with their roles, by name.
        static func model(organisationID: UUID, flash: String?, on db: any Database) async throws -> Model {
            let people = try await PeopleQuery.all(organisationID: organisationID, on: db)
            return Model(people: try people.map { person in
                Row(id: try person.requireID(), name: person.name, email: person.email, roles: person.roleRows.map(\.role).sorted(),
                    seniority: person.seniority, practiceGroup: person.practiceGroup, active: person.active,
                    erased: Erasure.isErased(person.name))
            }, flash: flash)
        }
    }
}
