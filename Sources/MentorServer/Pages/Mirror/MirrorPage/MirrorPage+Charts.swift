import Plot
import Foundation
import MentorCore

/// The charts of one pair's mirror, each with its legend and, behind a toggle, its table with
/// the same numbers (issue 14, item 8).
extension MirrorPage {
    /// Who initiated each conversation (the marker) and the mentee's share of its agenda (the bar).
    static func initiativeChart(_ initiative: ConversationInitiative, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let formats = viewer.formats
        guard !initiative.series.isEmpty else { return .empty }
        let series = initiative.series.sorted { $0.date < $1.date }
        let svg = SVGChart.bars(id: "initiative", title: T.initiativeChartTitle(language), description: T.initiativeChartDesc(language),
                                bars: series.map { (formats.date($0.date), $0.menteeAgendaShare, $0.initiator == .mentee) },
                                yLabel: { formats.percent($0) })
        return ChartFigure.render(svg, legend: [
            .init(mark: .bar(0), label: T.agendaInitiativeLabel(language)),
            .init(mark: .point(0, filled: true), label: T.legendMenteeInitiated(language)),
            .init(mark: .point(0, filled: false), label: T.legendMentorInitiated(language)),
        ], table: .init(caption: T.initiativeChartTitle(language),
                        headers: [T.date(language), T.initiative(language), T.agendaInitiativeLabel(language)],
                        rows: series.map { [formats.date($0.date), T.side($0.initiator)(language), $0.menteeAgendaShare.map(formats.percent) ?? "–"] }))
    }

    /// The mentor's share of talk per conversation against the target range; measured points
    /// filled, estimates open.
    static func talkChart(_ talk: TalkShareFigure, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let formats = viewer.formats
        guard !talk.series.isEmpty else { return .empty }
        let series = talk.series.sorted { $0.date < $1.date }
        let svg = SVGChart.line(id: "talk", title: T.talkChartTitle(language), description: T.talkChartDesc(language),
                                series: [("", series.map { .init(label: formats.date($0.date), value: $0.share, filled: $0.source == .measured, date: $0.date) })],
                                range: 0...1, band: talk.bandLow...talk.bandHigh, yLabel: { formats.percent($0) }, ticks: [0, 0.25, 0.5, 0.75, 1])
        var legend: [ChartFigure.Key] = []
        if talk.series.contains(where: { $0.source == .measured }) { legend.append(.init(mark: .point(0, filled: true), label: T.legendMeasured(language))) }
        if talk.series.contains(where: { $0.source == .estimated }) { legend.append(.init(mark: .point(0, filled: false), label: T.legendEstimated(language))) }
        legend.append(.init(mark: .band, label: T.legendTargetRange(formats.percent(talk.bandLow), formats.percent(talk.bandHigh))(language)))
        return ChartFigure.render(svg, legend: legend, table: .init(
            caption: T.talkChartTitle(language), headers: [T.date(language), T.talkShareLabel(language), T.talkSourceColumn(language)],
            rows: series.map { [formats.date($0.date), formats.percent($0.share), $0.source == .measured ? T.measured(language) : T.estimated(language)] }))
    }

    /// One line per core value over the days it was scored, a key per value, and a table of
    /// the scores per conversation.
    static func valuesChart(_ values: CoreValuesFigure, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let formats = viewer.formats
        guard !values.values.isEmpty else { return .empty }
        let svg = SVGChart.line(id: "values", title: T.valuesChartTitle(language), description: T.valuesChartDesc(language),
                                series: values.values.map { value in
                                    (value.name, value.series.map { .init(label: formats.date($0.date), value: Double($0.score), date: $0.date) })
                                },
                                range: 1...5, yLabel: { String(Int($0)) }, ticks: [1, 2, 3, 4, 5])
        // One row per conversation in date order, a column per value.
        var conversations: [(id: UUID, date: Date)] = []
        for point in values.values.flatMap(\.series) where !conversations.contains(where: { $0.id == point.conversationID }) {
            conversations.append((point.conversationID, point.date))
        }
        conversations.sort { $0.date < $1.date }
        let rows = conversations.map { conversation in
            [formats.date(conversation.date)] + values.values.map { value in
                value.series.first { $0.conversationID == conversation.id }.map { "\($0.score)" } ?? "–"
            }
        }
        // A single value is named in the table's header; a legend is for telling lines apart.
        return ChartFigure.render(svg, legend: values.values.enumerated().map { .init(mark: .line($0.offset), label: $0.element.name) },
                                  table: .init(caption: T.valuesTableTitle(language), headers: [T.date(language)] + values.values.map(\.name), rows: rows))
    }
}
