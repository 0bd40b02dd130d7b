import Plot
import Foundation
import MentorCore

extension ComparePage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let rows = model.rows
        let language = viewer.language
        let table = Self.rows(rows, viewer: viewer)
        return Layout.page(viewer, title: T.compareProgrammes(language), content: [
            .h1(.text(T.compareProgrammes(language))),
            .p(.class("lead"), .text(T.compareLead(language))),
            rows.isEmpty ? .p(.class("empty-state"), .text(T.noProgrammesForCoordinator(language))) : .group(
                .div(.class("table-wrap"), .table(
                    .thead(.tr(.forEach(table.first ?? []) { .th(.text($0)) })),
                    .tbody(.forEach(Array(zip(rows, table.dropFirst()))) { pair in
                        .tr(.td(.a(.href(SiteURL.programmeHealth(pair.0.programmeID).path), .text(pair.1[0]))), .forEach(pair.1.dropFirst()) { .td(.text($0)) })
                    }))),
                .p(.class("muted"), .a(.href(SiteURL.programmesCompareExport.path), .text(T.downloadCSV(language))),
                   .text(" · "),
                   .a(.href(SiteURL.programmesCompareExport.path(query: [("format", TableDownload.Format.xlsx.rawValue)])),
                      .text(T.downloadXLSX(language))))),
        ])
    }

    static func rows(_ rows: [Row], viewer: Viewer) -> [[String]] {
        let language = viewer.language
        let formats = viewer.formats
        return [[T.programmeColumn(language), T.statusName(.active)(language), T.statusName(.paused)(language), T.statusName(.ended)(language),
                 T.quietPairs(language), T.waitingRequests(language), T.heldOfExpected(language), T.agreementsNotDiscussed(language),
                 T.averageMenteeInitiative(language), T.pulseAverageColumn(language)]]
            + rows.map { row in
                let health = row.health
                return [row.name, "\(health.statusCounts[.active] ?? 0)", "\(health.statusCounts[.paused] ?? 0)", "\(health.statusCounts[.ended] ?? 0)",
                 "\(health.quiet.count)", "\(health.waiting.count)",
                 "\(health.pairs.map(\.held).reduce(0, +)) / \(health.pairs.map(\.expected).reduce(0, +))",
                 "\(health.agreementsNotDiscussed)", health.averageMenteeInitiative.map(formats.percent) ?? "–",
                 health.pulse.average.map { formats.number($0) } ?? "–"]
            }
    }
}
