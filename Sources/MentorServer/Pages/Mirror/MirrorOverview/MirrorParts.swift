import Plot
import Foundation
import MentorCore

/// Pieces shared by the mirror pages (the overview, one pair's mirror, the mentee's progress):
/// a figure with its basis, a share or "too little data", the period line and form.
enum MirrorParts {
    static func share(_ value: Double?, _ viewer: Viewer) -> String {
        value.map(viewer.formats.percent) ?? T.tooLittleData(viewer.language)
    }

    static func figure(_ label: String, _ value: String, basis: String? = nil) -> Node<HTML.BodyContext> {
        .div(.class("mirror-figure"),
             .div(.class("mirror-figure__label"), .text(label)),
             .div(.class("mirror-figure__value"), .text(value)),
             .unwrap(basis) { .div(.class("mirror-figure__basis"), .text($0)) })
    }

    static func basis(_ initiative: ConversationInitiative, _ viewer: Viewer) -> String {
        T.basedOnConversations(initiative.heldConversations, since: initiative.since.map(viewer.formats.date))(viewer.language)
    }

    static func periodLine(_ period: DateInterval, _ viewer: Viewer) -> Node<HTML.BodyContext> {
        .p(.class("muted"), .text(T.period(viewer.formats.date(period.start), viewer.formats.date(period.end))(viewer.language)))
    }

    /// A small form to choose another period; works without JavaScript.
    static func periodForm(action: SiteURL, period: DateInterval, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        return .form(.class("period-form no-print"), .action(action.path), .method(.get),
                     .label(.for("period-from"), .text(T.periodFrom(language))),
                     .input(.type(.date), .id("period-from"), .name(MirrorPeriodForm.CodingKeys.from.stringValue), .value(viewer.formats.isoDay(period.start))),
                     .label(.for("period-to"), .text(T.periodTo(language))),
                     .input(.type(.date), .id("period-to"), .name(MirrorPeriodForm.CodingKeys.to.stringValue), .value(viewer.formats.isoDay(period.end))),
                     .button(.type(.submit), .class("button button--secondary"), .text(T.showPeriod(language))))
    }
}
