import Fluent
import Foundation
import MentorCore

extension AuditPage {
    enum Query {
        /// The latest events of the organisation, newest first, with the actor's name.
        static func model(organisationID: UUID, now: Date, on db: any Database) async throws -> Model {
            let events = try await AuditEvent.query(on: db).filter(\.$organisation.$id == organisationID)
                .with(\.$actor).sort(\.$createdAt, .descending).range(..<AuditPage.limit).all()
            return Model(rows: events.map {
                Row(at: $0.createdAt ?? now, actor: $0.actor?.name, action: $0.action, entity: $0.entity, summary: $0.summary)
            })
        }
    }
}
