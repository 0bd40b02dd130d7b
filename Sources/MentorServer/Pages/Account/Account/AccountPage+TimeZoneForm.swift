import Foundation
import Vapor
import MentorCore

extension AccountPage {
    /// The person's own time zone on the account page; the empty choice is the firm's zone.
    struct TimeZoneForm: Content, Sendable, Equatable {
        var zone: String?

        struct Valid: Sendable, Equatable {
            /// Nil: the firm's zone (`MENTOR_TIMEZONE`).
            var identifier: String?
        }

        /// Refuses an identifier the page never offers with a message naming it.
        func validated(_ language: Language) -> Result<Valid, FormErrors> {
            switch PersonalTimeZone.parse(zone) {
            case .success(let identifier): .success(Valid(identifier: identifier))
            case .failure(.unknown(let text)): .failure(FormErrors(["zone": T.timeZoneUnknown(text)(language)]))
            }
        }
    }
}

/// The choice of a time zone as a select's options, shared by the account page and the person form.
struct TimeZoneChoice: Sendable, Equatable {
    var identifier: String
    /// "UTC+01:00" now, so a person recognises their clock.
    var offset: String

    /// The firm's zone first, the common ones next, then every other; offsets at `now`.
    static func all(firm: TimeZone, now: Date) -> [TimeZoneChoice] {
        PersonalTimeZone.choices(firm: firm).map {
            TimeZoneChoice(identifier: $0, offset: PersonalTimeZone.offset(TimeZone(identifier: $0) ?? firm, at: now))
        }
    }

    /// The select's options: "" is the firm's zone (the project's select writes `value=""`).
    static func options(_ choices: [TimeZoneChoice], firm: String, language: Language) -> [(value: String, label: String)] {
        [("", T.firmTimeZone(firm)(language))] + choices.map { ($0.identifier, "\($0.identifier) (\($0.offset))") }
    }

    static let mock = [TimeZoneChoice(identifier: "Europe/Amsterdam", offset: "UTC+01:00"),
                       TimeZoneChoice(identifier: "Europe/London", offset: "UTC+00:00"),
                       TimeZoneChoice(identifier: "America/New_York", offset: "UTC-05:00")]
}
