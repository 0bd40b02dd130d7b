import Fluent
import FluentSQL
import Foundation
import MentorCore

extension NotificationsPage {
    enum Query {
        /// One page of the person's notifications that match the filter, newest first, how many
        /// match in all, and whether any is unread: three statements whatever the number.
        static func model(personID: UUID, filter: Valid = Valid(), flash: String?, on db: any Database) async throws -> Model {
            func matching() -> QueryBuilder<Notification> {
                var query = Notification.query(on: db).filter(\.$person.$id == personID)
                if let kinds = filter.topic.kinds { query = query.filter(\.$kind ~~ kinds) }
                if filter.onlyUnread { query = query.filter(\.$readAt == nil) }
                if let text = filter.text {
                    let pattern = "%" + PeoplePage.Query.likeEscaped(text.lowercased()) + "%"
                    query = query.filter(.sql(embed: "lower(\(ident: Notification.schema).\(ident: "detail")) LIKE \(bind: pattern) ESCAPE '\\'"))
                }
                return query
            }
            let total = try await matching().count()
            let rows = try await matching().sort(\.$createdAt, .descending).sort(\.$id)
                .range((filter.page - 1) * pageSize ..< filter.page * pageSize).all()
            let unread = try await Notification.query(on: db).filter(\.$person.$id == personID).filter(\.$readAt == nil).count()
            return Model(items: try rows.map { row in
                Item(id: try row.requireID(), kind: row.kind, detail: row.detail, createdAt: row.createdAt, read: row.readAt != nil)
            }, flash: flash, filter: filter, total: total, anyUnread: unread > 0)
        }
    }
}
