import Plot
import MentorCore

extension SignInPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        return Layout.page(viewer, title: T.signIn(language), flash: model.notice, content: [
            .div(
                .class("signin card"),
                .h1(.text(T.signIn(language))),
                .p(.class("muted"), .text(T.signInLead(language))),
                .unwrap(model.error) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
                .form(
                    .class("stack"), .action(SiteURL.signIn.path), .method(.post),
                    Forms.csrf(viewer),
                    .input(.type(.hidden), .name("next"), .value(model.next)),
                    Forms.text(T.email(language), name: "email", value: model.email, type: .email, errors: [:], required: true,
                               autocomplete: "username"),
                    Forms.text(T.password(language), name: "password", value: "", type: .password, errors: [:], required: true,
                               autocomplete: "current-password"),
                    Forms.submit(T.signIn(language))
                ),
                .p(.a(.href(SiteURL.passwordForgot.path), .text(T.forgotPasswordLink(language))))
            ),
        ])
    }
}
