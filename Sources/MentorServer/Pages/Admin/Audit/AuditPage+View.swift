import Plot
import Foundation
import MentorCore

extension AuditPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let formats = viewer.formats
        return Layout.page(viewer, title: T.auditLog(language), content: [
            .h1(.text(T.auditLog(language))),
            .p(.class("lead"), .text(T.auditLead(language))),
            filterForm(model, viewer: viewer),
            .p(.class("muted"), .attribute(named: "role", value: "status"),
               .text(T.eventsFound(model.total, page: model.filter.page, of: model.pageCount)(language))),
            model.rows.isEmpty && model.filter.isFiltered ? .p(.class("empty-state"), .text(T.noEventsMatch(language))) :
            .div(.class("table-wrap"), .scrollRegion(T.auditLog(language)), .table(
                .thead(.tr(.th(.text(T.when(language))), .th(.text(T.who(language))), .th(.text(T.what(language))), .th(.text(T.details(language))))),
                .tbody(.forEach(model.rows) { row in
                    .tr(.td(.text(formats.dateTime(row.at))), .td(.text(row.actor ?? T.system(language))),
                        .td(.text(AuditWording.event(action: row.action, entity: row.entity)(language))),
                        .td(.text(AuditWording.detail(row.summary)(language))))
                })
            )),
            paging(model, viewer: viewer),
        ])
    }

    static func filterForm(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language, formats = viewer.formats, filter = model.filter
        let kinds = AuditWording.entities.map { (value: $0.key, label: $0.value(language)) }.sorted { $0.label < $1.label }
        return .form(
            .class("filters"), .action(SiteURL.adminAudit.path), .method(.get), .attribute(named: "role", value: "search"),
            .attribute(named: "aria-label", value: T.findEvents(language)),
            Forms.text(T.auditWho(language), name: "who", value: filter.who ?? "", type: .search, errors: [:]),
            Forms.select(T.auditRecord(language), name: "record", options: [(value: "", label: T.anyRecord(language))] + kinds,
                         selected: filter.record ?? "", errors: [:]),
            Forms.text(T.fromDay(language), name: "from", value: filter.from.map(formats.isoDay) ?? "", type: .date, errors: [:]),
            Forms.text(T.toDay(language), name: "to", value: filter.before.map { formats.isoDay($0.addingTimeInterval(-86_400)) } ?? "",
                       type: .date, errors: [:]),
            .div(.class("form-actions"),
                 .button(.type(.submit), .class("button"), .text(T.applyFilter(language))),
                 .if(filter.isFiltered, .a(.class("button button--secondary"), .href(SiteURL.adminAudit.path), .text(T.showEverything(language)))))
        )
    }

    static func paging(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        .paging(.adminAudit, page: model.filter.page, of: model.pageCount, language: viewer.language) { page in
            model.filter.query(page: page, formats: viewer.formats)
        }
    }
}
