import Fluent
import FluentSQL
import Foundation
import MentorCore

extension AuditPage {
    enum Query {
        /// One page of the organisation's events that match the filter, newest first, with the
        /// actor's name, and how many match in all.
        static func model(organisationID: UUID, filter: Valid = Valid(page: 1), now: Date, on db: any Database) async throws -> Model {
            func matching() -> QueryBuilder<AuditEvent> {
                var query = AuditEvent.query(on: db).filter(\.$organisation.$id == organisationID)
                if let who = filter.who {
                    let pattern = "%" + PeoplePage.Query.likeEscaped(who.lowercased()) + "%"
                    query = query.filter(.sql(embed: "EXISTS (SELECT 1 FROM \(ident: Person.schema) WHERE \(ident: Person.schema).\(ident: "id") = \(ident: AuditEvent.schema).\(ident: "actor_id") AND lower(\(ident: Person.schema).\(ident: "name")) LIKE \(bind: pattern) ESCAPE '\\')"))
                }
                if let record = filter.record { query = query.filter(\.$entity == record) }
                if let from = filter.from { query = query.filter(\.$createdAt >= from) }
                if let before = filter.before { query = query.filter(\.$createdAt < before) }
                return query
            }
            let total = try await matching().count()
            let events = try await matching().with(\.$actor).sort(\.$createdAt, .descending).sort(\.$id)
                .range((filter.page - 1) * AuditPage.limit ..< filter.page * AuditPage.limit).all()
            return Model(rows: events.map {
                Row(at: $0.createdAt ?? now, actor: $0.actor?.name, action: $0.action, entity: $0.entity, summary: $0.summary)
            }, filter: filter, total: total)
        }
    }
}
