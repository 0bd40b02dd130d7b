import Plot
import MentorCore

enum SignInPage {
    struct Model {
        var email: String
        var next: String
        var error: String?
        var notice: String?
    }

    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        return Layout.page(viewer, title: T.signIn(language), flash: model.notice, content: [
            .div(
                .class("signin card"),
                .h1(.text(T.signIn(language))),
                .p(.class("muted"), .text(T.signInLead(language))),
                .unwrap(model.error) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
                .form(
                    .class("stack"), .action("/signin"), .method(.post),
                    Forms.csrf(viewer),
                    .input(.type(.hidden), .name("next"), .value(model.next)),
                    Forms.text(T.email(language), name: "email", value: model.email, type: .email, errors: [:], required: true, autocomplete: "username"),
                    Forms.text(T.password(language), name: "password", value: "", type: .password, errors: [:], required: true, autocomplete: "current-password"),
                    Forms.submit(T.signIn(language))
                ),
                .p(.a(.href("/password/forgot"), .text(T.forgotPasswordLink(language))))
            ),
        ])
    }
}

enum AccountPage {
    struct Model {
        var languageSetting: Language?
        var errors: FieldErrors
        /// The calendar feed's address without its secret, when the feed is on. The full address
        /// is shown once, by `CalendarFeedPage`, when it is made.
        var calendarFeedURL: String?
        var notifyByEmail: Bool
        /// Live sessions of this person, this one included.
        var activeSessions: Int = 1
    }

    static func render(_ model: Model, viewer: Viewer, flash: String? = nil) -> HTML {
        let language = viewer.language
        return Layout.page(viewer, title: T.account(language), flash: flash, content: [
            .h1(.text(T.account(language))),
            .p(.strong(.text(viewer.name ?? "")), .text(" · \(viewer.email ?? "") · \(viewer.organisationName ?? "")")),
            .p(.text("\(T.yourRoles(language)): "), .text(viewer.roles.sorted().map { T.roleName($0)(language) }.joined(separator: ", "))),
            viewer.has(.mentor) || viewer.has(.mentee) ? .p(.a(.href("/account/preferences"), .text(T.matchingPreferences(language) + " →"))) : .empty,
            .p(.a(.href("/account/export"), .text(T.downloadMyData(language) + " →"))),
            .h2(.text(T.preferredLanguage(language))),
            .form(
                .class("stack"), .action("/account/language"), .method(.post),
                Forms.csrf(viewer),
                Forms.select(T.language(language), name: "lang",
                             options: [("", T.languageFollowsBrowser(language))] + Language.allCases.map { ($0.rawValue, T.languageName($0)(language)) },
                             selected: model.languageSetting?.rawValue ?? "", errors: [:]),
                Forms.submit(T.save(language))
            ),
            .section(
                .id("notifications"),
                .h2(.text(T.notificationChoice(language))),
                .form(.class("stack"), .action("/account/notifications"), .method(.post), Forms.csrf(viewer),
                      .div(.class("radio-group"),
                           .label(.input(.type(.radio), .name("delivery"), .value("email"), .checked(model.notifyByEmail)),
                                  .text(" " + T.notificationByEmail(language))),
                           .label(.input(.type(.radio), .name("delivery"), .value("app"), .checked(!model.notifyByEmail)),
                                  .text(" " + T.notificationInAppOnly(language)))),
                      .p(.class("muted"), .text(T.notificationLanguageNote(language))),
                      Forms.submit(T.save(language)))),
            .section(
                .id("calendar"),
                .h2(.text(T.calendarFeed(language))),
                .p(.class("muted"), .text(T.calendarFeedLead(language))),
                .unwrap(model.calendarFeedURL) { .group(.p(.code(.text($0))), .p(.text(T.calendarFeedOnHidden(language)))) },
                model.calendarFeedURL == nil ? .p(.text(T.calendarFeedOff(language))) : .empty,
                .div(.class("row-actions"),
                     .form(.class("inline-form"), .action("/account/calendar"), .method(.post), Forms.csrf(viewer),
                           .button(.type(.submit), .class("button button--secondary"),
                                   .text((model.calendarFeedURL == nil ? T.calendarFeedTurnOn : T.calendarFeedRenew)(language)))),
                     model.calendarFeedURL == nil ? .empty :
                        .form(.class("inline-form"), .action("/account/calendar/revoke"), .method(.post), Forms.csrf(viewer),
                              .button(.type(.submit), .class("button button--secondary"), .text(T.calendarFeedRevoke(language)))))),
            .h2(.text(T.changePassword(language))),
            Forms.errorSummary(model.errors, language),
            .form(
                .class("stack"), .action("/account/password"), .method(.post),
                Forms.csrf(viewer),
                Forms.text(T.currentPassword(language), name: "current", value: "", type: .password, errors: model.errors, required: true, autocomplete: "current-password"),
                Forms.text(T.newPassword(language), name: "new", value: "", type: .password, errors: model.errors, required: true, autocomplete: "new-password", hint: T.passwordPolicyHint(language)),
                Forms.text(T.repeatPassword(language), name: "repeated", value: "", type: .password, errors: model.errors, required: true, autocomplete: "new-password"),
                Forms.submit(T.changePassword(language))
            ),
            .section(
                .id("sessions"),
                .h2(.text(T.sessionsHeading(language))),
                .p(.text(T.sessionsCount(model.activeSessions)(language))),
                .p(.class("muted"), .text(T.signOutEverywhereLead(language))),
                .form(.class("inline-form"), .action("/account/signout-everywhere"), .method(.post), Forms.csrf(viewer),
                      .button(.type(.submit), .class("button button--secondary"), .text(T.signOutEverywhere(language))))),
        ])
    }
}
