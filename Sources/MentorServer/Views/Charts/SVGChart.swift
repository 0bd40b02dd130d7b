import Foundation

/// Small server-drawn SVG charts. Each has a title and a description for screen readers
/// (and the page adds a table with the same numbers). Colours come from presentation
/// attributes, not inline styles, so the strict Content-Security-Policy holds.
enum SVGChart {
    static let width = 640.0
    static let height = 220.0
    static let right = 16.0, top = 16.0, bottom = 36.0
    /// The left margin at least; wider when the y labels need it (`left(for:)`).
    static let minimumLeft = 44.0
    static let accent = "#1f5f7a", muted = "#8c96a1", band = "#e6f0f4", grid = "#d9dde2", warn = "#8a4b00"
    static let palette = ["#1f5f7a", "#8a4b00", "#2e6b3a", "#6b3a8a", "#a3201b", "#4a5766"]
    /// The room kept between two x labels, in units.
    static let labelGap = 8.0

    struct Point {
        var label: String
        var value: Double
        var filled: Bool = true
        /// Where the point lies on the time axis. The axis runs in date order; points without a
        /// date keep the order they come in.
        var date: Date? = nil
    }

    /// One slot of a line chart's x axis: a day (or a label, for points without a date).
    struct Slot: Equatable {
        enum Key: Hashable { case date(Date), label(String) }
        var key: Key
        var label: String
    }

    /// The slots of the x axis for all series together: each date once, in date order, whatever
    /// order the series (or the points in a series) come in.
    static func slots(_ series: [(name: String, points: [Point])]) -> [Slot] {
        var seen = Set<Slot.Key>()
        var slots: [Slot] = []
        for point in series.flatMap(\.points) {
            let key = point.date.map(Slot.Key.date) ?? .label(point.label)
            if seen.insert(key).inserted { slots.append(Slot(key: key, label: point.label)) }
        }
        let dates = slots.compactMap { slot -> Date? in if case .date(let date) = slot.key { date } else { nil } }
        guard dates.count == slots.count else { return slots }
        return zip(slots, dates).sorted { $0.1 < $1.1 }.map(\.0)
    }

    /// The left margin that holds the widest y label at the phone's text size.
    static func left(for labels: [String]) -> Double {
        max(minimumLeft, (labels.map { ChartText.width($0, fontSize: ChartText.phoneFontSize) }.max() ?? 0) + 10)
    }

    /// Which of `count` x labels to draw, `spacing` units apart, so that labels up to `labelWidth`
    /// wide never overlap: every `step`-th (a multiple of `multipleOf`) and always the last. The
    /// first and the last label are anchored at the ends, so their neighbours need one and a half
    /// labels of room; a neighbour too close is left out.
    static func axisIndices(count: Int, spacing: Double, labelWidth: Double, multipleOf base: Int = 1) -> [Int] {
        guard count > 1 else { return count == 1 ? [0] : [] }
        let spacing = max(spacing, 0.001)
        var step = max(1, base)
        while Double(step) * spacing < labelWidth + labelGap { step += max(1, base) }
        let endRoom = 1.5 * labelWidth + labelGap
        var indices = Array(stride(from: 0, to: count, by: step))
        if indices.last != count - 1 { indices.append(count - 1) }
        // Leave out what crowds the last label, then what crowds the first.
        while indices.count > 2, Double(indices[indices.count - 1] - indices[indices.count - 2]) * spacing < endRoom {
            indices.remove(at: indices.count - 2)
        }
        while indices.count > 2, Double(indices[1] - indices[0]) * spacing < endRoom { indices.remove(at: 1) }
        if indices.count == 2, Double(count - 1) * spacing < 2 * labelWidth + labelGap { return [0] }
        return indices
    }

    /// A line chart of values in `range`, one point per day (or label), with an optional shaded band.
    static func line(id: String, title: String, description: String, series: [(name: String, points: [Point])],
                     range: ClosedRange<Double>, band: ClosedRange<Double>? = nil, yLabel: (Double) -> String, ticks: [Double]) -> String {
        let slots = slots(series)
        let left = left(for: ticks.map(yLabel))
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        func x(_ point: Point) -> Double {
            let key = point.date.map(Slot.Key.date) ?? .label(point.label)
            guard slots.count > 1, let index = slots.firstIndex(where: { $0.key == key }) else { return left + plotWidth / 2 }
            return left + plotWidth * Double(index) / Double(slots.count - 1)
        }
        func y(_ value: Double) -> Double {
            top + plotHeight * (1 - (min(range.upperBound, max(range.lowerBound, value)) - range.lowerBound) / (range.upperBound - range.lowerBound))
        }
        var svg = header(id: id, title: title, description: description)
        if let band {
            svg += rect(x: left, y: y(band.upperBound), width: plotWidth, height: y(band.lowerBound) - y(band.upperBound), fill: SVGChart.band)
        }
        for tick in ticks {
            svg += gridLine(y: y(tick), left: left) + yText(yLabel(tick), x: left - 6, y: y(tick) + 4)
        }
        let positions = slots.indices.map { slots.count > 1 ? left + plotWidth * Double($0) / Double(slots.count - 1) : left + plotWidth / 2 }
        svg += xAxis(labels: slots.map(\.label), positions: positions, spacing: slots.count > 1 ? plotWidth / Double(slots.count - 1) : plotWidth)
        for (index, line) in series.enumerated() {
            let colour = palette[index % palette.count]
            // Each line is drawn in date order too, so it never runs back on itself.
            let points = line.points.sorted { (a, b) in x(a) < x(b) }
            let path = points.map { "\(f(x($0))),\(f(y($0.value)))" }.joined(separator: " ")
            if points.count > 1 {
                svg += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"/>"
            }
            for point in points {
                svg += "<circle cx=\"\(f(x(point)))\" cy=\"\(f(y(point.value)))\" r=\"4\" fill=\"\(point.filled ? colour : "#ffffff")\" stroke=\"\(colour)\" stroke-width=\"2\"/>"
            }
        }
        return svg + "</svg>"
    }

    /// Bars of values 0-1 with a marker above each bar telling which side it belongs to.
    static func bars(id: String, title: String, description: String, bars: [(label: String, value: Double?, marker: Bool)],
                     yLabel: (Double) -> String) -> String {
        let ticks = [0.0, 0.5, 1.0]
        let left = left(for: ticks.map(yLabel))
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        var svg = header(id: id, title: title, description: description)
        for tick in ticks {
            let y = top + plotHeight * (1 - tick)
            svg += gridLine(y: y, left: left) + yText(yLabel(tick), x: left - 6, y: y + 4)
        }
        guard !bars.isEmpty else { return svg + "</svg>" }
        let slot = plotWidth / Double(bars.count)
        let barWidth = min(28, slot * 0.6)
        var centres: [Double] = []
        for (index, bar) in bars.enumerated() {
            let centre = left + slot * (Double(index) + 0.5)
            centres.append(centre)
            if let value = bar.value {
                let h = plotHeight * value
                svg += rect(x: centre - barWidth / 2, y: top + plotHeight - h, width: barWidth, height: h, fill: accent)
            }
            svg += "<circle cx=\"\(f(centre))\" cy=\"\(f(top + 6))\" r=\"5\" fill=\"\(bar.marker ? accent : "#ffffff")\" stroke=\"\(bar.marker ? accent : muted)\" stroke-width=\"2\"/>"
        }
        return svg + xAxis(labels: bars.map(\.label), positions: centres, spacing: slot, endInset: barWidth / 2) + "</svg>"
    }

    /// Counts per bin as bars, the y axis in whole numbers; bins inside `band` are shaded.
    static func histogram(id: String, title: String, description: String, counts: [Int], labels: [String], band: ClosedRange<Int>? = nil) -> String {
        let highest = max(1, counts.max() ?? 0)
        let ticks = Set([0, highest / 2, highest]).sorted()
        let left = left(for: ticks.map(String.init))
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        var svg = header(id: id, title: title, description: description)
        let slot = plotWidth / Double(max(1, counts.count))
        if let band {
            svg += rect(x: left + slot * Double(band.lowerBound), y: top, width: slot * Double(band.count), height: plotHeight, fill: self.band)
        }
        for tick in ticks {
            let y = top + plotHeight * (1 - Double(tick) / Double(highest))
            svg += gridLine(y: y, left: left) + yText("\(tick)", x: left - 6, y: y + 4)
        }
        for (index, count) in counts.enumerated() {
            let h = plotHeight * Double(count) / Double(highest)
            svg += rect(x: left + slot * Double(index) + slot * 0.15, y: top + plotHeight - h, width: slot * 0.7, height: h, fill: accent)
        }
        let shown = Array(labels.prefix(counts.count))
        let centres = shown.indices.map { left + slot * (Double($0) + 0.5) }
        return svg + xAxis(labels: shown, positions: centres, spacing: slot, endInset: slot * 0.35) + "</svg>"
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

    /// The x axis labels are a group of their own. A phone shows the labels at
    /// `ChartText.phoneFontSize`, so it shows fewer: those it leaves out are marked `chart__wide`
    /// (Stylesheet). The first label starts at the first mark and the last ends at the last mark
    /// (`endInset` beyond the positions), so neither runs off the chart.
    static func xAxis(labels: [String], positions: [Double], spacing: Double, endInset: Double = 0) -> String {
        let widest = { (size: Double) in labels.map { ChartText.width($0, fontSize: size) }.max() ?? 0 }
        let wide = axisIndices(count: labels.count, spacing: spacing, labelWidth: widest(ChartText.fontSize))
        let step = wide.count > 1 ? wide[1] - wide[0] : 1
        let phone = Set(axisIndices(count: labels.count, spacing: spacing, labelWidth: widest(ChartText.phoneFontSize), multipleOf: step))
        var axis = xLabelsStart
        let last = labels.count - 1
        for index in wide {
            let anchor = last < 1 ? "middle" : index == 0 ? "start" : index == last ? "end" : "middle"
            let x = last < 1 ? positions[index] : index == 0 ? positions[index] - endInset : index == last ? positions[index] + endInset : positions[index]
            let phoneClass = phone.contains(index) ? "" : "class=\"chart__wide\" "
            axis += "<text \(phoneClass)x=\"\(f(x))\" y=\"\(f(height - 12))\" font-size=\"11\" text-anchor=\"\(anchor)\" fill=\"#4a5766\">\(xml(labels[index]))</text>"
        }
        return axis + "</g>"
    }

    private static let xLabelsStart = "<g class=\"chart__x\">"

    private static func gridLine(y: Double, left: Double) -> String {
        "<line x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(y))\" y2=\"\(f(y))\" stroke=\"\(grid)\" stroke-width=\"1\"/>"
    }

    private static func yText(_ label: String, x: Double, y: Double) -> String {
        "<text x=\"\(f(x))\" y=\"\(f(y))\" font-size=\"11\" text-anchor=\"end\" fill=\"#4a5766\">\(xml(label))</text>"
    }

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
