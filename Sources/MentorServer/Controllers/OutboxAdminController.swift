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
        let model = try await OutboxPage.Query.model(organisationID: try request.organisationID(), now: request.now,
                                                     flash: request.takeFlash(), on: request.db)
        return OutboxPage.render(model, viewer: request.viewer).response()
    }

    @Sendable func retry(_ request: Request) async throws -> Response {
        let message = try await OutboxPage.Query.message(request.parameters.get("id", as: UUID.self),
                                                         organisationID: try request.organisationID(), on: request.db)
        guard message.status != "sent" else { throw PageError.badRequest }
        message.status = "pending"
        message.attempts = 0
        message.nextAttemptAt = request.now
        message.claimedBy = nil
        message.claimedUntil = nil
        try await request.writeTransaction { db in
            try await message.save(on: db)
            try await request.audit("retry", "outbox_message", id: message.id, summary: "e-mail queued again", on: db)
        }
        request.flash(T.retryQueued(request.viewer.language))
        return request.redirect(to: .adminOutbox)
    }
}
