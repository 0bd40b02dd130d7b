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
                .unwrap(model.error) { error in
                    .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text(error)),
                         .unwrap(model.providerLink) { .p(.a(.href($0), .text(T.providerOnlyLink(language)))) })
                },
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
            .section(
                .class("signin card"), .attribute(named: "aria-labelledby", value: "provider-signin"),
                .h2(.id("provider-signin"), .text(T.providerSignInHeading(language))),
                .p(.class("muted"), .text(T.providerSignInLead(language))),
                .unwrap(model.providerContinue) { link in
                    .div(.class("flash"), .attribute(named: "role", value: "status"),
                         .p(.text(T.providerContinueLead(language))),
                         .p(.a(.id("provider-continue"), .class("button"), .href(link), .text(T.providerSignInButton(language)))))
                },
                .form(
                    .class("stack"), .action(SiteURL.signInProvider.path), .method(.post),
                    Forms.csrf(viewer),
                    .input(.type(.hidden), .name("next"), .value(model.next)),
                    Forms.text(T.workEmail(language), name: "address", value: model.email, type: .email, errors: [:], required: true,
                               autocomplete: "email"),
                    Forms.submit(T.providerSignInButton(language))
                )
            ),
        ])
    }
}
