import Plot
import Foundation
import MentorCore

enum AuditPage {
    struct Row {
        var at: Date
        var actor: String?
        var action: String
        var entity: String
        var summary: String
    }

    static func render(_ rows: [Row], viewer: Viewer) -> HTML {
        let language = viewer.language
        let formats = viewer.formats
        return Layout.page(viewer, title: T.auditLog(language), content: [
            .h1(.text(T.auditLog(language))),
            .p(.class("lead"), .text(T.auditLead(language))),
            .div(.class("table-wrap"), .table(
                .thead(.tr(.th(.text(T.when(language))), .th(.text(T.who(language))), .th(.text(T.what(language))), .th(.text(T.details(language))))),
                .tbody(.forEach(rows) { row in
                    .tr(.td(.text(formats.dateTime(row.at))), .td(.text(row.actor ?? T.system(language))),
                        .td(.code(.text("\(row.action) \(row.entity)"))), .td(.text(row.summary)))
                })
            )),
        ])
    }
}

enum ListsPage {
    static func render(_ items: [OrganisationListItem], errors: FieldErrors, viewer: Viewer, flash: String?) -> HTML {
        let language = viewer.language
        func section(_ list: OrganisationListItem.List, title: String, builtIn: [String]) -> Node<HTML.BodyContext> {
            .section(
                .h2(.text(title)),
                .ul(.class("list-plain"),
                    .forEach(builtIn) { .li(.text($0), .span(.class("muted"), .text(" · " + T.builtIn(language)))) },
                    .forEach(items.filter { $0.list == list }) { item in
                        .li(.text(language == .nl ? item.nameNL : item.nameEN),
                            item.retired ? .span(.class("badge badge--muted"), .text(" " + T.retired(language))) : .empty,
                            .form(.class("inline-form"), .action("/admin/lists/\(item.id!)/retire"), .method(.post), Forms.csrf(viewer),
                                  .button(.type(.submit), .class("link-button"), .text(" " + (item.retired ? T.reinstate(language) : T.retire(language))))))
                    }),
                .form(.class("stack"), .action("/admin/lists"), .method(.post), Forms.csrf(viewer),
                      .input(.type(.hidden), .name("list"), .value(list.rawValue)),
                      Forms.text(T.nameDutch(language), name: "nameNL", value: "", errors: errors),
                      Forms.text(T.nameEnglish(language), name: "nameEN", value: "", errors: errors),
                      Forms.submit(T.add(language)))
            )
        }
        return Layout.page(viewer, title: T.listsTitle(language), flash: flash, content: [
            .h1(.text(T.listsTitle(language))),
            .p(.class("lead"), .text(T.listsLead(language))),
            Forms.errorSummary(errors, language),
            section(.goalTheme, title: T.goalThemes(language), builtIn: GoalTheme.allCases.map { T.goalTheme($0)(language) }),
            section(.attitudePattern, title: T.attitudePatterns(language), builtIn: AttitudePattern.allCases.map { T.attitudePattern($0)(language) }),
        ])
    }
}
