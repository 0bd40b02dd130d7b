import Plot
import MentorCore

extension AccountPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let roles = viewer.roles.sorted().map { T.roleName($0)(language) }.joined(separator: ", ")
        return Layout.page(viewer, title: T.account(language), flash: model.flash, content: [
            .h1(.text(T.account(language))),
            .p(.strong(.text(viewer.name ?? "")), .text(" · \(viewer.email ?? "") · \(viewer.organisationName ?? "")")),
            .p(.text("\(T.yourRoles(language)): "), .text(roles)),
            viewer.has(.mentor) || viewer.has(.mentee)
                ? .p(.a(.href(SiteURL.accountPreferences.path), .text(T.matchingPreferences(language) + " →"))) : .empty,
            viewer.has(.mentor) ? .p(.a(.href(SiteURL.accountAvailability.path), .text(T.availability(language) + " →"))) : .empty,
            .p(.a(.href(SiteURL.accountExport.path), .text(T.downloadMyData(language) + " →"))),
            .p(.a(.href(SiteURL.accountTokens.path), .text(T.accessTokensLink(language) + " →"))),
            languageSection(model, viewer: viewer),
            timeZoneSection(model.timeZone, viewer: viewer),
            notificationSection(model, viewer: viewer),
            calendarSection(model, viewer: viewer),
            passwordSection(model, viewer: viewer),
            sessionsSection(model, viewer: viewer),
        ])
    }

    private static func languageSection(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let options = [("", T.languageFollowsBrowser(language))] + Language.allCases.map { ($0.rawValue, T.languageName($0)(language)) }
        return .group(
            .h2(.text(T.preferredLanguage(language))),
            .form(
                .class("stack"), .action(SiteURL.accountLanguage.path), .method(.post),
                Forms.csrf(viewer),
                Forms.select(T.language(language), name: "lang", options: options,
                             selected: model.languageSetting?.rawValue ?? "", errors: [:]),
                Forms.submit(T.save(language))
            ))
    }

    private static func timeZoneSection(_ section: TimeZoneSection, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        return .section(
            .id("time-zone"),
            .h2(.text(T.timeZone(language))),
            Forms.errorSummary(section.errors, language),
            .form(
                .class("stack"), .action(SiteURL.accountTimeZone.path), .method(.post),
                Forms.csrf(viewer),
                Forms.select(T.timeZone(language), name: "zone",
                             options: TimeZoneChoice.options(section.choices, firm: section.firm, language: language),
                             selected: section.setting ?? "", errors: section.errors, hint: T.timeZoneLead(language)),
                Forms.submit(T.save(language))
            ))
    }

    private static func notificationSection(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        return .section(
            .id("notifications"),
            .h2(.text(T.emailChoiceHeading(language))),
            .form(.class("stack"), .action(SiteURL.accountNotifications.path), .method(.post), Forms.csrf(viewer),
                  .div(.class("radio-group"),
                       .forEach([(EmailChoice.everyEvent, T.emailChoiceEveryEvent), (.remindersOnly, T.emailChoiceRemindersOnly),
                                 (.never, T.emailChoiceNever)]) { choice, label in
                           .label(.input(.type(.radio), .name("delivery"), .value(choice.rawValue), .checked(model.emailChoice == choice)),
                                  .text(" " + label(language)))
                       }),
                  .p(.class("muted"), .text(T.emailChoiceNote(language))),
                  Forms.submit(T.save(language))))
    }

    private static func calendarSection(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let isOn = model.calendarFeedURL != nil
        return .section(
            .id("calendar"),
            .h2(.text(T.calendarFeed(language))),
            .p(.class("muted"), .text(T.calendarFeedLead(language))),
            .unwrap(model.calendarFeedURL) { .group(.p(.code(.text($0))), .p(.text(T.calendarFeedOnHidden(language)))) },
            isOn ? .empty : .p(.text(T.calendarFeedOff(language))),
            .div(.class("row-actions"),
                 .form(.class("inline-form"), .action(SiteURL.accountCalendar.path), .method(.post), Forms.csrf(viewer),
                       .button(.type(.submit), .class("button button--secondary"),
                               .text((isOn ? T.calendarFeedRenew : T.calendarFeedTurnOn)(language)))),
                 isOn ?
                    .form(.class("inline-form"), .action(SiteURL.accountCalendarRevoke.path), .method(.post), Forms.csrf(viewer),
                          .button(.type(.submit), .class("button button--secondary"), .text(T.calendarFeedRevoke(language))))
                    : .empty))
    }

    private static func passwordSection(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language, errors = model.errors
        return .group(
            .h2(.text(T.changePassword(language))),
            Forms.errorSummary(errors, language),
            .form(
                .class("stack"), .action(SiteURL.accountPassword.path), .method(.post),
                Forms.csrf(viewer),
                Forms.text(T.currentPassword(language), name: "current", value: "", type: .password, errors: errors, required: true,
                           autocomplete: "current-password"),
                Forms.text(T.newPassword(language), name: "new", value: "", type: .password, errors: errors, required: true,
                           autocomplete: "new-password", hint: T.passwordPolicyHint(language)),
                Forms.text(T.repeatPassword(language), name: "repeated", value: "", type: .password, errors: errors, required: true,
                           autocomplete: "new-password"),
                Forms.submit(T.changePassword(language))
            ))
    }

    private static func sessionsSection(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        return .section(
            .id("sessions"),
            .h2(.text(T.sessionsHeading(language))),
            .p(.text(T.sessionsCount(model.activeSessions)(language))),
            .p(.class("muted"), .text(T.signOutEverywhereLead(language))),
            .form(.class("inline-form"), .action(SiteURL.signOutEverywhere.path), .method(.post), Forms.csrf(viewer),
                  .button(.type(.submit), .class("button button--secondary"), .text(T.signOutEverywhere(language)))))
    }
}
