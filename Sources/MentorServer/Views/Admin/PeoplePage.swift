import Plot
import Foundation
import MentorCore

enum PeoplePage {
    static func render(_ people: [Person], viewer: Viewer, flash: String?) -> HTML {
        let language = viewer.language
        return Layout.page(viewer, title: T.people(language), flash: flash, content: [
            .div(.class("page-head"),
                 .h1(.text(T.people(language))),
                 .div(.class("row-actions"),
                      .a(.class("button"), .href("/admin/people/new"), .text(T.newPerson(language))),
                      .a(.class("button button--secondary"), .href("/admin/people/import"), .text(T.importPeople(language))))),
            people.isEmpty ? .p(.class("empty-state"), .text(T.noPeopleYet(language))) :
            .div(.class("table-wrap"), .table(
                .thead(.tr(.th(.text(T.name(language))), .th(.text(T.email(language))), .th(.text(T.roles(language))),
                           .th(.text(T.seniority(language))), .th(.text(T.practiceGroup(language))), .th(.text(T.status(language))),
                           .th(.text(T.actions(language))))),
                .tbody(.forEach(people) { person in
                    .tr(
                        .td(.text(person.name)),
                        .td(.text(person.email)),
                        .td(.text(person.roleRows.map(\.role).sorted().map { T.roleName($0)(language) }.joined(separator: ", "))),
                        .td(.text(person.seniority.map { T.seniorityName($0)(language) } ?? "–")),
                        .td(.text(person.practiceGroup.isEmpty ? "–" : person.practiceGroup)),
                        .td(person.active ? .span(.class("badge"), .text(T.active(language)))
                                          : .span(.class("badge badge--muted"), .text(T.deactivated(language)))),
                        .td(.div(.class("row-actions"),
                                 .a(.href("/admin/people/\(person.id!)/edit"), .text(T.edit(language)),
                                    .span(.class("visually-hidden"), .text(": " + person.name))),
                                 person.id == viewer.personID ? .empty :
                                    .form(.class("inline-form"), .action("/admin/people/\(person.id!)/active"), .method(.post),
                                          Forms.csrf(viewer),
                                          .button(.type(.submit), .class("link-button"),
                                                  .text(person.active ? T.deactivate(language) : T.activate(language)),
                                                  .span(.class("visually-hidden"), .text(": " + person.name)))),
                                 person.id == viewer.personID || person.name == Erasure.erasedName ? .empty :
                                    .a(.href("/admin/people/\(person.id!)/erase"), .text(T.eraseLink(language)),
                                       .span(.class("visually-hidden"), .text(": " + person.name)))))
                    )
                })
            )),
        ])
    }
}

enum PersonFormPage {
    /// The newest password link of the person, for the edit page.
    struct LinkSummary {
        var sentAt: Date
        var used: Bool
        var open: Bool

        init(_ link: PasswordLink, now: Date = Date()) {
            sentAt = link.createdAt ?? now
            used = link.usedAt != nil
            open = link.usedAt == nil && link.retiredAt == nil && link.expiresAt > now
        }
    }

    static func render(form: PeopleAdminController.Form, errors: FieldErrors, personID: UUID?, managers: [(UUID, String)], viewer: Viewer,
                       flash: String? = nil, passwordLink: LinkSummary? = nil, personName: String = "") -> HTML {
        let language = viewer.language
        let title = personID == nil ? T.newPerson(language) : T.editPerson(language)
        return Layout.page(viewer, title: title, flash: flash, content: [
            .h1(.text(title)),
            Forms.errorSummary(errors, language),
            .form(
                .class("stack"), .action(personID.map { "/admin/people/\($0)" } ?? "/admin/people"), .method(.post),
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
                Forms.select(T.lineManager(language), name: "manager", options: [("", T.notSet(language))] + managers.map { ($0.0.uuidString, $0.1) },
                             selected: form.manager ?? "", errors: errors),
                Forms.text(T.languagesSpoken(language), name: "languages", value: form.languages ?? "", errors: errors),
                Forms.text(T.capacity(language), name: "capacity", value: form.capacity ?? "3", type: .number, errors: errors, hint: T.capacityHint(language)),
                .div(.class("form-actions"),
                     .button(.type(.submit), .class("button"), .text(T.save(language))),
                     .a(.href("/admin/people"), .text(T.cancel(language))))
            ),
            .unwrap(personID) { id in passwordSection(id, name: personName, link: passwordLink, viewer: viewer) },
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
            .form(.class("inline-form"), .action("/admin/people/\(id)/invitation"), .method(.post),
                  Forms.csrf(viewer),
                  .button(.type(.submit), .class("button button--secondary"),
                          .text(link == nil ? T.sendInvitation(language) : T.sendInvitationAgain(language))))
        )
    }
}
