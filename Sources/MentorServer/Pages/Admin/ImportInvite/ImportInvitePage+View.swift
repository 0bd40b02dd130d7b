import Plot
import Foundation
import MentorCore

extension ImportInvitePage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        return Layout.page(viewer, title: T.inviteImportedTitle(language),
                           flash: T.importDone(created: model.created, updated: model.updated)(language), content: [
            .h1(.text(T.inviteImportedTitle(language))),
            .p(.class("lead"), .text(T.inviteImportedLead(language))),
            .form(
                .class("stack"), .action(SiteURL.adminPeopleInvitations.path), .method(.post),
                Forms.csrf(viewer),
                .fieldset(
                    .class("field"), .id("f-people"),
                    .element(named: "legend", text: T.people(language)),
                    .group(model.rows.map { row in
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
                     .a(.href(SiteURL.adminPeople.path), .text(T.backToPeople(language))))
            ),
        ])
    }
}
