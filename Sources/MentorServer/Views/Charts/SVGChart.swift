import Foundation

/// Small server-drawn SVG charts. Each has a title and a description for screen readers
/// (and the page adds a table with the same numbers). Colours come from presentation
/// attributes, not inline styles, so the strict Content-Security-Policy holds.
enum SVGChart {
    static let width = 640.0
    static let height = 220.0
    static let left = 44.0, right = 16.0, top = 16.0, bottom = 36.0
    static let accent = "#1f5f7a", muted = "#8c96a1", band = "#e6f0f4", grid = "#d9dde2", warn = "#8a4b00"
    static let palette = ["#1f5f7a", "#8a4b00", "#2e6b3a", "#6b3a8a", "#a3201b", "#4a5766"]

    struct Point {
        var label: String
        var value: Double
        var filled: Bool = true
    }

    /// A line chart of values in `range`, one point per label, with an optional shaded band.
    static func line(id: String, title: String, description: String, series: [(name: String, points: [Point])],
                     range: ClosedRange<Double>, band: ClosedRange<Double>? = nil, yLabel: (Double) -> String, ticks: [Double]) -> String {
        let labels = series.flatMap { $0.points.map(\.label) }.uniqued()
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        func x(_ label: String) -> Double {
            guard labels.count > 1, let index = labels.firstIndex(of: label) else { return left + plotWidth / 2 }
            return left + plotWidth * Double(index) / Double(labels.count - 1)
        }
        func y(_ value: Double) -> Double {
            top + plotHeight * (1 - (min(range.upperBound, max(range.lowerBound, value)) - range.lowerBound) / (range.upperBound - range.lowerBound))
        }
        var svg = header(id: id, title: title, description: description)
        if let band {
            svg += rect(x: left, y: y(band.upperBound), width: plotWidth, height: y(band.lowerBound) - y(band.upperBound), fill: SVGChart.band)
        }
        for tick in ticks {
            svg += "<line x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(y(tick)))\" y2=\"\(f(y(tick)))\" stroke=\"\(grid)\" stroke-width=\"1\"/>"
            svg += "<text x=\"\(f(left - 6))\" y=\"\(f(y(tick) + 4))\" font-size=\"11\" text-anchor=\"end\" fill=\"#4a5766\">\(xml(yLabel(tick)))</text>"
        }
        let step = max(1, labels.count / 8)
        svg += xLabelsStart
        for (index, label) in labels.enumerated() where index % step == 0 || index == labels.count - 1 {
            // The labels at the ends of the axis stay inside the chart.
            let anchor = labels.count < 2 ? "middle" : index == 0 ? "start" : index == labels.count - 1 ? "end" : "middle"
            svg += "<text x=\"\(f(x(label)))\" y=\"\(f(height - 12))\" font-size=\"11\" text-anchor=\"\(anchor)\" fill=\"#4a5766\">\(xml(label))</text>"
        }
        svg += "</g>"
        for (index, line) in series.enumerated() {
            let colour = palette[index % palette.count]
            let path = line.points.map { "\(f(x($0.label))),\(f(y($0.value)))" }.joined(separator: " ")
            if line.points.count > 1 {
                svg += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"/>"
            }
            for point in line.points {
                svg += "<circle cx=\"\(f(x(point.label)))\" cy=\"\(f(y(point.value)))\" r=\"4\" fill=\"\(point.filled ? colour : "#ffffff")\" stroke=\"\(colour)\" stroke-width=\"2\"/>"
            }
        }
        return svg + "</svg>"
    }

    /// Bars of values 0-1 with a marker above each bar telling which side it belongs to.
    static func bars(id: String, title: String, description: String, bars: [(label: String, value: Double?, marker: Bool)],
                     yLabel: (Double) -> String) -> String {
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        var svg = header(id: id, title: title, description: description)
        for tick in [0.0, 0.5, 1.0] {
            let y = top + plotHeight * (1 - tick)
            svg += "<line x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(y))\" y2=\"\(f(y))\" stroke=\"\(grid)\" stroke-width=\"1\"/>"
            svg += "<text x=\"\(f(left - 6))\" y=\"\(f(y + 4))\" font-size=\"11\" text-anchor=\"end\" fill=\"#4a5766\">\(xml(yLabel(tick)))</text>"
        }
        guard !bars.isEmpty else { return svg + "</svg>" }
        let slot = plotWidth / Double(bars.count)
        let barWidth = min(28, slot * 0.6)
        let step = max(1, bars.count / 8)
        var axis = ""
        for (index, bar) in bars.enumerated() {
            let centre = left + slot * (Double(index) + 0.5)
            if let value = bar.value {
                let h = plotHeight * value
                svg += rect(x: centre - barWidth / 2, y: top + plotHeight - h, width: barWidth, height: h, fill: accent)
            }
            svg += "<circle cx=\"\(f(centre))\" cy=\"\(f(top + 6))\" r=\"5\" fill=\"\(bar.marker ? accent : "#ffffff")\" stroke=\"\(bar.marker ? accent : muted)\" stroke-width=\"2\"/>"
            if index % step == 0 || index == bars.count - 1 {
                axis += "<text x=\"\(f(centre))\" y=\"\(f(height - 12))\" font-size=\"11\" text-anchor=\"middle\" fill=\"#4a5766\">\(xml(bar.label))</text>"
            }
        }
        return svg + xLabelsStart + axis + "</g></svg>"
    }

    /// Counts per bin as bars, the y axis in whole numbers; bins inside `band` are shaded.
    static func histogram(id: String, title: String, description: String, counts: [Int], labels: [String], band: ClosedRange<Int>? = nil) -> String {
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        var svg = header(id: id, title: title, description: description)
        let highest = max(1, counts.max() ?? 0)
        let slot = plotWidth / Double(max(1, counts.count))
        if let band {
            svg += rect(x: left + slot * Double(band.lowerBound), y: top, width: slot * Double(band.count), height: plotHeight, fill: self.band)
        }
        for tick in Set([0, highest / 2, highest]).sorted() {
            let y = top + plotHeight * (1 - Double(tick) / Double(highest))
            svg += "<line x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(y))\" y2=\"\(f(y))\" stroke=\"\(grid)\" stroke-width=\"1\"/>"
            svg += "<text x=\"\(f(left - 6))\" y=\"\(f(y + 4))\" font-size=\"11\" text-anchor=\"end\" fill=\"#4a5766\">\(tick)</text>"
        }
        var axis = ""
        for (index, count) in counts.enumerated() {
            let h = plotHeight * Double(count) / Double(highest)
            svg += rect(x: left + slot * Double(index) + slot * 0.15, y: top + plotHeight - h, width: slot * 0.7, height: h, fill: accent)
            if index < labels.count {
                axis += "<text x=\"\(f(left + slot * (Double(index) + 0.5)))\" y=\"\(f(height - 12))\" font-size=\"11\" text-anchor=\"middle\" fill=\"#4a5766\">\(xml(labels[index]))</text>"
            }
        }
        return svg + xLabelsStart + axis + "</g></svg>"
    }

    /// A horizontal scale from -1 to +1 with a marker at `position`.
    static func balance(id: String, title: String, description: String, position: Double, leftLabel: String, rightLabel: String) -> String {
        let w = 640.0, h = 70.0, margin = 20.0
        let x = margin + (w - 2 * margin) * (position + 1) / 2
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(w)) \(f(h))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" class=\"chart chart--balance\">"
        svg += "<title id=\"\(id)-title\">\(xml(title))</title><desc id=\"\(id)-desc\">\(xml(description))</desc>"
        let third = (w - 2 * margin) / 3
        svg += rect(x: margin, y: 18, width: third, height: 14, fill: "#fff4e5")
        svg += rect(x: margin + third, y: 18, width: third, height: 14, fill: band)
        svg += rect(x: margin + 2 * third, y: 18, width: third, height: 14, fill: "#fff4e5")
        svg += "<path d=\"M \(f(x - 8)) 6 L \(f(x + 8)) 6 L \(f(x)) 18 Z\" fill=\"\(accent)\"/>"
        svg += "<line x1=\"\(f(x))\" x2=\"\(f(x))\" y1=\"18\" y2=\"32\" stroke=\"\(accent)\" stroke-width=\"3\"/>"
        svg += "<text x=\"\(f(margin))\" y=\"52\" font-size=\"12\" fill=\"#4a5766\">\(xml(leftLabel))</text>"
        svg += "<text x=\"\(f(w - margin))\" y=\"52\" font-size=\"12\" text-anchor=\"end\" fill=\"#4a5766\">\(xml(rightLabel))</text>"
        return svg + "</svg>"
    }

    /// The x axis labels are a group of their own, so a narrow screen can show every other one
    /// (Stylesheet: `.chart__x`) with text big enough to read.
    private static let xLabelsStart = "<g class=\"chart__x\">"

    private static func header(id: String, title: String, description: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" class=\"chart\">"
            + "<title id=\"\(id)-title\">\(xml(title))</title><desc id=\"\(id)-desc\">\(xml(description))</desc>"
    }

    private static func rect(x: Double, y: Double, width: Double, height: Double, fill: String) -> String {
        "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(max(0, width)))\" height=\"\(f(max(0, height)))\" fill=\"\(fill)\"/>"
    }

    static func f(_ value: Double) -> String { String(format: "%.1f", value) }

    static func xml(_ text: String) -> String { HTMLEscaping.escape(text) }
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
