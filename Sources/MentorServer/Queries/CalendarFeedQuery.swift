import Fluent
import Foundation
import MentorCore

/// What a personal calendar feed holds: the planned conversations of the token's person in
/// their active and paused pairs, from thirty days back. Three queries whatever the number of pairs.
enum CalendarFeedQuery {
    struct Feed: Sendable {
        var language: Language
        /// Sorted by start.
        var events: [ICalendar.Event]
    }

    /// The feed for the token in an address (with or without `.ics`); nil for an unknown or
    /// malformed token or an inactive person. With `baseURL` each entry links to its conversation's page.
    /// With `firm` (`MENTOR_TIMEZONE`) the entries are written in the person's own zone (else the
    /// firm's) with `TZID`; without, in UTC.
    static func feed(token: String, now: Date, baseURL: String? = nil, firm: TimeZone? = nil, on db: any Database) async throws -> Feed? {
        var token = token
        if token.hasSuffix(".ics") { token.removeLast(4) }
        guard CalendarToken.isWellFormed(token),
              let person = try await Person.query(on: db).filter(\.$calendarToken == CalendarToken.hash(token))
                .filter(\.$active == true).first()
        else { return nil }
        let personID = try person.requireID()
        let organisation = try await Organisation.find(person.organisationID, on: db)
        let language = person.language ?? organisation?.defaultLanguage ?? .nl
        let pairs = try await Mentorship.query(on: db)
            .group(.or) { $0.filter(\.$mentor.$id == personID).filter(\.$mentee.$id == personID) }
            .filter(\.$status ~~ [.active, .paused]).with(\.$mentor).with(\.$mentee).all()
        var otherName: [UUID: String] = [:]
        for pair in pairs {
            guard let id = pair.id else { continue }
            otherName[id] = pair.$mentor.id == personID ? pair.mentee.name : pair.mentor.name
        }
        guard !otherName.isEmpty else { return Feed(language: language, events: []) }
        let since = now.addingTimeInterval(-30 * 86_400)
        let conversations = try await Conversation.query(on: db).filter(\.$mentorship.$id ~~ Array(otherName.keys))
            .filter(\.$scheduledAt >= since).filter(\.$status != .held).all()
        let zone = firm.map { PersonalTimeZone.resolve(person.timeZone, firm: $0) }
        let events = conversations.map { conversation in
            var event = ConversationCalendar.event(conversation, with: otherName[conversation.$mentorship.id] ?? "", language: language,
                                                   url: baseURL.flatMap { base in conversation.id.map { ConversationCalendar.pageURL($0, baseURL: base) } })
            event.timeZone = zone
            return event
        }
        return Feed(language: language, events: events.sorted { $0.start < $1.start })
    }
}
