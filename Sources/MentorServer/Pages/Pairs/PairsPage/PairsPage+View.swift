import Plot
import Foundation
import MentorCore

extension PairsPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let waiting = (model.asMentor ?? []).filter { $0.status == .proposed }
        return Layout.page(viewer, title: T.pairsTitle(language), flash: model.flash, content: [
            .div(.class("page-head"),
                 .h1(.text(T.pairsTitle(language))),
                 viewer.has(.coordinator) ? .a(.class("button"), .href(SiteURL.pairNew.path), .text(T.newPair(language))) : .empty,
                 viewer.has(.mentee) ? .a(.class("button button--secondary"), .href(SiteURL.mentors.path), .text(T.navFindMentor(language))) : .empty),
            waiting.isEmpty ? .empty : .section(
                .h2(.text(T.requestsWaiting(language))),
                .ul(.class("list-plain"), .forEach(waiting) { row in
                    .li(.a(.href(SiteURL.pair(row.id).path), .text(row.menteeName)), .text(" · \(row.programmeName)"))
                })),
            .unwrap(model.asMentor) { rows in table(T.yourMentees(language), rows, show: .mentee, viewer: viewer) },
            .unwrap(model.asMentee) { rows in table(T.yourMentor(language), rows, show: .mentor, viewer: viewer) },
            .unwrap(model.all) { rows in
                .group(
                    table(T.pairsTitle(language), rows, show: nil, viewer: viewer),
                    .unwrap(model.fitCounts) { counts in
                        .p(.class("muted"), .text(T.fitCheckCounts(good: counts.good, unsure: counts.unsure, bad: counts.bad, comments: counts.comments)(language)))
                    })
            },
        ])
    }

    static func table(_ title: String, _ rows: [Row], show side: PairSide?, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let formats = viewer.formats
        return .section(
            .h2(.text(title)),
            rows.isEmpty ? .p(.class("empty-state"), .text(side == .mentor ? T.noMentorYet(language) : side == .mentee ? T.noMenteesYet(language) : T.noPairsYet(language))) :
            .div(.class("table-wrap"), .table(
                .thead(.tr(
                    side != .mentee ? .th(.text(T.mentor(language))) : .empty,
                    side != .mentor ? .th(.text(T.mentee(language))) : .empty,
                    .th(.text(T.programme(language))), .th(.text(T.status(language))), .th(.text(T.started(language))))),
                .tbody(.forEach(rows) { row in
                    .tr(
                        side != .mentee ? .td(.a(.href(SiteURL.pair(row.id).path), .text(row.mentorName))) : .empty,
                        side != .mentor ? .td(.a(.href(SiteURL.pair(row.id).path), .text(row.menteeName))) : .empty,
                        .td(.text(row.programmeName)),
                        .td(.span(.class(row.status == .proposed ? "badge badge--warn" : "badge"), .text(T.statusName(row.status)(language))),
                            row.requestedBy == .mentee && row.status == .proposed ? .span(.class("muted"), .text(" " + T.requestedByMentee(language))) : .empty),
                        .td(.text(row.startedOn.map(formats.date) ?? "–")))
                })
            ))
        )
    }
}
