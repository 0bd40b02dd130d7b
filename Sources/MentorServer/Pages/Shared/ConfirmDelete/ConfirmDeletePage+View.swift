import Plot
import MentorCore

extension ConfirmDeletePage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let title: String, lead: String, button: String
        switch model.mode {
        case .delete:
            title = T.deleteRecordQuestion(model.kind)(language)
            lead = model.kind == .theme || model.kind == .pattern ? T.deleteListItemLead(language)
                : model.kind == .goal ? T.deleteGoalLead(language) : T.deleteRecordLead(language)
            button = T.deleteForGood(language)
        case .cancelConversation:
            title = T.cancelConversationQuestion(language)
            lead = T.cancelConversationLead(language)
            button = T.yesCancel(language)
        }
        return Layout.page(viewer, title: title, content: [
            .h1(.text(title)),
            model.unconfirmed ? .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text(T.confirmFirst(language)))) : .empty,
            .blockquote(.p(.text(model.summary))),
            .p(.class("lead"), .text(lead)),
            .form(.class("stack"), .action(model.action.path), .method(.post), Forms.csrf(viewer),
                  .input(.type(.hidden), .name("confirm"), .value(Form.confirmedValue)),
                  .div(.class("form-actions"),
                       .button(.type(.submit), .class("button"), .text(button)),
                       .a(.class("button button--secondary"), .href((model.keep ?? model.back).path), .text(T.keepIt(language))))),
        ])
    }
}
