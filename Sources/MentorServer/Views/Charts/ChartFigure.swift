import Plot
import Foundation

/// What a page shows for one chart: the drawing, a legend for every kind of mark it uses (when
/// there is more than one), and behind a toggle the table with the same numbers.
enum ChartFigure {
    /// A kind of mark in a chart, drawn in the legend as it is drawn in the chart.
    enum Mark: Equatable, Sendable {
        /// A line in the palette's colour `index`.
        case line(Int)
        /// A filled point, or an open one (`filled: false`), in the palette's colour `index`.
        case point(Int, filled: Bool)
        /// A bar in the palette's colour `index`.
        case bar(Int)
        /// The shaded band (the target range).
        case band
    }

    struct Key: Equatable, Sendable {
        var mark: Mark
        var label: String
    }

    struct Table: Equatable, Sendable {
        var caption: String
        var headers: [String]
        var rows: [[String]]
    }

    /// The chart `svg` (from `SVGChart`), its legend and its table, in one block.
    static func render(_ svg: String, legend: [Key], table: Table) -> Node<HTML.BodyContext> {
        .div(.class("chart-figure"),
             .raw(svg),
             self.legend(legend),
             self.table(table))
    }

    /// The legend under a chart: each kind of mark with what it means. Nothing for a chart of
    /// one kind of mark, whose title says what it shows.
    static func legend(_ keys: [Key]) -> Node<HTML.BodyContext> {
        guard keys.count > 1 else { return .empty }
        return .ul(.class("chart-legend"), .forEach(keys) { key in
            .li(.raw(swatch(key.mark)), .text(key.label))
        })
    }

    /// The table behind a chart, folded under its caption.
    static func table(_ table: Table) -> Node<HTML.BodyContext> {
        .details(.class("chart-table"),
                 .summary(.text(table.caption)),
                 .div(.class("table-wrap"), .scrollRegion(table.caption), .table(
                    .thead(.tr(.forEach(table.headers) { .th(.text($0)) })),
                    .tbody(.forEach(table.rows) { row in .tr(.forEach(row) { .td(.text($0)) }) }))))
    }

    /// A small drawing of a mark in the colours of `SVGChart` (presentation attributes, so the
    /// Content-Security-Policy holds); hidden from screen readers, which read the label.
    static func swatch(_ mark: Mark) -> String {
        let open = "<svg class=\"chart-key\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 14\" width=\"24\" height=\"14\" aria-hidden=\"true\">"
        let colour = { (index: Int) in SVGChart.palette[index % SVGChart.palette.count] }
        let drawing: String
        switch mark {
        case .line(let index):
            drawing = "<line x1=\"1\" x2=\"23\" y1=\"7\" y2=\"7\" stroke=\"\(colour(index))\" stroke-width=\"3\"/>"
                + "<circle cx=\"12\" cy=\"7\" r=\"4\" fill=\"\(colour(index))\"/>"
        case .point(let index, let filled):
            drawing = "<circle cx=\"12\" cy=\"7\" r=\"5\" fill=\"\(filled ? colour(index) : "#ffffff")\" stroke=\"\(colour(index))\" stroke-width=\"2\"/>"
        case .bar(let index):
            drawing = "<rect x=\"6\" y=\"1\" width=\"12\" height=\"12\" fill=\"\(colour(index))\"/>"
        case .band:
            drawing = "<rect x=\"1\" y=\"2\" width=\"22\" height=\"10\" fill=\"\(SVGChart.band)\" stroke=\"\(SVGChart.grid)\" stroke-width=\"1\"/>"
        }
        return open + drawing + "</svg>"
    }
}
