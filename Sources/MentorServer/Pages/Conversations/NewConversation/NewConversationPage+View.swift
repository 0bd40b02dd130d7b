import Plot
import MentorCore

extension NewConversationPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let form = model.form, errors = model.errors
        return Layout.page(viewer, title: T.planConversation(language), content: [
            .h1(.text(T.planConversation(language))),
            Forms.errorSummary(errors, language),
            .form(.class("stack"), .action(SiteURL.conversations(pair: model.pairID).path), .method(.post), Forms.csrf(viewer),
                  Forms.select(T.status(language), name: "status", options: [("planned", T.statusPlanned(language)), ("held", T.statusHeld(language))],
                               selected: form.status ?? "planned", errors: errors),
                  Forms.text(T.date(language), name: "date", value: form.date ?? "", type: .date, errors: errors, required: true),
                  Forms.text(T.time(language), name: "time", value: form.time ?? "", type: .time, errors: errors, required: true),
                  Forms.text(T.durationMinutes(language), name: "durationMinutes", value: form.durationMinutes ?? "60", type: .number, errors: errors),
                  Forms.text(T.placeOrLink(language), name: "place", value: form.place ?? "", errors: errors),
                  model.isMentor
                    ? Forms.select(T.initiative(language), name: "initiative", options: PairSide.allCases.map { ($0.rawValue, T.side($0)(language)) },
                                   selected: form.initiative ?? "mentor", errors: errors, hint: T.initiativeHint(language))
                    : .empty,
                  .div(.class("form-actions"),
                       .button(.type(.submit), .class("button"), .text(T.save(language))),
                       .a(.href(SiteURL.pair(model.pairID).path), .text(T.cancel(language))))),
        ])
    }
}
