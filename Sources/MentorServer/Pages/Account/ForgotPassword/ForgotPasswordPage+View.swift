import Plot
import MentorCore

extension ForgotPasswordPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        return Layout.page(viewer, title: T.forgotPasswordTitle(language), flash: model.notice, content: [
            .div(
                .class("signin card"),
                .h1(.text(T.forgotPasswordTitle(language))),
                .p(.class("muted"), .text(T.forgotPasswordLead(language))),
                Forms.errorSummary(model.errors, language),
                .form(
                    .class("stack"), .action(SiteURL.passwordForgot.path), .method(.post),
                    Forms.csrf(viewer),
                    Forms.text(T.email(language), name: "email", value: model.email, type: .email, errors: model.errors,
                               required: true, autocomplete: "username"),
                    Forms.submit(T.sendResetLink(language))
                ),
                .p(.a(.href(SiteURL.signIn.path), .text(T.backToSignIn(language))))
            ),
        ])
    }
}
