import Plot
import Foundation
import MentorCore

extension PersonFormPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language, form = model.form, errors = model.errors
        let title = model.personID == nil ? T.newPerson(language) : T.editPerson(language)
        return Layout.page(viewer, title: title, flash: model.flash, content: [
            .h1(.text(title)),
            Forms.errorSummary(errors, language),
            .form(
                .class("stack"), .action((model.personID.map(SiteURL.adminPerson) ?? .adminPeople).path), .method(.post),
                Forms.csrf(viewer),
                Forms.text(T.name(language), name: "name", value: form.name ?? "", errors: errors, required: true, autocomplete: "off"),
                Forms.text(T.email(language), name: "email", value: form.email ?? "", type: .email, errors: errors, required: true, autocomplete: "off"),
                Forms.checkboxes(T.roles(language), name: "roles", options: Role.allCases.map { ($0.rawValue, T.roleName($0)(language)) },
                                 checked: Set(form.roles ?? []), errors: errors),
                Forms.select(T.seniority(language), name: "seniority",
                             options: [("", T.notSet(language))] + Seniority.allCases.map { ($0.rawValue, T.seniorityName($0)(language)) },
                             selected: form.seniority ?? "", errors: errors),
                Forms.text(T.practiceGroup(language), name: "practiceGroup", value: form.practiceGroup ?? "", errors: errors),
                Forms.textArea(T.expertise(language), name: "expertise", value: form.expertise ?? "", errors: errors, rows: 3, hint: T.expertiseHint(language)),
                Forms.select(T.language(language), name: "language",
                             options: [("", T.languageFollowsBrowser(language))] + Language.allCases.map { ($0.rawValue, T.languageName($0)(language)) },
                             selected: form.language ?? "", errors: errors),
                Forms.select(T.timeZone(language), name: "timeZone",
                             options: TimeZoneChoice.options(model.timeZones, firm: model.firmTimeZone, language: language),
                             selected: form.timeZone ?? "", errors: errors),
                Forms.select(T.lineManager(language), name: "manager",
                             options: [("", T.notSet(language))] + model.managers.map { ($0.id.uuidString, $0.name) },
                             selected: form.manager ?? "", errors: errors),
                Forms.text(T.languagesSpoken(language), name: "languages", value: form.languages ?? "", errors: errors),
                Forms.text(T.capacity(language), name: "capacity", value: form.capacity ?? "3", type: .number, errors: errors, hint: T.capacityHint(language)),
                .div(.class("form-actions"),
                     .button(.type(.submit), .class("button"), .text(T.save(language))),
                     .a(.href(SiteURL.adminPeople.path), .text(T.cancel(language))))
            ),
            .unwrap(model.personID) { id in passwordSection(id, name: model.personName, link: model.passwordLink, viewer: viewer) },
        ])
    }

    /// Administrators send a link; the person chooses the password.
    static func passwordSection(_ id: UUID, name: String, link: LinkSummary?, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let state: String? = link.map { link in
            let word = link.open ? T.linkStateOpen : (link.used ? T.linkStateUsed : T.linkStateExpired)
            return T.lastLinkSent(viewer.formats.dateTime(link.sentAt), word(language))(language)
        }
        return .section(
            .id("password"),
            .h2(.text(T.passwordSection(language))),
            .p(.text(T.passwordSectionLead(name)(language))),
            .p(.class("muted"), .text(state ?? T.noLinkSentYet(language))),
            .form(.class("inline-form"), .action(SiteURL.adminPersonInvitation(id).path), .method(.post),
                  Forms.csrf(viewer),
                  .button(.type(.submit), .class("button button--secondary"),
                          .text(link == nil ? T.sendInvitation(language) : T.sendInvitationAgain(language))))
        )
    }
}
