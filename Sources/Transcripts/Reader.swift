import Foundation

/// Why reading stopped: a file that cannot be read, or a reason to read it once more another way.
enum ReadStop: Error {
    case failed(TranscriptError)
    /// A plain transcript gave times for some lines only: it is read again as untimed.
    case untimed
    /// Cues came further out of order than the analysis' window: read again holding every cue.
    case disorder
    /// A line is not UTF-8: the file is read again as Windows-1252.
    case windows1252
}

/// Receives cues in the order the file has them. The speaker is a number from the reader's
/// `SpeakerNames`; the text is valid UTF-8 without tags, trimmed and never empty.
protocol CueSink {
    mutating func cue(speaker: Int, start: Double?, end: Double?, text: Bytes) throws(ReadStop)
    /// Called once after the last cue.
    mutating func finish() throws(ReadStop)
}

extension CueSink {
    mutating func finish() throws(ReadStop) {}
}

/// Speaker names numbered in the order they are first read, at most `limit` of them (a file
/// with thousands of "speakers" is not a conversation, and would fill the stored figures).
struct SpeakerNames {
    private(set) var names: [String] = []
    private var bytes: [[UInt8]] = []
    private var lookup: [[UInt8]: Int] = [:]
    /// Every name's bytes one after another (name `id` at `starts[id] ..< starts[id + 1]`), and
    /// per slot of a small table the name last found there: most cues' names are found with one
    /// look at the table and one comparison, without a search among the speakers.
    private var spelled: [UInt8] = []
    private var starts: [Int] = [0]
    private var recent = [Int32](repeating: -1, count: SpeakerNames.slots)
    static let slots = 64
    let limit: Int

    init(limit: Int) { self.limit = limit }

    mutating func id(_ name: Bytes) throws(ReadStop) -> Int {
        let slot = Self.slot(name)
        let cached = Int(recent[slot])
        if cached >= 0 {
            let start = starts[cached], end = starts[cached + 1]
            if spelled.withUnsafeBufferPointer({ $0.part(start, end).sameBytes(as: name) }) { return cached }
        }
        let id = try search(name)
        recent[slot] = Int32(id)
        return id
    }

    private mutating func search(_ name: Bytes) throws(ReadStop) -> Int {
        // A meeting has a handful of speakers: compare them one by one before hashing.
        for index in bytes.indices.prefix(16) where bytes[index].withUnsafeBufferPointer({ $0.sameBytes(as: name) }) {
            return index
        }
        let key = Array(name)
        if let known = lookup[key] { return known }
        guard names.count < limit else { throw .failed(.tooManySpeakers(limit: limit)) }
        let id = names.count
        names.append(name.string)
        bytes.append(key)
        lookup[key] = id
        spelled.append(contentsOf: key)
        starts.append(spelled.count)
        return id
    }

    /// The table slot of a name: from its length and its first and last eight bytes.
    @inline(__always)
    static func slot(_ name: Bytes) -> Int {
        guard let base = name.baseAddress, name.count > 0 else { return 0 }
        let count = name.count
        var key = UInt64(count) &* 0x9E37_79B9_7F4A_7C15
        if count >= 8 {
            key ^= UnsafeRawPointer(base).loadUnaligned(as: UInt64.self)
            key = key &* 0xFF51_AFD7_ED55_8CCD
            key ^= UnsafeRawPointer(base + count - 8).loadUnaligned(as: UInt64.self)
        } else {
            for index in 0..<count { key ^= UInt64(base[index]) << UInt64(index * 8) }
        }
        key = key &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: key >> 58)
    }
}

/// How a text transcript is laid out, decided from its first megabyte.
enum Layout: Equatable {
    /// WebVTT or SRT: blocks of an optional id, a `start --> end` line and text. `compact` is
    /// Teams' older layout: a timing line, a name line, a text line (with or without blank lines).
    case timedBlocks(format: Transcript.Format, header: Bool, compact: Bool)
    /// `Name: text` lines, `[00:01:15] Name: text`, Otter's `Name  0:15` headers, Zoom's
    /// `[Name] 11:02:09` headers and its web page's name and time lines.
    case plain

    static func detect(_ prefix: Bytes) -> Layout {
        var start = prefix.hasPrefix("\u{FEFF}") ? 3 : 0
        while start < prefix.count, [9, 10, 13, 32].contains(prefix[start]) { start += 1 }
        let header = prefix.part(start, prefix.count).hasPrefix("WEBVTT")
        guard let arrow = prefix.find("-->") else { return header ? .timedBlocks(format: .webvtt, header: true, compact: false) : .plain }
        var lineStart = arrow, lineEnd = arrow
        while lineStart > 0, prefix[lineStart - 1] != 10, prefix[lineStart - 1] != 13 { lineStart -= 1 }
        while lineEnd < prefix.count, prefix[lineEnd] != 10, prefix[lineEnd] != 13 { lineEnd += 1 }
        let comma = prefix.part(lineStart, lineEnd).firstIndex(of: UInt8(ascii: ",")) != nil
        // Names on lines of their own when the next timing line follows without a blank line
        // in between (Teams' older layout), or when the first cue's first line reads as a name
        // and more text follows it (the same layout with blank lines).
        var compact = false
        if let next = prefix.find("-->", from: lineEnd) {
            let between = prefix.part(lineEnd, next)
            compact = between.find("\n\n") == nil && between.find("\r\n\r\n") == nil && between.find("\r\r") == nil
        }
        if !compact {
            let lines = prefix.part(lineEnd, min(prefix.count, lineEnd + 4096)).string
                .split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" }).dropFirst().prefix(3)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            if lines.count >= 2, !lines[lines.startIndex].isEmpty, !lines[lines.startIndex + 1].isEmpty, !lines[lines.startIndex].contains("<") {
                var first = lines[lines.startIndex]
                compact = first.withUTF8 { PlainLines.isNameLike($0) }
            }
        }
        return .timedBlocks(format: header || !comma ? .webvtt : .srt, header: header, compact: compact)
    }
}

/// Reads a text transcript in chunks of any size: lines are split on the bytes, blocks and
/// `Name: text` lines are recognised with a small state machine, and each cue is handed to
/// the sink as soon as it is complete. Only the line being read and the cue being built are
/// held, so memory does not grow with the file.
struct CueReader<Sink: CueSink> {
    var sink: Sink
    let layout: Layout
    /// Plain transcripts only: ignore times (some lines had none).
    let untimed: Bool
    let limits: TranscriptLimits
    var speakers: SpeakerNames

    private var carry = ByteBuffer()
    private var carryNonASCII = false
    private var endedWithCR = false
    private(set) var lineNumber = 0
    private var emitted = 0
    private var skipped = 0
    private var warnings: [String] = []
    /// Why the first skipped block or line could not be read: the error when nothing could be.
    private var firstProblem: TranscriptError?
    static var maxWarnings: Int { 20 }

    // WebVTT and SRT
    private enum Block { case header, skipping, idle, afterId(line: Int), payload }
    private var block: Block
    private var compact = false
    private var headerSeen = false
    private var payload = ByteBuffer()
    private var payloadLines = 0, payloadFirstLine = 0
    private var stripped = ByteBuffer()
    private var decodedName = ByteBuffer()
    private var cueStart = 0.0, cueEnd = 0.0

    // Plain text
    private var current = ByteBuffer()
    private var currentSpeaker = -1
    private var currentStart: Double?
    private var header: (speaker: Int, start: Double, fromBareName: Bool)?
    /// A short line that looks like a name, held until the next line says whether it is a
    /// header (a time follows: Zoom's web page) or text.
    private var heldName = ByteBuffer()
    private var heldLine = 0
    private var sawTimed = false, sawUntimed = false
    private var decodedLine = ByteBuffer()

    init(sink: Sink, layout: Layout, untimed: Bool = false, limits: TranscriptLimits = .standard) {
        self.sink = sink
        self.layout = layout
        self.untimed = untimed
        self.limits = limits
        speakers = SpeakerNames(limit: limits.maxSpeakers)
        switch layout {
        case .timedBlocks(_, let header, let compact):
            block = header ? .header : .idle
            self.compact = compact
        case .plain:
            block = .idle
        }
    }

    /// The cues' end times, what was skipped and why.
    var report: ReadReport {
        var endTimes = false
        if case .timedBlocks = layout { endTimes = true }
        return ReadReport(endTimes: endTimes, skipped: skipped, warnings: warnings)
    }

    /// Reads the next chunk; a line cut at the chunk's end is kept until the rest arrives.
    mutating func feed(_ chunk: Bytes) throws(ReadStop) {
        let count = chunk.count
        guard count > 0, let base = chunk.baseAddress else { return }
        var index = 0
        if endedWithCR, chunk[0] == 10 { index = 1 }
        endedWithCR = false
        var lineStart = index
        var high: UInt64 = 0
        while index < count {
            // Eight bytes at a time up to the first control character (below 14): the lowest
            // marked byte of `stops` is exactly the first one, so the bytes before it are
            // taken at once (their top bits tell whether the line has non-ASCII bytes).
            while index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let stops = (word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & 0x8080_8080_8080_8080
                if stops != 0 {
                    let before = stops.trailingZeroBitCount >> 3
                    high |= word & ((1 &<< UInt64(before * 8)) &- 1)
                    index += before
                    break
                }
                high |= word
                index += 8
            }
            guard index < count else { break }
            let byte = chunk[index]
            if byte < 14 {
                if byte == 10 || byte == 13 {
                    let nonASCII = high & 0x8080_8080_8080_8080 != 0
                    if carry.isEmpty {
                        try line(chunk.part(lineStart, index), nonASCII: nonASCII)
                    } else {
                        carry.append(chunk.part(lineStart, index))
                        try line(carry.bytes, nonASCII: nonASCII || carryNonASCII)
                        carry.removeAll()
                        carryNonASCII = false
                    }
                    high = 0
                    index += 1
                    if byte == 13 {
                        if index < count { if chunk[index] == 10 { index += 1 } } else { endedWithCR = true }
                    }
                    lineStart = index
                    continue
                }
                if byte == 0 { throw .failed(.notText) }
            }
            high |= UInt64(byte)
            index += 1
        }
        if lineStart < count {
            carry.append(chunk.part(lineStart, count))
            carryNonASCII = carryNonASCII || high & 0x8080_8080_8080_8080 != 0
        }
    }

    /// Reads the last line and completes the cue being built.
    mutating func finish() throws(ReadStop) {
        if !carry.isEmpty {
            try line(carry.bytes, nonASCII: carryNonASCII)
            carry.removeAll()
        }
        switch layout {
        case .timedBlocks:
            switch block {
            case .payload: try emitBlockCue()
            case .afterId: skip(.missingTiming(line: lineNumber + 1, found: ""))
            default: break
            }
        case .plain:
            try releaseHeldName()
            if currentSpeaker >= 0 { try flushPlainCue(nextStart: nil) }
        }
        if emitted == 0 { throw .failed(firstProblem ?? .noSpeech) }
    }

    private mutating func line(_ raw: Bytes, nonASCII: Bool) throws(ReadStop) {
        lineNumber += 1
        var text = raw
        if lineNumber == 1, text.hasPrefix("\u{FEFF}") { text = text.part(3, text.count) }
        if nonASCII, !UTF8Check.isValid(text) { throw .windows1252 }
        switch layout {
        case .timedBlocks: try blockLine(text)
        case .plain: try plainLine(text)
        }
    }

    /// Hands a cue on, within the limit on cues.
    private mutating func emit(speaker: Int, start: Double?, end: Double?, text: Bytes) throws(ReadStop) {
        emitted += 1
        guard emitted <= limits.maxCues else { throw .failed(.tooManyCues(limit: limits.maxCues)) }
        try sink.cue(speaker: speaker, start: start, end: end, text: text)
    }

    /// A block or line that cannot be read is skipped (as the WebVTT rules say), with a warning naming its line.
    private mutating func skip(_ problem: TranscriptError) {
        skipped += 1
        if firstProblem == nil { firstProblem = problem }
        if warnings.count < Self.maxWarnings { warnings.append(problem.description) }
    }

    // MARK: WebVTT and SRT

    private mutating func blockLine(_ raw: Bytes) throws(ReadStop) {
        let line = raw.trimmed()
        switch block {
        case .header:
            if line.count == 0 {
                if headerSeen { block = .idle }
            } else if headerSeen, Self.startsWithDigit(line), let arrow = line.find("-->"), Self.timingValues(line, arrow: arrow) != nil {
                // Teams' older layout has no blank line after the header either.
                try timing(line, arrow: arrow)
            } else {
                headerSeen = true
            }
        case .skipping:
            if line.count == 0 { block = .idle }
            else if Self.startsWithDigit(line), let arrow = line.find("-->"), Self.timingValues(line, arrow: arrow) != nil { try timing(line, arrow: arrow) }
        case .payload:
            if line.count == 0 {
                try emitBlockCue()
                block = .idle
            } else if Self.startsWithDigit(line), let arrow = line.find("-->"), Self.timingValues(line, arrow: arrow) != nil {
                // A timing line without a blank line before it starts the next cue (Teams' older layout).
                try emitBlockCue()
                try timing(line, arrow: arrow)
            } else {
                if payloadLines == 1 { payloadFirstLine = payload.count }
                if !payload.isEmpty { payload.append(32) }
                payload.append(raw)
                payloadLines += 1
            }
        case .afterId:
            if let values = Self.usualTiming(line) {
                setTiming(line, values)
                return
            }
            guard let arrow = line.find("-->") else {
                skip(.missingTiming(line: lineNumber, found: TranscriptError.quote(line.string)))
                block = line.count == 0 ? .idle : .skipping
                return
            }
            try timing(line, arrow: arrow)
        case .idle:
            if line.count == 0 { return }
            let first = line[0]
            if (first == UInt8(ascii: "N") || first == UInt8(ascii: "S") || first == UInt8(ascii: "R")),
               line.hasPrefix("NOTE") || line.equals("STYLE") || line.equals("REGION") || line.hasPrefix("STYLE ") || line.hasPrefix("REGION ") {
                block = .skipping
            } else if line.count >= 27, let values = Self.usualTiming(line) {
                setTiming(line, values)
            } else if let arrow = line.find("-->") {
                try timing(line, arrow: arrow)
            } else {
                // An id line (Teams' GUID/NN-N, Zoom's and SRT's numbers) comes before the timing line.
                block = .afterId(line: lineNumber)
            }
        }
    }

    /// A timing line starts with a digit (`Timestamp` reads nothing else), so other lines of
    /// text need no search for `-->`.
    @inline(__always)
    private static func startsWithDigit(_ line: Bytes) -> Bool {
        line.count > 0 && line[0] &- 48 < 10
    }

    /// The start before the arrow and the end after it (up to the first space: cue settings may follow).
    static func timingValues(_ line: Bytes, arrow: Int) -> (Double, Double)? {
        guard let base = line.baseAddress else { return nil }
        @inline(__always) func blank(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 }
        var startFrom = 0, startTo = arrow
        while startFrom < startTo, blank(base[startFrom]) { startFrom += 1 }
        while startTo > startFrom, blank(base[startTo - 1]) { startTo -= 1 }
        var endFrom = arrow + 3
        let count = line.count
        while endFrom < count, blank(base[endFrom]) { endFrom += 1 }
        var endTo = endFrom
        while endTo < count, !blank(base[endTo]) { endTo += 1 }
        guard let start = Timestamp.value(of: Bytes(start: base + startFrom, count: startTo - startFrom)),
              let end = Timestamp.value(of: Bytes(start: base + endFrom, count: endTo - endFrom)) else { return nil }
        return (start, end)
    }

    /// The usual timing line, `start --> end` with one space either side of the arrow and each
    /// time as `Timestamp.clock` reads it (cue settings may follow after a blank): its values
    /// without a search for the arrow (`.some(nil)` when a time is out of range), or nil when
    /// the line is laid out otherwise and is read the general way. Where it reads a line,
    /// `timingValues` reads the same values from it.
    @inline(__always)
    static func usualTiming(_ line: Bytes) -> (Double, Double)?? {
        let count = line.count
        guard count >= 27, let base = line.baseAddress else { return nil }
        // The first colon ends the hours (one to six digits).
        var colon = 1
        while colon <= 6, base[colon] != 58 { colon += 1 }
        guard colon <= 6 else { return nil }
        // The start is `colon + 10` bytes long; " --> " follows it.
        let space = colon + 10
        let endFrom = space + 5
        guard count >= endFrom + 11, base[space] == 32, base[space + 1] == 45, base[space + 2] == 45, base[space + 3] == 62, base[space + 4] == 32 else { return nil }
        var endColon = endFrom + 1
        while endColon <= endFrom + 6, base[endColon] != 58 { endColon += 1 }
        let endTo = endColon + 10
        guard endColon <= endFrom + 6, endTo <= count, endTo == count || base[endTo] == 32 || base[endTo] == 9 else { return nil }
        guard let start = Timestamp.clock(base, space), let end = Timestamp.clock(base + endFrom, endTo - endFrom) else { return nil }
        guard let start, let end else { return .some(nil) }
        return (start, end)
    }

    private mutating func timing(_ line: Bytes, arrow: Int) throws(ReadStop) {
        setTiming(line, Self.timingValues(line, arrow: arrow))
    }

    private mutating func setTiming(_ line: Bytes, _ values: (Double, Double)?) {
        guard let (start, end) = values else {
            skip(.badTiming(line: lineNumber, found: TranscriptError.quote(line.string)))
            block = .skipping
            return
        }
        cueStart = start
        cueEnd = max(start, end)
        payload.removeAll()
        payloadLines = 0
        payloadFirstLine = 0
        block = .payload
    }

    /// The speaker from `<v Name>`, a leading `Name:`, or (in Teams' older layout) a name line
    /// of its own; tags are removed and character references decoded.
    private mutating func emitBlockCue() throws(ReadStop) {
        var raw = payload.bytes
        var name = Bytes(start: nil, count: 0)
        if compact, payloadLines >= 2, raw.find("<v") == nil {
            let firstLine = raw.part(0, payloadFirstLine).trimmed()
            if PlainLines.isNameLike(firstLine), firstLine.firstIndex(of: UInt8(ascii: "<")) == nil {
                name = firstLine
                raw = raw.part(payloadFirstLine, raw.count)
            }
        }
        var voicedClose: Int?
        if let voice = raw.hasPrefix("<v") ? 0 : raw.find("<v"), let close = Self.firstIndex(raw, of: UInt8(ascii: ">"), from: voice + 2) {
            if voice == 0 { voicedClose = close }
            var nameStart = voice + 2
            if nameStart < close, raw[nameStart] == UInt8(ascii: ".") {
                while nameStart < close, raw[nameStart] != 32 { nameStart += 1 }
            }
            name = raw.part(nameStart, close).trimmed()
        }
        var text = raw
        if let close = voicedClose, let plain = Self.voicedText(raw, close: close) {
            text = plain
        } else if raw.firstIndex(of: UInt8(ascii: "<")) != nil || raw.firstIndex(of: UInt8(ascii: "&")) != nil {
            CharacterReferences.decode(raw, into: stripped, tags: true)
            text = stripped.bytes
        }
        if name.count == 0, let colon = text.firstIndex(of: UInt8(ascii: ":")) {
            let candidate = text.part(0, colon).trimmed()
            let hasDigit = candidate.contains { $0 >= 48 && $0 <= 57 }
            if candidate.count > 0, candidate.count <= 240, !(candidate.count < 3 && hasDigit) {
                name = candidate
                text = text.part(colon + 1, text.count)
            }
        } else if name.firstIndex(of: UInt8(ascii: "&"), or: UInt8(ascii: "&")) != nil {
            CharacterReferences.decode(name, into: decodedName, tags: false)
            name = decodedName.bytes.trimmed()
        }
        text = text.trimmed()
        guard text.count > 0 else { return }
        let speaker = try name.count > 0 ? speakers.id(name) : unknownSpeaker()
        try emit(speaker: speaker, start: cueStart, end: cueEnd, text: text)
    }

    /// Where `byte` first is from `start` on (eight bytes at a time).
    @inline(__always)
    static func firstIndex(_ bytes: Bytes, of byte: UInt8, from start: Int) -> Int? {
        bytes.firstIndex(of: byte, or: byte, from: start)
    }

    private mutating func unknownSpeaker() throws(ReadStop) -> Int {
        let unknown: StaticString = "Unknown speaker"
        return try speakers.id(Bytes(start: unknown.utf8Start, count: unknown.utf8CodeUnitCount))
    }

    /// The text of the common `<v Name>text</v>` (or `<v Name>text`) with no other tag or entity,
    /// without copying it.
    static func voicedText(_ raw: Bytes) -> Bytes? {
        guard raw.hasPrefix("<v"), let close = firstIndex(raw, of: UInt8(ascii: ">"), from: 0) else { return nil }
        return voicedText(raw, close: close)
    }

    /// The same, for a text that starts with `<v` and whose first `>` is at `close`.
    @inline(__always)
    static func voicedText(_ raw: Bytes, close: Int) -> Bytes? {
        var end = raw.count
        if raw.part(close + 1, raw.count).hasSuffix("</v>") { end -= 4 }
        let text = raw.part(close + 1, end)
        guard text.firstIndex(of: UInt8(ascii: "<"), or: UInt8(ascii: "&")) == nil else { return nil }
        return text
    }

    // MARK: Plain text

    private mutating func plainLine(_ raw: Bytes) throws(ReadStop) {
        var line = raw.trimmed()
        guard line.count > 0 else { return }
        if line.firstIndex(of: UInt8(ascii: "&")) != nil {
            CharacterReferences.decode(line, into: decodedLine, tags: false)
            line = decodedLine.bytes.trimmed()
        }
        if PlainLines.isFooter(line) { return }
        // A time alone: after a held name it makes a header (Zoom's web page); otherwise it is
        // a mark such as Meet's every five minutes, not a speaker.
        if line.firstIndex(of: UInt8(ascii: ":")) != nil, let time = Timestamp.value(of: line) {
            if !heldName.isEmpty {
                let speaker = try speakers.id(heldName.bytes)
                heldName.removeAll()
                header = (speaker, time, true)
            }
            return
        }
        try releaseHeldName()
        var start: Double?
        if line[0] == UInt8(ascii: "["), let close = line.firstIndex(of: UInt8(ascii: "]")) {
            let inside = line.part(1, close).trimmed()
            let rest = line.part(close + 1, line.count).trimmed()
            if let time = Timestamp.value(of: inside) {
                start = time
                line = rest
            } else if rest.firstIndex(of: UInt8(ascii: ":")) != nil, let time = Timestamp.value(of: rest), inside.count > 0 {
                // Zoom's saved transcript: "[Sanne Vermeer] 11:02:09", the words on the lines below.
                header = (try speakers.id(inside), time, false)
                return
            } else if inside.contains(where: { $0 >= 48 && $0 <= 57 }), inside.firstIndex(of: UInt8(ascii: ":")) != nil {
                skip(.badTime(line: lineNumber, found: TranscriptError.quote(line.part(0, close + 1).string)))
                return
            }
            guard line.count > 0 else { return }
        }
        // Otter and Teams' Word documents: "Name  0:15" (two or more spaces, then a time); Zoom's
        // web page: "Name 00:15" when the name reads as one.
        if let gap = PlainLines.lastSpace(line), line.firstIndex(of: UInt8(ascii: ":"), from: gap) != nil,
           let time = Timestamp.value(of: line.part(gap + 1, line.count).trimmed()) {
            let name = line.part(0, gap).trimmed()
            let doubleSpace = gap > 0 && line[gap - 1] == 32
            if name.count > 0, doubleSpace || PlainLines.isNameLike(name) {
                header = (try speakers.id(name), time, false)
                return
            }
        }
        if let pending = header {
            // A name and a time followed by "Name: text" was a title and a mark (Meet), not a header.
            if !(pending.fromBareName && PlainLines.speakerColon(line) != nil) {
                header = nil
                try beginPlainCue(speaker: pending.speaker, start: pending.start, text: line)
                return
            }
            header = nil
        }
        if let colon = PlainLines.speakerColon(line) {
            let name = line.part(0, colon).trimmed()
            let text = line.part(colon + 1, line.count).trimmed()
            if name.count > 0, text.count > 0 {
                try beginPlainCue(speaker: speakers.id(name), start: start, text: text)
                return
            }
        }
        if currentSpeaker < 0 {
            // Title lines, dates and attendee lists before the first speaker; a name is held
            // in case a time follows.
            if start == nil, PlainLines.isNameLike(line) { hold(line); return }
            if firstProblem == nil { firstProblem = .missingSpeaker(line: lineNumber, found: TranscriptError.quote(line.string)) }
            return
        }
        if start == nil, PlainLines.isNameLike(line) {
            hold(line)
            return
        }
        current.append(32)
        current.append(line)
    }

    private mutating func hold(_ line: Bytes) {
        heldName.removeAll()
        heldName.append(line)
        heldLine = lineNumber
    }

    /// The held line was not followed by a time: it is text after all.
    private mutating func releaseHeldName() throws(ReadStop) {
        guard !heldName.isEmpty else { return }
        if currentSpeaker >= 0 {
            current.append(32)
            current.append(heldName.bytes)
        } else if firstProblem == nil {
            firstProblem = .missingSpeaker(line: heldLine, found: TranscriptError.quote(heldName.bytes.string))
        }
        heldName.removeAll()
    }

    /// Starts a cue; the one before it ends where this one starts. A transcript with times for
    /// some lines only is untimed as a whole.
    private mutating func beginPlainCue(speaker: Int, start: Double?, text: Bytes) throws(ReadStop) {
        var start = start
        if untimed || sawUntimed {
            start = nil
        } else if start == nil {
            if sawTimed { throw .untimed }
            sawUntimed = true
        } else {
            sawTimed = true
        }
        if currentSpeaker >= 0 { try flushPlainCue(nextStart: start) }
        currentSpeaker = speaker
        currentStart = start
        current.removeAll()
        current.append(text)
    }

    /// With start times only, a cue ends where the next one starts; the last one gets its words at 150 per minute.
    private mutating func flushPlainCue(nextStart: Double?) throws(ReadStop) {
        var end: Double?
        if let start = currentStart {
            end = max(start, nextStart ?? start + Double(Words.count(current.bytes)) / 2.5)
        }
        let speaker = currentSpeaker
        currentSpeaker = -1
        try emit(speaker: speaker, start: currentStart, end: end, text: current.bytes)
    }
}

/// How plain transcripts' lines are recognised.
enum PlainLines {
    /// Closing lines of exports that are not speech: Otter's "Transcribed by https://otter.ai",
    /// Meet's note that the transcript was computer generated and "Meeting ended after ...",
    /// Teams' "... started transcription".
    static func isFooter(_ line: Bytes) -> Bool {
        // Most lines are rejected on their bytes, without making a string.
        guard line.count >= 14 else { return false }
        let first = line[0] | 0x20
        let endsLikeOne = line.hasSuffix("transcription") || line.hasSuffix("gestart") || line.hasSuffix("gestopt") || line.hasSuffix("indigd")
        guard first == UInt8(ascii: "t") || first == UInt8(ascii: "m") || first == UInt8(ascii: "v") || endsLikeOne else { return false }
        let lower = line.string.lowercased()
        if lower.hasPrefix("transcribed by") && lower.contains("otter") { return true }
        if lower.hasPrefix("this editable transcript was computer generated") { return true }
        if lower.hasPrefix("meeting ended after") || lower.hasPrefix("vergadering beëindigd na") { return true }
        if lower.hasSuffix("started transcription") || lower.hasSuffix("stopped transcription") { return true }
        if lower.hasSuffix("transcriptie gestart") || lower.hasSuffix("transcriptie gestopt") || lower.hasSuffix("transcriptie beëindigd") { return true }
        return false
    }

    /// Where "Name:" ends, if the line starts with a name and a colon: at most 60 characters,
    /// and not a time ("10:02", a title with "(10:00 CET)").
    static func speakerColon(_ line: Bytes) -> Int? {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > 0 else { return nil }
        guard CueReader<CueCollector>.scalarCount(line.part(0, colon)) <= 60 else { return nil }
        let before = line[colon - 1], after = colon + 1 < line.count ? line[colon + 1] : 32
        if before >= 48 && before <= 57 && after >= 48 && after <= 57 { return nil }
        return colon
    }

    /// The last space before a final word (the time in "Name  0:15").
    static func lastSpace(_ line: Bytes) -> Int? {
        var index = line.count - 2
        while index > 0 {
            if line[index] == 32 { return index }
            index -= 1
        }
        return nil
    }

    /// Reads as a person's name: one to six words, each starting with a capital or a digit or
    /// a name particle (van, de, ter, ...), no sentence punctuation, at most 60 characters.
    /// Words that head exports ("Transcript", "Attendees") are not names.
    static func isNameLike(_ line: Bytes) -> Bool {
        guard line.count > 0, line.count <= 240, CueReader<CueCollector>.scalarCount(line) <= 60 else { return false }
        for byte in line {
            switch byte {
            case UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ";"): return false
            default: continue
            }
        }
        let words = line.string.split(separator: " ")
        guard (1...6).contains(words.count) else { return false }
        if words.count == 1, notNames.contains(words[0].lowercased()) { return false }
        for word in words {
            guard let first = word.unicodeScalars.first else { return false }
            if particles.contains(word.lowercased()) { continue }
            if first.properties.isUppercase || ("0"..."9").contains(first) || first == "(" { continue }
            return false
        }
        return true
    }

    static let particles: Set<String> = ["van", "de", "der", "den", "het", "ter", "ten", "te", "in", "op", "la", "le", "von", "di", "da", "du", "'t", "el", "al", "bin", "y"]
    static let notNames: Set<String> = ["transcript", "transcriptie", "attendees", "deelnemers", "aanwezigen", "webvtt"]
}

extension CueReader {
    static func scalarCount(_ bytes: Bytes) -> Int { bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }
}
