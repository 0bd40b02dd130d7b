import Foundation
import MentorCore

/// The person's own account: language, notifications, calendar feed, password, sessions.
/// Name, address, organisation and roles come from the viewer.
enum AccountPage {
    struct Model: Sendable, Equatable {
        /// Nil when the language follows the browser.
        var languageSetting: Language?
        /// The password form's errors, keyed by field.
        var errors: FieldErrors = [:]
        /// The calendar feed's address without its secret, when the feed is on. The full address
        /// is shown once, by `CalendarFeedPage`, when it is made.
        var calendarFeedURL: String?
        /// Which e-mails the person wants (every event, reminders only, never).
        var emailChoice: EmailChoice
        /// Live sessions of this person, this one included.
        var activeSessions: Int = 1
        /// The person's own time zone and the choices offered.
        var timeZone = TimeZoneSection(setting: nil, firm: "Europe/Amsterdam", choices: [])
        var flash: String?
    }

    struct TimeZoneSection: Sendable, Equatable {
        /// Nil: the firm's zone.
        var setting: String?
        /// The firm's zone (`MENTOR_TIMEZONE`), named in the empty choice.
        var firm: String
        var choices: [TimeZoneChoice]
        /// The time zone form's errors (an identifier the page never offered).
        var errors: FieldErrors = [:]
    }
}

extension AccountPage.Model {
    static let mock = AccountPage.Model(languageSetting: .nl, calendarFeedURL: "https://mentor.example.org/<script>/calendar/…",
                                        emailChoice: .remindersOnly, activeSessions: 3,
                                        timeZone: .init(setting: "Europe/London", firm: "Europe/Amsterdam", choices: TimeZoneChoice.mock),
                                        flash: "Saved <Partners>")
}
