import Testing
import Foundation
import Plot
@testable import MentorServer
import MentorCore

/// The charts (issue 14, item 8): the time axis in date order, a legend for every chart of more
/// than one kind of mark, a table with the same numbers, and labels that fit the chart, on a
/// wide screen and at the bigger text a phone gets (e2e/test_mirror_pages.py checks the browser).
@Suite struct ChartTests {
    static let day = 86_400.0
    static let start = Date(timeIntervalSince1970: 1_767_225_600) // 2026-01-01
    static let formats = Formats(language: .nl, timeZone: TimeZone(identifier: "Europe/Amsterdam")!)

    /// A label of a chart as drawn: where it is anchored, its size and text, and whether it is
    /// one of the x axis.
    struct Label {
        var x: Double
        var fontSize: Double
        var anchor: String
        var text: String
        var onXAxis: Bool
        /// Left out on a phone (`chart__wide`).
        var wideOnly: Bool
    }

    static func labels(_ svg: String) -> [Label] {
        let pattern = #"<text (class="chart__wide" )?x="([-0-9.]+)" y="[-0-9.]+" font-size="([0-9.]+)"(?: text-anchor="(\w+)")? fill="[^"]*">([^<]*)</text>"#
        let regex = try! NSRegularExpression(pattern: pattern)
        let axis = svg.range(of: #"<g class="chart__x">"#).map { start in svg.range(of: "</g>", range: start.upperBound..<svg.endIndex)!.upperBound }
        let axisRange = svg.range(of: #"<g class="chart__x">"#).flatMap { start in axis.map { start.lowerBound..<$0 } }
        return regex.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).map { match in
            func group(_ index: Int) -> String? { Range(match.range(at: index), in: svg).map { String(svg[$0]) } }
            let location = Range(match.range, in: svg)!.lowerBound
            let text = group(5)!.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
            return Label(x: Double(group(2)!)!, fontSize: Double(group(3)!)!, anchor: group(4) ?? "start", text: text,
                         onXAxis: axisRange?.contains(location) ?? false, wideOnly: group(1) != nil)
        }
    }

    /// The left and right end of a label at `fontSize`, by `ChartText`'s estimate.
    static func extent(_ label: Label, fontSize: Double) -> ClosedRange<Double> {
        let width = ChartText.width(label.text, fontSize: fontSize)
        switch label.anchor {
        case "end": return (label.x - width)...label.x
        case "middle": return (label.x - width / 2)...(label.x + width / 2)
        default: return label.x...(label.x + width)
        }
    }

    /// Which x labels a phone shows: the Stylesheet hides those marked `chart__wide`.
    static func shownOnAPhone(_ axis: [Label]) -> [Label] {
        axis.filter { !$0.wideOnly }
    }

    /// Every label inside the chart's width at both sizes, and no two x labels overlapping.
    static func expectLabelsFit(_ svg: String, phoneFontSize: Double = ChartText.phoneFontSize, sourceLocation: SourceLocation = #_sourceLocation) {
        let all = labels(svg)
        #expect(!all.isEmpty, sourceLocation: sourceLocation)
        let width = svg.contains("chart--balance") ? 640.0 : SVGChart.width
        for label in all {
            for size in [label.fontSize, phoneFontSize] {
                let span = extent(label, fontSize: size)
                #expect(span.lowerBound >= 0 && span.upperBound <= width,
                        "\(label.text) at \(size) units runs from \(span.lowerBound) to \(span.upperBound)", sourceLocation: sourceLocation)
            }
        }
        let axis = all.filter(\.onXAxis)
        for (shown, size) in [(axis, ChartText.fontSize), (shownOnAPhone(axis), phoneFontSize)] {
            for (a, b) in zip(shown, shown.dropFirst()) {
                #expect(extent(a, fontSize: size).upperBound + 2 <= extent(b, fontSize: size).lowerBound,
                        "\(a.text) and \(b.text) overlap at \(size) units", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func datesGivenOutOfOrderComeOutInOrder() {
        // setup: two series, each out of order, whose dates interleave: 1 Jan, 15 Jan, 1 Feb, 1 Mar.
        let dates = [0.0, 14, 31, 59].map { Self.start.addingTimeInterval($0 * Self.day) }
        let point = { (index: Int, value: Double) in SVGChart.Point(label: Self.formats.date(dates[index]), value: value, date: dates[index]) }
        let series: [(name: String, points: [SVGChart.Point])] = [("a", [point(3, 0.2), point(0, 0.4)]), ("b", [point(2, 0.6), point(1, 0.8)])]
        // act
        let svg = SVGChart.line(id: "t", title: "t", description: "d", series: series, range: 0...1, yLabel: { "\(Int($0 * 100))%" }, ticks: [0, 0.5, 1])
        // validate: the axis reads the days in date order, and each line runs left to right.
        #expect(SVGChart.slots(series).map(\.label) == dates.map(Self.formats.date))
        #expect(Self.labels(svg).filter(\.onXAxis).map(\.text) == dates.map(Self.formats.date))
        let polylines = svg.components(separatedBy: "<polyline points=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(polylines.count == 2)
        for line in polylines {
            let xs = line.split(separator: " ").map { Double($0.split(separator: ",")[0])! }
            #expect(xs == xs.sorted() && xs.count == 2)
        }
        // 1 Jan is the first slot, 1 Mar the last: the first series' points sit at both ends.
        let left = SVGChart.left(for: ["0%", "50%", "100%"])
        #expect(polylines[0].hasPrefix(SVGChart.f(left) + ",") && polylines[0].contains(SVGChart.f(SVGChart.width - SVGChart.right) + ","))
    }

    @Test func theCoreValuesChartRunsInDateOrderWithALegendAndATable() {
        // setup: the first value scored in March and January, the second in February: the order
        // of the values once put March before February on the axis.
        let viewer = Viewer.mock(language: .nl, roles: [.mentor])
        let dates = [0.0, 31, 59].map { Self.start.addingTimeInterval($0 * Self.day) }
        let ids = (0..<3).map { _ in UUID() }
        let values = [CoreValueRecord(id: UUID(), name: "Eigenaarschap <b>"), CoreValueRecord(id: UUID(), name: "Samenwerken")]
        let pair = PairRecord(pairID: UUID(), menteeName: "m",
                              conversations: (0..<3).map { ConversationRecord(id: ids[$0], date: dates[$0], status: .held, initiator: .mentee) },
                              scores: [ScoreRecord(valueID: values[0].id, conversationID: ids[2], date: dates[2], score: 4),
                                       ScoreRecord(valueID: values[0].id, conversationID: ids[0], date: dates[0], score: 2),
                                       ScoreRecord(valueID: values[1].id, conversationID: ids[1], date: dates[1], score: 5)])
        let settings = MirrorSettings(period: DateInterval(start: dates[0].addingTimeInterval(-Self.day), end: dates[2].addingTimeInterval(Self.day)),
                                      now: dates[2].addingTimeInterval(Self.day))
        let figure = Mirror.compute(pair, values: values, settings: settings).coreValues
        #expect(figure.values.map(\.name) == values.map(\.name))
        // act
        let html = MirrorPage.valuesChart(figure, viewer: viewer).render()
        // validate
        #expect(Self.labels(html).filter(\.onXAxis).map(\.text) == dates.map(viewer.formats.date))
        #expect(html.contains(#"<ul class="chart-legend">"#))
        #expect(html.contains("Eigenaarschap &lt;b&gt;</li>") && html.contains("Samenwerken</li>"))
        // The table: a row per conversation in date order, a column per value.
        let rows = html.components(separatedBy: "<tbody>")[1].components(separatedBy: "<tr>").dropFirst().map { row in
            row.components(separatedBy: "<td>").dropFirst().map { $0.components(separatedBy: "</td>")[0] }
        }
        #expect(rows == [[viewer.formats.date(dates[0]), "2", "–"], [viewer.formats.date(dates[1]), "–", "5"], [viewer.formats.date(dates[2]), "4", "–"]])
        #expect(html.contains(T.valuesTableTitle(.nl)))
        Self.expectLabelsFit(html)
    }

    @Test(arguments: MentorCore.Language.allCases) func everyChartOfTheMirrorHasItsLegendAndItsTable(language: MentorCore.Language) {
        // setup
        let model = MirrorPage.Model.mock
        let viewer = Viewer.mock(language: language, roles: [.mentor], route: .pairMirror(model.mirror.pairID))
        // act
        let page = MirrorPage.render(model, viewer: viewer).render()
        // validate: initiative (bar, mentee's and mentor's initiative), talk (measured, estimated,
        // target range): each drawing followed by its legend and its table.
        let figures = page.components(separatedBy: #"<div class="chart-figure">"#).dropFirst()
        #expect(figures.count == 3)
        for figure in figures {
            let svg = figure.range(of: "</svg>")!, legend = figure.range(of: #"<ul class="chart-legend">"#), table = figure.range(of: #"<details class="chart-table">"#)
            #expect(table.map { svg.upperBound <= $0.lowerBound } == true)
            if let legend { #expect(svg.upperBound <= legend.lowerBound) }
        }
        for text in [T.agendaInitiativeLabel(language), T.legendMenteeInitiated(language), T.legendMentorInitiated(language),
                     T.legendMeasured(language), T.legendEstimated(language)] {
            #expect(page.contains(PageRendering.escaped(text) + "</li>"), "\(text)")
        }
        // The mock's two latest conversations are measured and the two before estimated: both
        // kinds, in date order, the oldest first.
        let talk = model.mirror.talkShare.series.sorted { $0.date < $1.date }
        #expect(talk.map(\.source) == [.estimated, .estimated, .measured, .measured])
        let talkTable = page.components(separatedBy: T.talkChartTitle(language) + "</summary>")[1].components(separatedBy: "</table>")[0]
        #expect(talkTable.components(separatedBy: "<tr>").count == 1 + 1 + talk.count)
        #expect(talkTable.range(of: viewer.formats.date(talk[0].date))!.lowerBound < talkTable.range(of: viewer.formats.date(talk[3].date))!.lowerBound)
        // The balance scale has the table of its parts.
        #expect(page.contains(T.balanceTableTitle(language)) && page.contains(PageRendering.escaped(T.balancePartName(.talk)(language))))
        // A legend of one key says nothing the title does not: none is drawn.
        #expect(ChartFigure.legend([.init(mark: .line(0), label: "a")]).render().isEmpty)
    }

    @Test func labelsFitTheChartOnAWideScreenAndOnAPhone() {
        // setup: many conversations with long dates, percentages on the y axis, long words.
        let viewer = Viewer.mock(language: .nl, roles: [.mentor])
        let dates = (0..<40).map { Self.start.addingTimeInterval(Double($0) * 9 * Self.day) }
        for count in [1, 2, 3, 7, 12, 19, 40] {
            let points = dates.prefix(count).enumerated().map { index, date in
                SVGChart.Point(label: viewer.formats.date(date), value: Double(index % 5) / 4, filled: index.isMultiple(of: 2), date: date)
            }
            let line = SVGChart.line(id: "l", title: "t", description: "d", series: [("", points)], range: 0...1, band: 0.25...0.45,
                                     yLabel: { viewer.formats.percent($0) }, ticks: [0, 0.25, 0.5, 0.75, 1])
            let bars = SVGChart.bars(id: "b", title: "t", description: "d",
                                     bars: points.map { ($0.label, $0.value, $0.filled) }, yLabel: { viewer.formats.percent($0) })
            // act / validate
            Self.expectLabelsFit(line)
            Self.expectLabelsFit(bars)
            let axis = Self.labels(line).filter(\.onXAxis)
            #expect(axis.last?.text == points.last?.label && axis.first?.text == points.first?.label, "the first and last day are named")
            #expect(Self.shownOnAPhone(axis).last?.text == points.last?.label && Self.shownOnAPhone(axis).first?.text == points.first?.label)
        }
        let histogram = SVGChart.histogram(id: "h", title: "t", description: "d", counts: [0, 1, 12, 140, 3, 0, 0, 2, 0, 1],
                                           labels: (0..<10).map { "\($0 * 10)–\($0 * 10 + 10)%" }, band: 2...4)
        Self.expectLabelsFit(histogram)
        for language in MentorCore.Language.allCases {
            let balance = SVGChart.balance(id: "s", title: "t", description: "d", position: 0.9,
                                           leftLabel: T.balanceTooLittle(language), rightLabel: T.balanceTooMuch(language))
            Self.expectLabelsFit(balance, phoneFontSize: ChartText.balancePhoneFontSize)
        }
        // The Stylesheet gives chart text the sizes the estimate used.
        #expect(Stylesheet.css.contains("svg.chart text { font-size: \(Int(ChartText.phoneFontSize))px; }"))
        #expect(Stylesheet.css.contains("svg.chart--balance text { font-size: \(Int(ChartText.balancePhoneFontSize))px; }"))
    }

    @Test func aLabelTooWideForItsSlotIsLeftOutRatherThanOverlapped() {
        // 40 slots of 14.5 units for labels of 70: every sixth is drawn (6 x 14.5 = 87 >= 70 + 8),
        // and the last; the neighbours of the ends have 1.5 x 70 + 8 = 113 units of room at least.
        let indices = SVGChart.axisIndices(count: 40, spacing: 14.5, labelWidth: 70)
        #expect(indices.first == 0 && indices.last == 39 && indices[2] - indices[1] == 6)
        #expect(zip(indices, indices.dropFirst()).allSatisfy { Double($1 - $0) * 14.5 >= 70 + SVGChart.labelGap })
        #expect(Double(indices[1]) * 14.5 >= 113 && Double(39 - indices[indices.count - 2]) * 14.5 >= 113)
        #expect(SVGChart.axisIndices(count: 5, spacing: 145, labelWidth: 20) == [0, 1, 2, 3, 4])
        // A phone's labels are some of the wide screen's: every second or third of them.
        let wide = SVGChart.axisIndices(count: 12, spacing: 580 / 11, labelWidth: 66)
        let phone = SVGChart.axisIndices(count: 12, spacing: 580 / 11, labelWidth: 120, multipleOf: wide[1] - wide[0])
        #expect(Set(phone).isSubset(of: Set(wide)) && phone.count < wide.count && phone.first == 0 && phone.last == 11)
        #expect(SVGChart.axisIndices(count: 1, spacing: 580, labelWidth: 70) == [0])
        #expect(SVGChart.axisIndices(count: 0, spacing: 580, labelWidth: 70).isEmpty)
    }
}
