import Plot
import Foundation
import MentorCore

/// What happened to the links an administrator just sent: e-mailed, or (without e-mail
/// configured) shown here, once, to pass on.
enum PasswordLinksPage {
    static func render(_ links: [PasswordLinks.Issued], viewer: Viewer) -> HTML {
        let language = viewer.language
        let formats = viewer.formats
        let shown = links.contains { !$0.emailed }
        return Layout.page(viewer, title: T.linksTitle(language), content: [
            .h1(.text(T.linksTitle(language))),
            .p(.class("lead"), .text(shown ? T.linksLeadShown(language) : T.linksLeadEmailed(language))),
            .div(.class("table-wrap"), .table(
                .thead(.tr(.th(.text(T.name(language))), .th(.text(T.email(language))), .th(.text(T.linkColumn(language))),
                           .th(.text(T.validUntil(language))))),
                .tbody(.forEach(links) { link in
                    .tr(.td(.text(link.name)), .td(.text(link.email)),
                        .td(link.emailed ? Node<HTML.BodyContext>.text(T.sentByEmail(language))
                                         : .code(.class("password-link"), .text(link.url))),
                        .td(.text(formats.dateTime(link.expiresAt))))
                })
            )),
            .p(.a(.href("/admin/people"), .text(T.backToPeople(language)))),
        ])
    }
}

/// After an import: the people it created or updated, to choose who gets an invitation.
enum ImportInvitePage {
    struct Row {
        var id: UUID
        var name: String
        var email: String
        var isNew: Bool
    }

    static func render(_ rows: [Row], created: Int, updated: Int, viewer: Viewer) -> HTML {
        let language = viewer.language
        return Layout.page(viewer, title: T.inviteImportedTitle(language), flash: T.importDone(created: created, updated: updated)(language), content: [
            .h1(.text(T.inviteImportedTitle(language))),
            .p(.class("lead"), .text(T.inviteImportedLead(language))),
            .form(
                .class("stack"), .action("/admin/people/invitations"), .method(.post),
                Forms.csrf(viewer),
                .fieldset(
                    .class("field"), .id("f-people"),
                    .element(named: "legend", text: T.people(language)),
                    .group(rows.map { row in
                        .div(
                            .class("check"),
                            .input(.type(.checkbox), .id("f-people-\(row.id)"), .name("people[]"), .value(row.id.uuidString), .checked(row.isNew)),
                            .label(.for("f-people-\(row.id)"),
                                   .text("\(row.name) · \(row.email) · \(row.isNew ? T.created(language) : T.updated(language))"))
                        )
                    })
                ),
                .div(.class("form-actions"),
                     .button(.type(.submit), .class("button"), .text(T.sendInvitations(language))),
                     .a(.href("/admin/people"), .text(T.backToPeople(language))))
            ),
        ])
    }
}
