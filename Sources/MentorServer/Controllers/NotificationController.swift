import Vapor
import Fluent
import MentorCore

/// The in-app notification list, and each person's choice of e-mail: every event, reminders only, or never.
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
        let filter = (try? request.query.decode(NotificationsPage.Filter.self))?.cleaned ?? NotificationsPage.Valid()
        let model = try await NotificationsPage.Query.model(personID: try request.personID(), filter: filter, flash: request.takeFlash(),
                                                            on: request.db)
        return NotificationsPage.render(model, viewer: request.viewer).response()
    }

    /// Marks the notification read and goes where it points. Someone else's is "not found".
    @Sendable func open(_ request: Request) async throws -> Response {
        guard let id = request.parameters.get("id", as: UUID.self), let item = try await Notification.find(id, on: request.db),
              item.$person.id == (try request.personID())
        else { throw PageError.notFound }
        if item.readAt == nil {
            item.readAt = request.now
            try await request.writeTransaction { db in try await item.save(on: db) }
        }
        return request.redirect(to: Redirects.sameSitePath(item.link, fallback: SiteURL.notifications.path))
    }

    @Sendable func readAll(_ request: Request) async throws -> Response {
        let personID = try request.personID(), now = request.now
        try await request.writeTransaction { db in
            try await Notification.query(on: db).filter(\.$person.$id == personID).filter(\.$readAt == nil)
                .set(\.$readAt, to: now).update()
        }
        return request.redirect(to: .notifications)
    }

    @Sendable func saveChoice(_ request: Request) async throws -> Response {
        let form = (try? request.content.decode(NotificationsPage.ChoiceForm.self)) ?? NotificationsPage.ChoiceForm()
        guard case .success(let choice) = form.validated(request.viewer.language) else { throw PageError.badRequest }
        guard let person = try await Person.find(try request.personID(), on: request.db) else { throw PageError.notFound }
        choice.apply(to: person)
        try await request.writeTransaction { db in try await person.save(on: db) }
        request.flash(T.saved(request.viewer.language))
        return request.redirect(to: .account)
    }
}
