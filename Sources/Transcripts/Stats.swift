/// Pauses (wait times, patience) of one speaker, for their median. The first 4,096 are kept
/// exactly; past that they go into a histogram of 0.05 s steps up to 60 s, so a file of any
/// length keeps a fixed amount per speaker and ordinary conversations get exact medians.
struct Samples {
    private var exact: [Double] = []
    private var histogram: [Int] = []
    private(set) var count = 0
    private(set) var atLeast3s = 0
    static let exactLimit = 4096
    static let step = 0.05
    static let steps = 1200

    mutating func add(_ value: Double) {
        count += 1
        if value >= 3 { atLeast3s += 1 }
        if histogram.isEmpty, exact.count < Self.exactLimit {
            exact.append(value)
            return
        }
        if histogram.isEmpty {
            histogram = Array(repeating: 0, count: Self.steps + 1)
            for kept in exact { histogram[Self.slot(kept)] += 1 }
            exact = []
        }
        histogram[Self.slot(value)] += 1
    }

    private static func slot(_ value: Double) -> Int { min(steps, max(0, Int(value / step))) }

    /// The median (the mean of the middle two for an even count); nil without samples.
    var median: Double? {
        guard count > 0 else { return nil }
        if histogram.isEmpty {
            let sorted = exact.sorted()
            let middle = sorted.count / 2
            return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        }
        var seen = 0
        for (slot, number) in histogram.enumerated() {
            seen += number
            if seen * 2 >= count { return (Double(slot) + 0.5) * Self.step }
        }
        return Double(Self.steps) * Self.step
    }
}

/// Talk per speaker in bins along the conversation, for the shares per third. There are 240
/// bins; when the conversation outgrows them, neighbouring bins are merged and the width
/// doubles, so memory is fixed per speaker. A third's boundary inside a bin takes the bin's
/// talk in proportion, which is off by at most one bin (1/120 of the conversation or less).
struct TalkBins {
    static let count = 240
    private(set) var width = 1.0
    private var values: [Double] = []
    private var speakers = 0

    mutating func add(speaker: Int, from start: Double, to end: Double) {
        guard end > start, start >= 0 else { return }
        while speakers <= speaker {
            values.append(contentsOf: repeatElement(0, count: Self.count))
            speakers += 1
        }
        while end > width * Double(Self.count) { widen() }
        // `start / width` is below `count` here (`start < end <= width * count`).
        var bin = Int(start / width)
        let width = self.width, row = speaker &* Self.count
        values.withUnsafeMutableBufferPointer { values in
            while bin < Self.count {
                let binStart = Double(bin) * width
                let binEnd = binStart + width
                let overlap = min(end, binEnd) - max(start, binStart)
                if overlap > 0 { values[row &+ bin] += overlap }
                if end <= binEnd { break }
                bin &+= 1
            }
        }
    }

    private mutating func widen() {
        for speaker in 0..<speakers {
            let base = speaker * Self.count
            for bin in 0..<Self.count / 2 { values[base + bin] = values[base + 2 * bin] + values[base + 2 * bin + 1] }
            for bin in Self.count / 2..<Self.count { values[base + bin] = 0 }
        }
        width *= 2
    }

    /// Each speaker's talk in [from, to).
    func talk(speaker: Int, from start: Double, to end: Double) -> Double {
        guard speaker < speakers else { return 0 }
        var total = 0.0
        for bin in 0..<Self.count {
            let binStart = Double(bin) * width
            let overlap = min(end, binStart + width) - max(start, binStart)
            if overlap > 0 { total += values[speaker * Self.count + bin] * overlap / width }
        }
        return total
    }
}
