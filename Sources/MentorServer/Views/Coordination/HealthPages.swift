import Plot
import Foundation
import MentorCore

/// The coordinator's health page of one programme. Every table can be downloaded as CSV;
/// `rows(_:health:viewer:)` gives the same rows the page shows.
enum HealthPage {
    static func render(programme: Programme, health: ProgrammeHealth, talkBand: ClosedRange<Double>, viewer: Viewer) -> HTML {
        let language = viewer.language
        let formats = viewer.formats
        let id = programme.id!
        func table(_ table: HealthController.Table) -> Node<HTML.BodyContext> {
            let rows = Self.rows(table, health: health, viewer: viewer)
            return .group(
                .div(.class("table-wrap"), .table(
                    .thead(.tr(.forEach(rows.first ?? []) { .th(.text($0)) })),
                    .tbody(.forEach(rows.dropFirst()) { row in .tr(.forEach(row) { .td(.text($0)) }) }))),
                .p(.class("muted"), .a(.href("/programmes/\(id)/health/export?table=\(table.rawValue)"), .text(T.downloadCSV(language)))))
        }
        let quietDays = Int((1.5 * Double(programme.cadenceDays)).rounded(.down))
        let bandLow = Int((talkBand.lowerBound * 10).rounded(.down)), bandHigh = max(0, Int((talkBand.upperBound * 10).rounded(.up)) - 1)
        return Layout.page(viewer, title: T.healthFor(programme.name)(language), content: [
            .h1(.text(T.healthFor(programme.name)(language))),
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
                                             counts: health.talkShareHistogram, labels: (0..<10).map { "\($0 * 10)–\($0 * 10 + 10)%" }, band: bandLow...max(bandLow, bandHigh))),
                     table(.talk)),
            .section(.h2(.text(T.fitCheckAnswers(language))), table(.fit)),
            .section(.h2(.text(T.pulse(language))), .p(.text(T.pulseLead(programme.pulseIntervalDays)(language))),
                     health.pulse.average == nil
                        ? .p(.class("empty-state"), .text(T.pulseTooFew(health.pulse.answers, health.pulse.respondents)(language)))
                        : .group(
                            .p(.text(T.pulseSummary(health.pulse.answers, health.pulse.respondents, formats.number(health.pulse.average!))(language))),
                            table(.pulse),
                            (health.pulse.improvements ?? []).isEmpty ? .empty : .group(
                                .h3(.text(T.pulseImprovements(language))),
                                .ul(.forEach(health.pulse.improvements ?? []) { .li(.text($0)) })))),
            .p(.a(.href("/programmes/compare"), .text(T.compareProgrammes(language) + " →"))),
        ])
    }

    /// A table of the page as rows of text, the header first.
    static func rows(_ table: HealthController.Table, health: ProgrammeHealth, viewer: Viewer) -> [[String]] {
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

/// The organisation's programmes side by side.
enum ComparePage {
    static func render(_ rows: [(Programme, ProgrammeHealth)], viewer: Viewer) -> HTML {
        let language = viewer.language
        let table = Self.rows(rows, viewer: viewer)
        return Layout.page(viewer, title: T.compareProgrammes(language), content: [
            .h1(.text(T.compareProgrammes(language))),
            .p(.class("lead"), .text(T.compareLead(language))),
            rows.isEmpty ? .p(.class("empty-state"), .text(T.noProgrammesYet(language))) : .group(
                .div(.class("table-wrap"), .table(
                    .thead(.tr(.forEach(table.first ?? []) { .th(.text($0)) })),
                    .tbody(.forEach(Array(zip(rows, table.dropFirst()))) { pair in
                        .tr(.td(.a(.href("/programmes/\(pair.0.0.id!)/health"), .text(pair.1[0]))), .forEach(pair.1.dropFirst()) { .td(.text($0)) })
                    }))),
                .p(.class("muted"), .a(.href("/programmes/compare/export"), .text(T.downloadCSV(language))))),
        ])
    }

    static func rows(_ rows: [(Programme, ProgrammeHealth)], viewer: Viewer) -> [[String]] {
        let language = viewer.language
        let formats = viewer.formats
        return [[T.programmeColumn(language), T.statusName(.active)(language), T.statusName(.paused)(language), T.statusName(.ended)(language),
                 T.quietPairs(language), T.waitingRequests(language), T.heldOfExpected(language), T.agreementsNotDiscussed(language),
                 T.averageMenteeInitiative(language), T.pulseAverageColumn(language)]]
            + rows.map { programme, health in
                [programme.name, "\(health.statusCounts[.active] ?? 0)", "\(health.statusCounts[.paused] ?? 0)", "\(health.statusCounts[.ended] ?? 0)",
                 "\(health.quiet.count)", "\(health.waiting.count)",
                 "\(health.pairs.map(\.held).reduce(0, +)) / \(health.pairs.map(\.expected).reduce(0, +))",
                 "\(health.agreementsNotDiscussed)", health.averageMenteeInitiative.map(formats.percent) ?? "–",
                 health.pulse.average.map { formats.number($0) } ?? "–"]
            }
    }
}
