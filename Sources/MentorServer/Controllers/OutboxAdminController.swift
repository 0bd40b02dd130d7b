import Vapor
import Fluent
import MentorCore

/// Administrators see the organisation's e-mails that wait or failed, and can try again.
struct OutboxAdminController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .adminOutbox, .roles([.admin]), list),
            Endpoint(.POST, .adminOutboxRetry(.key), .roles([.admin]), retry),
        ]
    }

    @Sendable func list(_ request: Request) async throws -> Response {
        let organisationID = try request.organisationID()
        let open = try await OutboxMessage.query(on: request.db).filter(\.$organisation.$id == organisationID)
            .filter(\.$status ~~ ["pending", "failed"]).sort(\.$createdAt, .descending).range(..<500).all()
        let sent = try await OutboxMessage.query(on: request.db).filter(\.$organisation.$id == organisationID).filter(\.$status == "sent")
            .filter(\.$sentAt >= Date(timeIntervalSinceNow: -7 * 86_400)).count()
        return OutboxPage.render(open, sentLastWeek: sent, viewer: request.viewer, flash: request.takeFlash()).response()
    }

    @Sendable func retry(_ request: Request) async throws -> Response {
        guard let id = request.parameters.get("id", as: UUID.self), let message = try await OutboxMessage.find(id, on: request.db),
              message.$organisation.id == (try request.organisationID())
        else { throw PageError.notFound }
        guard message.status != "sent" else { throw PageError.badRequest }
        message.status = "pending"
        message.attempts = 0
        message.nextAttemptAt = request.now
        message.claimedBy = nil
        message.claimedUntil = nil
        try await message.save(on: request.db)
        try await request.audit("retry", "outbox_message", id: message.id, summary: "e-mail queued again")
        request.flash(T.retryQueued(request.viewer.language))
        return request.redirect(to: "/admin/outbox")
    }
}
