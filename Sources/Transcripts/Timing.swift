/// One stretch of speech: who spoke, when (if the transcript has times), and what was said.
public struct Cue: Sendable, Equatable {
    public var speaker: String
    /// Seconds from the start; nil in untimed transcripts.
    public var start: Double?
    public var end: Double?
    public var text: String

    public init(speaker: String, start: Double?, end: Double?, text: String) {
        self.speaker = speaker
        self.start = start
        self.end = end
        self.text = text
    }

    /// Words: runs of letters or digits, so punctuation and timestamps do not count.
    public var words: Int { Cue.countWords(text) }

    static func countWords(_ text: String) -> Int { Words.count(text) }
}

/// Words as the analysis sees them: runs of letters or digits, with an apostrophe or hyphen
/// inside a word kept (so "I'll" is one word). ASCII is classified by table; only other
/// characters ask Unicode for their properties, which keeps this fast on long files.
enum Words {
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 128 {
            return (value >= 97 && value <= 122) || (value >= 65 && value <= 90) || (value >= 48 && value <= 57)
        }
        return scalar.properties.isAlphabetic
    }

    @inline(__always)
    static func isJoiner(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "’" || scalar == "-" }

    static func count(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { count($0) }
    }

    /// Words in valid UTF-8 bytes.
    static func count(_ bytes: Bytes) -> Int {
        var count = 0
        var inWord = false
        var index = 0
        while index < bytes.count {
            let scalar: Unicode.Scalar
            if bytes[index] < 0x80 {
                scalar = Unicode.Scalar(bytes[index])
                index += 1
            } else {
                let (decoded, length) = UTF8Check.decode(bytes, at: index)
                scalar = decoded
                index += length
            }
            let wordScalar = isWordScalar(scalar)
            if wordScalar && !inWord { count += 1 }
            inWord = wordScalar || (inWord && isJoiner(scalar))
        }
        return count
    }

    /// The words of `text`, lower-cased, in order. Built from UTF-8 bytes; only letters
    /// outside ASCII are lower-cased through `String`.
    static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        var current: [UInt8] = []
        var inWord = false
        func finish() {
            while let last = current.last, last == UInt8(ascii: "'") || last == UInt8(ascii: "-") { current.removeLast() }
            result.append(String(decoding: current, as: UTF8.self))
            current.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 128 {
                if (value >= 97 && value <= 122) || (value >= 48 && value <= 57) {
                    current.append(UInt8(value)); inWord = true
                } else if value >= 65 && value <= 90 {
                    current.append(UInt8(value + 32)); inWord = true
                } else if inWord && (value == 39 || value == 45) {
                    current.append(UInt8(value))
                } else if inWord {
                    finish(); inWord = false
                }
            } else if scalar.properties.isAlphabetic {
                current.append(contentsOf: String(scalar).lowercased().utf8); inWord = true
            } else if inWord && scalar == "’" {
                current.append(UInt8(ascii: "'"))
            } else if inWord {
                finish(); inWord = false
            }
        }
        if inWord { finish() }
        return result
    }

}

/// Reading the timestamps real exports write.
public enum Timestamp {
    /// Seconds for `hh:mm:ss.ttt`, `mm:ss.ttt`, Teams' unpadded `0:0:0.210`, SRT's
    /// `00:01:02,345` (comma), with or without fractions; nil for anything else.
    public static func seconds<S: StringProtocol>(_ text: S) -> Double? {
        var text = String(text)
        return text.withUTF8 { value(of: $0) }
    }

    /// `Double(n) / 1000` for n below 1000, worked out once (the same values, without a division per timestamp).
    nonisolated(unsafe) private static let milliseconds: UnsafePointer<Double> = {
        let values = UnsafeMutablePointer<Double>.allocate(capacity: 1000)
        for value in 0..<1000 { values[value] = Double(value) / 1000 }
        return UnsafePointer(values)
    }()

    @inline(__always)
    static func value(of bytes: Bytes) -> Double? {
        // The usual `hh:mm:ss.ttt` first, read at fixed places.
        if let b = bytes.baseAddress, let value = clock(b, bytes.count) { return value }
        return parsed(bytes)
    }

    /// `h:mm:ss.ttt` with one to six hour digits (`00:01:02.345`, `123:01:02,345`), read at
    /// fixed places from its end: `.some(seconds)`, `.some(nil)` when the minutes or seconds
    /// pass 59 (which `parsed` refuses too), or nil when the text is laid out otherwise. For
    /// every text it reads, `parsed` gives the same value.
    ///
    /// The ten bytes after the hours (`:mm:ss.ttt`) are checked in two eight-byte loads: each
    /// byte `^ 0x30` is a digit's value when it is below 10, which per byte is "no bit of the
    /// high nibble, and no carry into bit 4 when 6 is added to the low nibble".
    @inline(__always)
    static func clock(_ b: UnsafePointer<UInt8>, _ count: Int) -> Double?? {
        let hourDigits = count &- 10
        guard hourDigits >= 1, hourDigits <= 6 else { return nil }
        let t = UnsafeRawPointer(b + hourDigits)
        // `:mm:ss.t` (bytes 0-7 after the hours) and `m:ss.ttt` (bytes 2-9).
        let first = t.loadUnaligned(as: UInt64.self), second = (t + 2).loadUnaligned(as: UInt64.self)
        // `:` at 0 and 3, `.` or `,` at 6 (they differ in bit 1 only).
        guard first & 0x00FD_0000_FF00_00FF == 0x002C_0000_3A00_003A else { return nil }
        let x = first ^ 0x3030_3030_3030_3030, y = second ^ 0x3030_3030_3030_3030
        @inline(__always) func notDigits(_ v: UInt64) -> UInt64 {
            (v & 0xF0F0_F0F0_F0F0_F0F0) | (((v & 0x0F0F_0F0F_0F0F_0F0F) &+ 0x0606_0606_0606_0606) & 0x1010_1010_1010_1010)
        }
        // Digits at 1, 2, 4, 5 and 7 of the first load, at 6 and 7 of the second.
        guard notDigits(x) & 0xFF00_FFFF_00FF_FF00 == 0, notDigits(y) & 0xFFFF_0000_0000_0000 == 0 else { return nil }
        @inline(__always) func digit(_ v: UInt64, _ at: UInt64) -> Int { Int(truncatingIfNeeded: (v &>> (at &* 8)) & 0xFF) }
        var hours = 0
        for index in 0..<hourDigits {
            let digit = b[index] &- 48
            guard digit < 10 else { return nil }
            hours = hours &* 10 &+ Int(digit)
        }
        let minutes = digit(x, 1) &* 10 &+ digit(x, 2), seconds = digit(x, 4) &* 10 &+ digit(x, 5)
        guard minutes < 60, seconds < 60 else { return .some(nil) }
        return Double(hours &* 3600 &+ minutes &* 60 &+ seconds) + milliseconds[digit(x, 7) &* 100 &+ digit(y, 6) &* 10 &+ digit(y, 7)]
    }

    /// Any other layout, field by field.
    static func parsed(_ bytes: Bytes) -> Double? {
        var total = 0.0       // the closed fields, in seconds
        var fields = 0
        var current = 0.0
        var digits = 0
        var fraction = 0      // the fraction's digits as a whole number, divided once at the end
        var fractionScale = 1.0
        var inFraction = false
        for byte in bytes {
            if byte >= 48 && byte <= 57 {
                let digit = Int(byte - 48)
                if inFraction {
                    guard fractionScale < 1e9 else { continue }
                    fraction = fraction * 10 + digit
                    fractionScale *= 10
                } else {
                    current = current * 10 + Double(digit)
                    digits += 1
                    if digits > 6 { return nil }
                }
            } else if byte == UInt8(ascii: ":") && !inFraction {
                // Minutes and seconds beyond 59 are refused, except in the leading field.
                guard digits > 0, fields < 2, fields == 0 || current < 60 else { return nil }
                total = total * 60 + current
                fields += 1
                current = 0
                digits = 0
            } else if (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",")) && !inFraction {
                guard digits > 0 else { return nil }
                inFraction = true
            } else {
                return nil
            }
        }
        guard digits > 0 || inFraction, fields == 0 || current < 60 else { return nil }
        return total * 60 + current + Double(fraction) / fractionScale
    }
}

/// How long someone spoke, counting their own overlapping cues once.
public enum TalkTime {
    /// The length of the union of the intervals: sort by start, merge overlaps, add up.
    /// O(n log n) for n intervals.
    public static func union(_ intervals: [(start: Double, end: Double)]) -> Double {
        let sorted = intervals.filter { $0.end > $0.start }.sorted { $0.start < $1.start }
        var total = 0.0
        var current: (start: Double, end: Double)?
        for interval in sorted {
            if let open = current, interval.start <= open.end {
                current = (open.start, max(open.end, interval.end))
            } else {
                if let open = current { total += open.end - open.start }
                current = interval
            }
        }
        if let open = current { total += open.end - open.start }
        return total
    }

    /// Each speaker's talk time and share. Shares are talk time over the sum of everyone's
    /// talk time (so they add up to 1); without timestamps, words over all words. Speakers
    /// are ordered by share, then name.
    public static func shares(_ cues: [Cue]) -> (timed: Bool, speakers: [(name: String, seconds: Double, words: Int, share: Double)]) {
        let timed = !cues.isEmpty && cues.allSatisfy { $0.start != nil && $0.end != nil }
        var intervals: [String: [(start: Double, end: Double)]] = [:]
        var words: [String: Int] = [:]
        var order: [String] = []
        for cue in cues {
            if intervals[cue.speaker] == nil { order.append(cue.speaker); intervals[cue.speaker] = [] }
            if timed { intervals[cue.speaker]!.append((cue.start!, cue.end!)) }
            words[cue.speaker, default: 0] += cue.words
        }
        let seconds = Dictionary(uniqueKeysWithValues: order.map { ($0, timed ? union(intervals[$0]!) : 0) })
        let total = timed ? seconds.values.reduce(0, +) : Double(words.values.reduce(0, +))
        let speakers = order.map { name in
            (name: name, seconds: seconds[name]!, words: words[name] ?? 0,
             share: total > 0 ? (timed ? seconds[name]! : Double(words[name] ?? 0)) / total : 0)
        }
        return (timed, speakers.sorted { $0.share != $1.share ? $0.share > $1.share : $0.name < $1.name })
    }
}
