import Fluent
import Foundation
import MentorCore

extension NotificationsPage {
    enum Query {
        /// The person's 200 newest notifications.
        static func model(personID: UUID, flash: String?, on db: any Database) async throws -> Model {
            let rows = try await Notification.query(on: db).filter(\.$person.$id == personID)
                .sort(\.$createdAt, .descending).range(..<200).all()
            return Model(items: try rows.map { row in
                Item(id: try row.requireID(), kind: row.kind, detail: row.detail, createdAt: row.createdAt, read: row.readAt != nil)
            }, flash: flash)
        }
    }
}
