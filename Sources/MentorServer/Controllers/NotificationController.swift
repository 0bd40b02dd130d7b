import Vapor
import Fluent
import MentorCore

/// The in-app notification list, and each person's choice of e-mail or in-app only.
struct NotificationController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .notifications, .signedIn, list),
            Endpoint(.POST, .notificationOpen(.key), .signedIn, open),
            Endpoint(.POST, .notificationsReadAll, .signedIn, readAll),
            Endpoint(.POST, .accountNotifications, .signedIn, saveChoice),
        ]
    }

    @Sendable func list(_ request: Request) async throws -> Response {
        let items = try await Notification.query(on: request.db).filter(\.$person.$id == (try request.personID()))
            .sort(\.$createdAt, .descending).range(..<200).all()
        return NotificationsPage.render(items, viewer: request.viewer, flash: request.takeFlash()).response()
    }

    /// Marks the notification read and goes where it points. Someone else's is "not found".
    @Sendable func open(_ request: Request) async throws -> Response {
        guard let id = request.parameters.get("id", as: UUID.self), let item = try await Notification.find(id, on: request.db),
              item.$person.id == (try request.personID())
        else { throw PageError.notFound }
        if item.readAt == nil {
            item.readAt = request.now
            try await item.save(on: request.db)
        }
        return request.redirect(to: Redirects.sameSitePath(item.link, fallback: "/notifications"))
    }

    @Sendable func readAll(_ request: Request) async throws -> Response {
        try await Notification.query(on: request.db).filter(\.$person.$id == (try request.personID())).filter(\.$readAt == nil)
            .set(\.$readAt, to: request.now).update()
        return request.redirect(to: "/notifications")
    }

    @Sendable func saveChoice(_ request: Request) async throws -> Response {
        guard let person = try await Person.find(try request.personID(), on: request.db) else { throw PageError.notFound }
        let choice = request.field("delivery")
        guard ["email", "app"].contains(choice) else { throw PageError.badRequest }
        person.notifyByEmail = choice == "email"
        try await person.save(on: request.db)
        request.flash(T.saved(request.viewer.language))
        return request.redirect(to: "/account")
    }

    /// Unread notifications of a person, for the count in the header.
}
