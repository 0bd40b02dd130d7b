import Fluent
import Foundation
import MentorCore

extension NewPairPage {
    enum Query {
        /// The organisation's programmes, its active mentors with their places left, and its active mentees.
        static func model(organisationID: UUID, form: Form = Form(), errors: FieldErrors = [:], on db: any Database) async throws -> Model {
            let people = try await PeopleQuery.all(organisationID: organisationID, on: db).filter(\.active)
            let programmes = try await Programme.query(on: db).filter(\.$organisation.$id == organisationID).sort(\.$startsOn, .descending).all()
            let load = try await PairRows.activeLoad(organisationID: organisationID, on: db)
            func holds(_ person: Person, _ role: Role) -> Bool { person.roleRows.contains { $0.role == role } }
            return Model(
                programmes: programmes.compactMap { programme in programme.id.map { Option(id: $0, name: programme.name) } },
                mentors: people.filter { holds($0, .mentor) }.compactMap { person in
                    person.id.map { MentorOption(id: $0, name: person.name, placesLeft: person.capacity - (load[$0] ?? 0)) }
                },
                mentees: people.filter { holds($0, .mentee) }.compactMap { person in person.id.map { Option(id: $0, name: person.name) } },
                form: form, errors: errors)
        }
    }
}
