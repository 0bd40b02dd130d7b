import Fluent
import Foundation
import MentorCore

extension AccountPage {
    enum Query {
        /// The page of `personID`, with the password form's `errors` when it was refused.
        /// `baseURL` is `MENTOR_BASE_URL`: the feed's address is never built from the request's Host.
        /// `firm` is `MENTOR_TIMEZONE`, offered as the empty choice; `zoneErrors` the time zone form's.
        static func model(personID: UUID, baseURL: String, firm: TimeZone, errors: FieldErrors = [:], zoneErrors: FieldErrors = [:],
                          flash: String?, now: Date, on db: any Database) async throws -> Model {
            guard let person = try await Person.find(personID, on: db) else { throw PageError.notFound }
            let sessions = try await Sessions.activeCount(personID: personID, policy: .standard, now: now, on: db)
            return Model(languageSetting: person.language, errors: errors,
                         calendarFeedURL: person.calendarToken == nil ? nil : CalendarToken.hiddenFeedURL(baseURL: baseURL),
                         emailChoice: EmailChoice(person), activeSessions: sessions,
                         timeZone: .init(setting: person.timeZone, firm: firm.identifier,
                                         choices: TimeZoneChoice.all(firm: firm, now: now), errors: zoneErrors),
                         flash: flash)
        }
    }
}
