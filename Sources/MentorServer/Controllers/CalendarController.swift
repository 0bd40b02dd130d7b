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
        guard var token = request.parameters.get("token") else { throw PageError.notFound }
        if token.hasSuffix(".ics") { token.removeLast(4) }
        guard CalendarToken.isWellFormed(token),
              let person = try await Person.query(on: request.db).filter(\.$calendarToken == CalendarToken.hash(token))
            .filter(\.$active == true).first()
        else { throw PageError.notFound }
        let personID = try person.requireID()
        let organisation = try await Organisation.find(person.organisationID, on: request.db)
        let language = person.language ?? organisation?.defaultLanguage ?? .nl
        let pairs = try await Mentorship.query(on: request.db)
            .group(.or) { $0.filter(\.$mentor.$id == personID).filter(\.$mentee.$id == personID) }
            .filter(\.$status ~~ [.active, .paused]).with(\.$mentor).with(\.$mentee).all()
        var events: [ICalendar.Event] = []
        let since = request.now.addingTimeInterval(-30 * 86_400)
        for pair in pairs {
            let other = pair.$mentor.id == personID ? pair.mentee.name : pair.mentor.name
            let conversations = try await Conversation.query(on: request.db).filter(\.$mentorship.$id == pair.id!)
                .filter(\.$scheduledAt >= since).filter(\.$status != .held).all()
            events += conversations.map { ConversationCalendar.event($0, with: other, language: language) }
        }
        return ConversationCalendar.response(ICalendar.document(name: T.productName(language), events: events.sorted { $0.start < $1.start }, stamp: request.now),
                             filename: "mentor-mirror.ics")
    }

    /// Makes a new address (the old one stops working) and shows it this once. The page is the
    /// answer to the POST itself, so the token is never stored, not even in the session.
    @Sendable func createToken(_ request: Request) async throws -> Response {
        guard let person = try await Person.find(try request.personID(), on: request.db) else { throw PageError.notFound }
        let token = CalendarToken.make()
        person.calendarToken = CalendarToken.hash(token)
        try await request.db.transaction { db in
            try await person.save(on: db)
            try await request.audit("update", "person", id: person.id, summary: "calendar feed address made", on: db)
        }
        let address = CalendarToken.feedURL(token: token, baseURL: request.application.settings.mail.baseURL)
        return CalendarFeedPage.render(.init(feedURL: address), viewer: request.viewer).response()
    }

    @Sendable func revokeToken(_ request: Request) async throws -> Response {
        guard let person = try await Person.find(try request.personID(), on: request.db) else { throw PageError.notFound }
        person.calendarToken = nil
        try await request.db.transaction { db in
            try await person.save(on: db)
            try await request.audit("update", "person", id: person.id, summary: "calendar feed turned off", on: db)
        }
        return request.redirect(to: "/account#calendar")
    }
}
