import Foundation
import MentorCore

/// The one page that shows a calendar feed's full address: the answer to making a new one.
/// Its Model is made from the new token (`CalendarToken.feedURL`), not read from the database.
enum CalendarFeedPage {
    struct Model: Sendable, Equatable {
        /// Built from `MENTOR_BASE_URL` with the new token.
        var feedURL: String
    }
}

extension CalendarFeedPage.Model {
    static let mock = CalendarFeedPage.Model(feedURL: "https://mentor.example.org/calendar/<script>abc.ics")
}
