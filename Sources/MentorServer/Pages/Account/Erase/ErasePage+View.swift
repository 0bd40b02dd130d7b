import Plot
import MentorCore

extension ErasePage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        return Layout.page(viewer, title: T.eraseTitle(model.name)(language), content: [
            .h1(.text(T.eraseTitle(model.name)(language))),
            .p(.text(T.eraseExplanation(language))),
            .p(.text(T.eraseEndsPairs(language))),
            .unwrap(model.error) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
            .form(.class("stack"), .action(SiteURL.adminPersonErase(model.personID).path), .method(.post), Forms.csrf(viewer),
                  .label(.for("confirm"), .text(T.eraseConfirmLabel(model.email)(language))),
                  .input(.id("confirm"), .name("confirm"), .type(.text), .attribute(named: "autocomplete", value: "off")),
                  .button(.type(.submit), .class("button button--danger"), .text(T.eraseButton(language)))),
        ])
    }
}
