import Plot
import Foundation
import MentorCore

extension ProgrammesPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let formats = viewer.formats
        return Layout.page(viewer, title: T.programmes(language), flash: model.flash, content: [
            .div(.class("page-head"),
                 .h1(.text(T.programmes(language))),
                 .a(.class("button"), .href(SiteURL.adminProgrammeNew.path), .text(T.newProgramme(language)))),
            model.programmes.isEmpty ? .p(.class("empty-state"), .text(T.noProgrammesYet(language))) :
            .div(.class("table-wrap"), .table(
                .thead(.tr(.th(.text(T.name(language))), .th(.text(T.startsOn(language))), .th(.text(T.endsOn(language))),
                           .th(.text(T.cadence(language))), .th(.text(T.pairs(language))), .th(.text(T.actions(language))))),
                .tbody(.forEach(model.programmes) { row in
                    .tr(.td(.text(row.name)), .td(.text(formats.date(row.startsOn))), .td(.text(formats.date(row.endsOn))),
                        .td(.text("\(row.cadenceDays)")), .td(.text("\(row.pairs)")),
                        .td(.div(.class("row-actions"),
                                 .a(.href(SiteURL.adminProgrammeEdit(row.id).path), .text(T.edit(language)),
                                    .span(.class("visually-hidden"), .text(": " + row.name))),
                                 viewer.has(.coordinator) ? .a(.href(SiteURL.matching(programme: row.id).path), .text(T.matching(language))) : .empty)))
                })
            )),
        ])
    }
}
