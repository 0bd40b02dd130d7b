import Plot
import MentorCore

extension CalendarFeedPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        return Layout.page(viewer, title: T.calendarFeedNewTitle(language), content: [
            .h1(.text(T.calendarFeedNewTitle(language))),
            .p(.text(T.calendarFeedNewLead(language))),
            .p(.code(.text(model.feedURL))),
            .p(.a(.href(SiteURL.account.path(fragment: "calendar")), .text("← " + T.calendarFeedBack(language)))),
        ])
    }
}
