import Vapor
import Fluent
import MentorCore

/// A personal calendar feed of planned conversations, reached with a secret token that the
/// person can turn off or replace at any time. Only the token's hash is stored
/// (`CalendarToken`): the address is shown once, on the page that makes it.
struct CalendarController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .calendarFeed(.key), .anyone, feed),
            Endpoint(.POST, .accountCalendar, .signedIn, createToken),
            Endpoint(.POST, .accountCalendarRevoke, .signedIn, revokeToken),
        ]
    }

    @Sendable func feed(_ request: Request) async throws -> Response {
        guard let token = request.parameters.get("token") else { throw PageError.notFound }
        let now = request.now
        guard let feed = try await CalendarFeedQuery.feed(token: token, now: now, baseURL: request.application.settings.mail.baseURL,
                                                           firm: request.application.settings.timeZone, on: request.db) else { throw PageError.notFound }
        let document = ICalendar.document(name: T.productName(feed.language), events: feed.events, stamp: now)
        return ConversationCalendar.response(document, filename: "mentor-mirror.ics")
    }

    /// Makes a new address (the old one stops working) and shows it this once. The page is the
    /// answer to the POST itself, so the token is never stored, not even in the session.
    @Sendable func createToken(_ request: Request) async throws -> Response {
        let person = try await currentPerson(request)
        let token = CalendarToken.make()
        person.calendarToken = CalendarToken.hash(token)
        try await request.writeTransaction { db in
            try await person.save(on: db)
            try await request.audit("update", "person", id: person.id, summary: "calendar feed address made", on: db)
        }
        let address = CalendarToken.feedURL(token: token, baseURL: request.application.settings.mail.baseURL)
        return CalendarFeedPage.render(.init(feedURL: address), viewer: request.viewer).response()
    }

    @Sendable func revokeToken(_ request: Request) async throws -> Response {
        let person = try await currentPerson(request)
        person.calendarToken = nil
        try await request.writeTransaction { db in
            try await person.save(on: db)
            try await request.audit("update", "person", id: person.id, summary: "calendar feed turned off", on: db)
        }
        return request.redirect(to: .account, fragment: "calendar")
    }

    private func currentPerson(_ request: Request) async throws -> Person {
        guard let person = try await Person.find(try request.personID(), on: request.db) else { throw PageError.notFound }
        return person
    }
}
