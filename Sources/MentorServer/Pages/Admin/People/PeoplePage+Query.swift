import Fluent
import FluentSQL
import Foundation
import MentorCore

extension PeoplePage {
    enum Query {
        /// One page of the organisation's people that match the filter, by name, with their
        /// roles; and how many match in all. Two statements for the rows and the count, one for
        /// the roles of the page's people and one for the practice groups to choose from.
        static func model(organisationID: UUID, filter: Valid, flash: String?, on db: any Database) async throws -> Model {
            func matching() -> QueryBuilder<Person> {
                var query = Person.query(on: db).filter(\.$organisation.$id == organisationID)
                if let text = filter.text {
                    let pattern = "%" + likeEscaped(text.lowercased()) + "%"
                    query = query.filter(.sql(embed: "(lower(\(ident: "people").\(ident: "name")) LIKE \(bind: pattern) ESCAPE '\\' OR lower(\(ident: "people").\(ident: "email")) LIKE \(bind: pattern) ESCAPE '\\')"))
                }
                if let role = filter.role {
                    query = query.filter(.sql(embed: "EXISTS (SELECT 1 FROM \(ident: PersonRole.schema) WHERE \(ident: PersonRole.schema).\(ident: "person_id") = \(ident: "people").\(ident: "id") AND \(ident: PersonRole.schema).\(ident: "role") = \(bind: role.rawValue))"))
                }
                if let group = filter.group { query = query.filter(\.$practiceGroup == group) }
                if let active = filter.active { query = query.filter(\.$active == active) }
                return query
            }
            let total = try await matching().count()
            let people = try await matching().with(\.$roleRows).sort(\.$name).sort(\.$id)
                .range((filter.page - 1) * pageSize ..< filter.page * pageSize).all()
            let groups = try await Person.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$practiceGroup != "")
                .unique().all(\.$practiceGroup)
            return Model(people: try people.map { person in
                Row(id: try person.requireID(), name: person.name, email: person.email, roles: person.roleRows.map(\.role).sorted(),
                    seniority: person.seniority, practiceGroup: person.practiceGroup, active: person.active,
                    erased: Erasure.isErased(person.name))
            }, flash: flash, filter: filter, total: total, groups: Array(Set(groups)).sorted())
        }

        /// `%`, `_` and `\` in a search stand for themselves.
        static func likeEscaped(_ text: String) -> String {
            text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
        }
    }
}
