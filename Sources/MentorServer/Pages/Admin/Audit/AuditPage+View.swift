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
            .div(.class("table-wrap"), .scrollRegion(T.auditLog(language)), .table(
                .thead(.tr(.th(.text(T.when(language))), .th(.text(T.who(language))), .th(.text(T.what(language))), .th(.text(T.details(language))))),
                .tbody(.forEach(model.rows) { row in
                    .tr(.td(.text(formats.dateTime(row.at))), .td(.text(row.actor ?? T.system(language))),
                        .td(.text(AuditWording.event(action: row.action, entity: row.entity)(language))),
                        .td(.text(AuditWording.detail(row.summary)(language))))
                })
            )),
        ])
    }
}
