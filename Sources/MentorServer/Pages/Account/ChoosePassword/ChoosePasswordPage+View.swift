import Plot
import MentorCore

extension ChoosePasswordPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let lead = model.purpose == .invitation ? T.invitationWelcome(model.name, model.email) : T.resetLead(model.email)
        return Layout.page(viewer, title: T.choosePasswordTitle(language), content: [
            .div(
                .class("signin card"),
                .h1(.text(T.choosePasswordTitle(language))),
                .p(.class("muted"), .text(lead(language))),
                Forms.errorSummary(model.errors, language),
                .form(
                    .class("stack"), .action(SiteURL.passwordNew(model.token).path), .method(.post),
                    Forms.csrf(viewer),
                    // Lets password managers store the new password with the right account.
                    .input(.type(.hidden), .name("username"), .value(model.email), .attribute(named: "autocomplete", value: "username")),
                    Forms.text(T.newPassword(language), name: "new", value: "", type: .password, errors: model.errors, required: true,
                               autocomplete: "new-password", hint: T.passwordPolicyHint(language)),
                    Forms.text(T.repeatPassword(language), name: "repeated", value: "", type: .password, errors: model.errors,
                               required: true, autocomplete: "new-password"),
                    Forms.submit(T.savePassword(language))
                )
            ),
        ])
    }
}
