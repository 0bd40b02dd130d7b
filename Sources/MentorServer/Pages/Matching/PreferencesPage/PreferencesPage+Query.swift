import Fluent
import Foundation
import MentorCore

extension PreferencesPage {
    enum Query {
        /// The other active people of the organisation and the viewer's stored wishes.
        static func model(viewer: Viewer, flash: String?, on db: any Database) async throws -> Model {
            let me = try viewer.personID.orThrow()
            let people = try await PeopleQuery.all(organisationID: try viewer.organisationID.orThrow(), on: db).filter { $0.active && $0.id != me }
            let mine = try await MatchingPreference.query(on: db).filter(\.$person.$id == me).sort(\.$rank).all()
            func holding(_ role: Role) -> [Choice] {
                people.filter { $0.roleRows.contains { $0.role == role } }.compactMap { person in person.id.map { Choice(id: $0, name: person.name) } }
            }
            return Model(
                isMentee: viewer.has(.mentee), isMentor: viewer.has(.mentor),
                mentors: holding(.mentor), mentees: holding(.mentee),
                wishes: mine.filter { $0.kind == .wish }.map { $0.$target.id },
                avoid: Set(mine.filter { $0.kind == .avoid }.map { $0.$target.id }),
                preferred: mine.filter { $0.kind == .prefer }.map { $0.$target.id },
                flash: flash)
        }
    }
}
