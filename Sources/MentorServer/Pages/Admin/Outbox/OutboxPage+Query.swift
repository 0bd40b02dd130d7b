import Fluent
import Foundation
import MentorCore

extension OutboxPage {
    enum Query {
        /// Open (pending or failed) messages, newest first, and how many were sent in the seven days before `now`.
        static func model(organisationID: UUID, now: Date, flash: String?, on db: any Database) async throws -> Model {
            let open = try await OutboxMessage.query(on: db).filter(\.$organisation.$id == organisationID)
                .filter(\.$status ~~ ["pending", "failed"]).sort(\.$createdAt, .descending).range(..<OutboxPage.limit).all()
            let sent = try await OutboxMessage.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$status == "sent")
                .filter(\.$sentAt >= now.addingTimeInterval(-7 * 86_400)).count()
            return Model(messages: try open.map {
                Message(id: try $0.requireID(), recipient: $0.recipient, subject: $0.subject, failed: $0.status == "failed",
                        attempts: $0.attempts, nextAttemptAt: $0.nextAttemptAt, lastError: $0.lastError)
            }, sentLastWeek: sent, flash: flash)
        }

        /// A message of the organisation, or "not found" (messages of others are never shown).
        static func message(_ id: UUID?, organisationID: UUID, on db: any Database) async throws -> OutboxMessage {
            guard let id, let message = try await OutboxMessage.find(id, on: db), message.$organisation.id == organisationID
            else { throw PageError.notFound }
            return message
        }
    }
}
