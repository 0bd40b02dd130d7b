import Plot
import Foundation
import MentorCore

extension HealthPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let health = model.health
        let language = viewer.language
        let formats = viewer.formats
        let id = model.programmeID
        func table(_ table: Table) -> Node<HTML.BodyContext> {
            let rows = Self.rows(table, health: health, viewer: viewer)
            return .group(
                .div(.class("table-wrap"), .scrollRegion((rows.first ?? []).joined(separator: ", ")), .table(
                    .thead(.tr(.forEach(rows.first ?? []) { .th(.text($0)) })),
                    .tbody(.forEach(rows.dropFirst()) { row in .tr(.forEach(row) { .td(.text($0)) }) }))),
                .p(.class("muted"), .a(.href(SiteURL.programmeHealthExport(id).path(query: [("table", table.rawValue)])), .text(T.downloadCSV(language))),
                   .text(" · "),
                   .a(.href(SiteURL.programmeHealthExport(id).path(query: [("table", table.rawValue), ("format", TableDownload.Format.xlsx.rawValue)])),
                      .text(T.downloadXLSX(language)))))
        }
        let quietDays = Int((1.5 * Double(model.cadenceDays)).rounded(.down))
        return Layout.page(viewer, title: T.healthFor(model.name)(language), content: [
            .h1(.text(T.healthFor(model.name)(language))),
            .p(.class("lead"), .text(T.healthLead(language))),
            .div(.class("cards"),
                 .div(.class("card"), .div(.class("figure"), .text("\(health.statusCounts[.active] ?? 0)")), .text(T.statusName(.active)(language))),
                 .div(.class("card"), .div(.class("figure"), .text("\(health.quiet.count)")), .text(T.quietPairs(language))),
                 .div(.class("card"), .div(.class("figure"), .text("\(health.waiting.count)")), .text(T.waitingRequests(language))),
                 .div(.class("card"), .div(.class("figure"), .text("\(health.agreementsNotDiscussed)")), .text(T.agreementsNotDiscussed(language))),
                 .div(.class("card"), .div(.class("figure"), .text(health.averageMenteeInitiative.map(formats.percent) ?? "–")),
                      .text(T.averageMenteeInitiative(language)))),
            .section(.h2(.text(T.quietPairs(language))), .p(.text(T.quietPairsLead(quietDays)(language))),
                     health.quiet.isEmpty ? .p(.class("empty-state"), .text(T.noQuietPairs(language))) : table(.quiet)),
            .section(.h2(.text(T.waitingRequests(language))),
                     health.waiting.isEmpty ? .p(.class("empty-state"), .text(T.noWaitingRequests(language))) : table(.waiting)),
            .section(.h2(.text(T.pairsByStatus(language))), table(.status)),
            .section(.h2(.text(T.pairsAgainstCadence(language))), table(.pairs)),
            .section(.h2(.text(T.talkShareDistribution(language))),
                     .raw(SVGChart.histogram(id: "talk-histogram", title: T.talkShareDistribution(language), description: T.talkShareDistributionDescription(language),
                                             counts: health.talkShareHistogram, labels: (0..<10).map { "\($0 * 10)–\($0 * 10 + 10)%" }, band: TalkBand.deciles(model.talkBand))),
                     ChartFigure.legend([.init(mark: .bar(0), label: T.legendConversations(language)),
                                         .init(mark: .band, label: T.legendTargetRangeShaded(language))]),
                     table(.talk)),
            .section(.h2(.text(T.fitCheckAnswers(language))), table(.fit)),
            .section(.h2(.text(T.pulse(language))), .p(.text(T.pulseLead(model.pulseIntervalDays)(language))),
                     health.pulse.average == nil
                        ? .p(.class("empty-state"), .text(T.pulseTooFew(health.pulse.answers, health.pulse.respondents)(language)))
                        : .group(
                            .p(.text(T.pulseSummary(health.pulse.answers, health.pulse.respondents, formats.number(health.pulse.average ?? 0))(language))),
                            table(.pulse),
                            (health.pulse.improvements ?? []).isEmpty ? .empty : .group(
                                .h3(.text(T.pulseImprovements(language))),
                                .ul(.forEach(health.pulse.improvements ?? []) { .li(.text($0)) })))),
            .p(.a(.href(SiteURL.programmesCompare.path), .text(T.compareProgrammes(language) + " →"))),
        ])
    }

    /// A table of the page as rows of text, the header first.
    static func rows(_ table: Table, health: ProgrammeHealth, viewer: Viewer) -> [[String]] {
        let language = viewer.language
        let formats = viewer.formats
        func yesNo(_ value: Bool) -> String { value ? T.yes(language) : T.no(language) }
        var rows: [[String]] = []
        switch table {
        case .status:
            rows = [[T.status(language), T.countColumn(language)]]
            rows += MentorshipStatus.allCases.map { [T.statusName($0)(language), "\(health.statusCounts[$0] ?? 0)"] }
        case .pairs:
            rows = [[T.pairNumber(language), T.status(language), T.held(language), T.expectedByNow(language),
                     T.goalsWithoutRecentEvidence(language), T.agreementDiscussedColumn(language)]]
            rows += health.pairs.map { ["\($0.number)", T.statusName($0.status)(language), "\($0.held)", "\($0.expected)",
                                      "\($0.goalsWithoutRecentEvidence)", yesNo($0.agreementDiscussed)] }
        case .quiet:
            rows = [[T.mentor(language), T.mentee(language), T.lastConversation(language), T.daysQuiet(language)]]
            rows += health.quiet.map { [$0.mentorName, $0.menteeName, $0.lastConversation.map(formats.isoDay) ?? T.noneYet(language), "\($0.daysQuiet)"] }
        case .waiting:
            rows = [[T.mentor(language), T.mentee(language), T.daysWaiting(language)]]
            rows += health.waiting.map { [$0.mentorName, $0.menteeName, "\($0.daysWaiting)"] }
        case .talk:
            rows = [[T.talkShareBand(language), T.conversationsColumn(language)]]
            rows += health.talkShareHistogram.enumerated().map { ["\($0.offset * 10)-\($0.offset * 10 + 10)%", "\($0.element)"] }
        case .fit:
            rows = [[T.answerColumn(language), T.countColumn(language)]]
            rows += FitAnswer.allCases.map { [T.fitAnswer($0)(language), "\(health.fitAnswers[$0] ?? 0)"] }
        case .pulse:
            // Only totals, and nothing below three people.
            rows = [[T.pulseValueQuestion(language), T.countColumn(language)]]
            rows += (health.pulse.distribution ?? []).enumerated().map { ["\($0.offset + 1)", "\($0.element)"] }
        }
        return rows
    }
}
