import Plot
import Foundation
import MentorCore

extension PairsPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let waiting = (model.asMentor ?? []).filter { $0.status == .proposed }
        let proposals = (model.asMentee ?? []).filter { $0.waitsForAnswer(from: .mentee) }
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
            proposals.isEmpty ? .empty : .section(
                .h2(.text(T.proposalsWaiting(language))),
                .ul(.class("list-plain"), .forEach(proposals) { row in
                    .li(.a(.href(SiteURL.pair(row.id).path), .text(row.mentorName)), .text(" · \(row.programmeName) · "),
                        .span(.class("badge badge--warn"), .text(T.waitsForYourAnswer(language))))
                })),
            .unwrap(model.asMentor) { rows in table(T.yourMentees(language), rows, show: .mentee, viewer: viewer) },
            .unwrap(model.asMentee) { rows in table(T.yourMentor(language), rows, show: .mentor, viewer: viewer) },
            .unwrap(model.all) { rows in
                .group(
                    .section(.class("pairs-all"),
                        .h2(.text(T.allPairsOfOrganisation(language))),
                        searchForm(model, language: language),
                        .p(.class("muted"), .attribute(named: "role", value: "status"),
                           .text(T.pairsFound(model.total, page: model.filter.page, of: model.pageCount)(language))),
                        rows.isEmpty && model.filter.isFiltered ? .p(.class("empty-state"), .text(T.noPairsMatch(language)))
                            : table(nil, rows, show: nil, viewer: viewer),
                        paging(model, language: language)),
                    .unwrap(model.fitCounts) { counts in
                        .p(.class("muted"), .text(T.fitCheckCounts(good: counts.good, unsure: counts.unsure, bad: counts.bad, comments: counts.comments)(language)))
                    })
            },
        ])
    }

    /// The coordinator's search and filters, sent with GET so that a filtered list can be bookmarked.
    static func searchForm(_ model: Model, language: Language) -> Node<HTML.BodyContext> {
        let filter = model.filter
        return .form(
            .class("filters"), .action(SiteURL.pairs.path), .method(.get), .attribute(named: "role", value: "search"),
            .attribute(named: "aria-label", value: T.findPairs(language)),
            Forms.text(T.mentorNamePart(language), name: "mentor", value: filter.mentor ?? "", type: .search, errors: [:]),
            Forms.text(T.menteeNamePart(language), name: "mentee", value: filter.mentee ?? "", type: .search, errors: [:]),
            Forms.select(T.programme(language), name: "programme",
                         options: [(value: "", label: T.anyProgramme(language))] + model.programmes.map { (value: $0.id.uuidString, label: $0.name) },
                         selected: filter.programme?.uuidString ?? "", errors: [:]),
            Forms.select(T.status(language), name: "status",
                         options: StatusChoice.allCases.map { (value: $0.rawValue, label: T.pairStatusChoice($0)(language)) },
                         selected: filter.status.rawValue, errors: [:]),
            .div(.class("form-actions"),
                 .button(.type(.submit), .class("button"), .text(T.applyFilter(language))),
                 .if(filter.isFiltered, .a(.class("button button--secondary"), .href(SiteURL.pairs.path), .text(T.showCurrentPairs(language)))))
        )
    }

    /// Links to the previous and next page, keeping the filter.
    static func paging(_ model: Model, language: Language) -> Node<HTML.BodyContext> {
        .paging(.pairs, page: model.filter.page, of: model.pageCount, language: language, query: model.filter.query(page:))
    }

    /// A table of pairs under `title` (or under the heading around it when `nil`).
    static func table(_ title: String?, _ rows: [Row], show side: PairSide?, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let formats = viewer.formats
        return .section(
            .unwrap(title) { .h2(.text($0)) },
            rows.isEmpty ? .p(.class("empty-state"), .text(side == .mentor ? T.noMentorYet(language) : side == .mentee ? T.noMenteesYet(language) : T.noPairsYet(language))) :
            .div(.class("table-wrap"), .scrollRegion(title ?? T.pairsTitle(language)), .table(
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
                            row.requestedBy == .mentee && row.status == .proposed ? .span(.class("muted"), .text(" " + T.requestedByMentee(language))) : .empty,
                            row.status == .proposed && row.standing.origin == .matching
                                ? .span(.class("muted"), .text(" " + T.proposedByMatching(language))) : .empty),
                        .td(.text(row.startedOn.map(formats.date) ?? "–")))
                })
            ))
        )
    }
}
