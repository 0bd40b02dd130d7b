import Plot
import MentorCore

/// The one page that shows a calendar feed's full address: the answer to making a new one.
enum CalendarFeedPage {
    struct Model {
        /// Built from `MENTOR_BASE_URL` with the new token.
        var feedURL: String
    }

    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        return Layout.page(viewer, title: T.calendarFeedNewTitle(language), content: [
            .h1(.text(T.calendarFeedNewTitle(language))),
            .p(.text(T.calendarFeedNewLead(language))),
            .p(.code(.text(model.feedURL))),
            .p(.a(.href("/account#calendar"), .text("← " + T.calendarFeedBack(language)))),
        ])
    }
}
