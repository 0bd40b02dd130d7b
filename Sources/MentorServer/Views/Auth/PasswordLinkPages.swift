import Plot
import MentorCore

/// "Forgot your password?": one field, and the same answer whether or not the address exists.
enum ForgotPasswordPage {
    struct Model {
        var email: String
        var errors: FieldErrors
        /// Set after a request: the answer shown for every address.
        var notice: String?
    }

    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        return Layout.page(viewer, title: T.forgotPasswordTitle(language), flash: model.notice, content: [
            .div(
                .class("signin card"),
                .h1(.text(T.forgotPasswordTitle(language))),
                .p(.class("muted"), .text(T.forgotPasswordLead(language))),
                Forms.errorSummary(model.errors, language),
                .form(
                    .class("stack"), .action("/password/forgot"), .method(.post),
                    Forms.csrf(viewer),
                    Forms.text(T.email(language), name: "email", value: model.email, type: .email, errors: model.errors,
                               required: true, autocomplete: "username"),
                    Forms.submit(T.sendResetLink(language))
                ),
                .p(.a(.href("/signin"), .text(T.backToSignIn(language))))
            ),
        ])
    }
}

/// The page a link opens: choose a password (twice), checked against the password rules.
enum ChoosePasswordPage {
    struct Model {
        var kind: PasswordLink.Kind
        var name: String
        var email: String
        var token: String
        var errors: FieldErrors
    }

    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let lead = model.kind == .invitation ? T.invitationWelcome(model.name, model.email) : T.resetLead(model.email)
        return Layout.page(viewer, title: T.choosePasswordTitle(language), content: [
            .div(
                .class("signin card"),
                .h1(.text(T.choosePasswordTitle(language))),
                .p(.class("muted"), .text(lead(language))),
                Forms.errorSummary(model.errors, language),
                .form(
                    .class("stack"), .action(PasswordLinks.pathPrefix + model.token), .method(.post),
                    Forms.csrf(viewer),
                    // Lets password managers store the new password with the right account.
                    .input(.type(.hidden), .name("username"), .value(model.email), .attribute(named: "autocomplete", value: "username")),
                    Forms.text(T.newPassword(language), name: "new", value: "", type: .password, errors: model.errors, required: true,
                               autocomplete: "new-password", hint: T.passwordPolicyHint(language)),
                    Forms.text(T.repeatPassword(language), name: "repeated", value: "", type: .password, errors: model.errors, required: true,
                               autocomplete: "new-password"),
                    Forms.submit(T.savePassword(language))
                )
            ),
        ])
    }
}

/// A link that was used, expired, replaced or mistyped: one message for all of them.
enum LinkInvalidPage {
    static func render(viewer: Viewer) -> HTML {
        let language = viewer.language
        return Layout.page(viewer, title: T.linkInvalidTitle(language), content: [
            .div(
                .class("signin card"),
                .h1(.text(T.linkInvalidTitle(language))),
                .p(.text(T.linkInvalidLead(language))),
                .p(.a(.class("button"), .href("/password/forgot"), .text(T.linkInvalidNext(language)))),
                .p(.a(.href("/signin"), .text(T.backToSignIn(language))))
            ),
        ])
    }
}
