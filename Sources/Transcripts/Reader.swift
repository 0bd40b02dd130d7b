import Foundation

/// Why reading stopped: a file that cannot be read, or a reason to read it once more another way.
enum ReadStop: Error {
    case failed(TranscriptError)
    /// A plain transcript gave times for some lines only: it is read again as untimed.
    case untimed
    /// Cues came further out of order than the analysis' window: read again holding every cue.
    case disorder
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

/// Speaker names numbered in the order they are first read.
struct SpeakerNames {
    private(set) var names: [String] = []
    private var bytes: [[UInt8]] = []
    private var lookup: [[UInt8]: Int] = [:]
    private var last = -1

    mutating func id(_ name: Bytes) -> Int {
        if last >= 0, bytes[last].withUnsafeBufferPointer({ $0.sameBytes(as: name) }) { return last }
        // A meeting has a handful of speakers: compare them one by one before hashing.
        for index in bytes.indices.prefix(16) where bytes[index].withUnsafeBufferPointer({ $0.sameBytes(as: name) }) {
            last = index
            return index
        }
        let key = Array(name)
        if let known = lookup[key] { last = known; return known }
        let id = names.count
        names.append(name.string)
        bytes.append(key)
        lookup[key] = id
        last = id
        return id
    }
}

/// How a text transcript is laid out, decided from its first megabyte.
enum Layout: Equatable {
    /// WebVTT or SRT: blocks of an optional id, a `start --> end` line and text.
    case timedBlocks(format: Transcript.Format, header: Bool)
    /// `Name: text` lines, `[00:01:15] Name: text` or Otter's `Name  0:15` headers.
    case plain

    static func detect(_ prefix: Bytes) -> Layout {
        var start = prefix.hasPrefix("\u{FEFF}") ? 3 : 0
        while start < prefix.count, [9, 10, 13, 32].contains(prefix[start]) { start += 1 }
        if prefix.part(start, prefix.count).hasPrefix("WEBVTT") { return .timedBlocks(format: .webvtt, header: true) }
        guard let arrow = prefix.find("-->") else { return .plain }
        var lineStart = arrow, lineEnd = arrow
        while lineStart > 0, prefix[lineStart - 1] != 10, prefix[lineStart - 1] != 13 { lineStart -= 1 }
        while lineEnd < prefix.count, prefix[lineEnd] != 10, prefix[lineEnd] != 13 { lineEnd += 1 }
        let comma = prefix.part(lineStart, lineEnd).firstIndex(of: UInt8(ascii: ",")) != nil
        return .timedBlocks(format: comma ? .srt : .webvtt, header: false)
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
    var speakers = SpeakerNames()

    private var carry = ByteBuffer()
    private var carryNonASCII = false
    private var endedWithCR = false
    private(set) var lineNumber = 0

    // WebVTT and SRT
    private enum Block { case header, skipping, idle, afterId(line: Int), payload }
    private var block: Block
    private var headerSeen = false
    private var payload = ByteBuffer()
    private var stripped = ByteBuffer()
    private var cueStart = 0.0, cueEnd = 0.0

    // Plain text
    private var current = ByteBuffer()
    private var currentSpeaker = -1
    private var currentStart: Double?
    private var otterHeader: (speaker: Int, start: Double)?
    private var sawTimed = false, sawUntimed = false

    init(sink: Sink, layout: Layout, untimed: Bool = false) {
        self.sink = sink
        self.layout = layout
        self.untimed = untimed
        if case .timedBlocks(_, true) = layout { block = .header } else { block = .idle }
    }

    static var notText: ReadStop { .failed(TranscriptError(line: 0, message: "the file is not text (expected UTF-8 WebVTT, SRT or plain text)")) }

    private func failure(_ line: Int, _ message: String) -> ReadStop { .failed(TranscriptError(line: line, message: message)) }

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
            // Eight bytes at a time while none is a control character (below 14) or non-ASCII.
            while index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if (word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & 0x8080_8080_8080_8080 != 0 { break }
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
                if byte == 0 { throw Self.notText }
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
            case .afterId(let idLine): throw failure(idLine, "expected a timing line like 00:00:01.000 --> 00:00:04.000")
            default: break
            }
        case .plain:
            if currentSpeaker >= 0 { try flushPlainCue(nextStart: nil) }
        }
    }

    private mutating func line(_ raw: Bytes, nonASCII: Bool) throws(ReadStop) {
        lineNumber += 1
        var text = raw
        if lineNumber == 1, text.hasPrefix("\u{FEFF}") { text = text.part(3, text.count) }
        if nonASCII, !UTF8Check.isValid(text) { throw Self.notText }
        switch layout {
        case .timedBlocks: try blockLine(text)
        case .plain: try plainLine(text)
        }
    }

    // MARK: WebVTT and SRT

    private mutating func blockLine(_ raw: Bytes) throws(ReadStop) {
        let line = raw.trimmed()
        switch block {
        case .header:
            if line.count == 0 { if headerSeen { block = .idle } } else { headerSeen = true }
        case .skipping:
            if line.count == 0 { block = .idle }
        case .payload:
            if line.count == 0 {
                try emitBlockCue()
                block = .idle
            } else {
                if !payload.isEmpty { payload.append(32) }
                payload.append(raw)
            }
        case .afterId(let idLine):
            guard let arrow = line.find("-->") else {
                throw failure(idLine, "expected a timing line like 00:00:01.000 --> 00:00:04.000")
            }
            try timing(line, arrow: arrow)
        case .idle:
            if line.count == 0 { return }
            if line.hasPrefix("NOTE") || line.equals("STYLE") || line.equals("REGION") || line.hasPrefix("STYLE ") || line.hasPrefix("REGION ") {
                block = .skipping
            } else if let arrow = line.find("-->") {
                try timing(line, arrow: arrow)
            } else {
                // An id line (Teams' GUID/NN-N, Zoom's and SRT's numbers) comes before the timing line.
                block = .afterId(line: lineNumber)
            }
        }
    }

    private mutating func timing(_ line: Bytes, arrow: Int) throws(ReadStop) {
        let startText = line.part(0, arrow).trimmed()
        let after = line.part(arrow + 3, line.count).trimmed()
        var endLength = 0
        while endLength < after.count, after[endLength] != 32, after[endLength] != 9 { endLength += 1 }
        guard let start = Timestamp.value(of: startText), let end = Timestamp.value(of: after.part(0, endLength)) else {
            throw failure(lineNumber, "expected times like 00:00:01.000 --> 00:00:04.000, found \"\(line.string.prefix(60))\"")
        }
        cueStart = start
        cueEnd = max(start, end)
        payload.removeAll()
        block = .payload
    }

    /// The speaker from `<v Name>` or a leading `Name:`; tags are removed and `&amp;`, `&lt;`
    /// and `&gt;` decoded.
    private mutating func emitBlockCue() throws(ReadStop) {
        let raw = payload.bytes
        var name = Bytes(start: nil, count: 0)
        if let voice = raw.find("<v"), let close = raw.firstIndex(of: UInt8(ascii: ">"), from: voice + 2) {
            var nameStart = voice + 2
            if nameStart < close, raw[nameStart] == UInt8(ascii: ".") {
                while nameStart < close, raw[nameStart] != 32 { nameStart += 1 }
            }
            name = raw.part(nameStart, close).trimmed()
        }
        var text = raw
        if let plain = Self.voicedText(raw) {
            text = plain
        } else if raw.firstIndex(of: UInt8(ascii: "<")) != nil || raw.firstIndex(of: UInt8(ascii: "&")) != nil {
            Self.strip(raw, into: stripped)
            text = stripped.bytes
        }
        if name.count == 0, let colon = text.firstIndex(of: UInt8(ascii: ":")) {
            let candidate = text.part(0, colon).trimmed()
            let hasDigit = candidate.contains { $0 >= 48 && $0 <= 57 }
            if candidate.count > 0, candidate.count <= 240, !(candidate.count < 3 && hasDigit) {
                name = candidate
                text = text.part(colon + 1, text.count)
            }
        }
        text = text.trimmed()
        guard text.count > 0 else { return }
        let speaker = name.count > 0 ? speakers.id(name) : unknownSpeaker()
        try sink.cue(speaker: speaker, start: cueStart, end: cueEnd, text: text)
    }

    private mutating func unknownSpeaker() -> Int {
        let unknown: StaticString = "Unknown speaker"
        return speakers.id(Bytes(start: unknown.utf8Start, count: unknown.utf8CodeUnitCount))
    }

    /// The text of the common `<v Name>text</v>` (or `<v Name>text`) with no other tag or entity,
    /// without copying it.
    static func voicedText(_ raw: Bytes) -> Bytes? {
        guard raw.hasPrefix("<v"), let close = raw.firstIndex(of: UInt8(ascii: ">")) else { return nil }
        var end = raw.count
        if raw.part(close + 1, raw.count).hasSuffix("</v>") { end -= 4 }
        let text = raw.part(close + 1, end)
        guard let base = text.baseAddress else { return text }
        guard memchr(base, Int32(UInt8(ascii: "<")), text.count) == nil, memchr(base, Int32(UInt8(ascii: "&")), text.count) == nil else { return nil }
        return text
    }

    /// Removes tags and decodes `&amp;`, `&lt;`, `&gt;` and `&nbsp;`, copying the text between them in runs.
    static func strip(_ raw: Bytes, into out: ByteBuffer) {
        out.removeAll()
        var index = 0
        let count = raw.count
        while index < count {
            var next = index
            while next < count, raw[next] != UInt8(ascii: "<"), raw[next] != UInt8(ascii: "&") { next += 1 }
            out.append(raw.part(index, next))
            guard next < count else { return }
            if raw[next] == UInt8(ascii: "<") {
                guard let close = raw.firstIndex(of: UInt8(ascii: ">"), from: next + 1) else { return }
                index = close + 1
                continue
            }
            let rest = raw.part(next + 1, count)
            index = next + 1
            if rest.hasPrefix("amp;") { out.append(UInt8(ascii: "&")); index += 4 }
            else if rest.hasPrefix("lt;") { out.append(UInt8(ascii: "<")); index += 3 }
            else if rest.hasPrefix("gt;") { out.append(UInt8(ascii: ">")); index += 3 }
            else if rest.hasPrefix("nbsp;") { out.append(32); index += 5 }
            else { out.append(UInt8(ascii: "&")) }
        }
    }

    // MARK: Plain text

    private mutating func plainLine(_ raw: Bytes) throws(ReadStop) {
        var line = raw.trimmed()
        guard line.count > 0 else { return }
        var start: Double?
        if line[0] == UInt8(ascii: "["), let close = line.firstIndex(of: UInt8(ascii: "]")) {
            start = Timestamp.value(of: line.part(1, close))
            if start == nil { throw failure(lineNumber, "expected a time like [00:01:15], found \"\(line.part(0, close + 1).string)\"") }
            line = line.part(close + 1, line.count).trimmed()
        }
        // Otter: "Name  0:15" (two or more spaces, then a time) on a line of its own.
        if let gap = Self.lastDoubleSpace(line), let time = Timestamp.value(of: line.part(gap + 2, line.count).trimmed()) {
            let name = line.part(0, gap).trimmed()
            otterHeader = (name.count > 0 ? speakers.id(name) : unknownSpeaker(), time)
            return
        }
        if let header = otterHeader {
            otterHeader = nil
            try beginPlainCue(speaker: header.speaker, start: header.start, text: line)
            return
        }
        if let colon = line.firstIndex(of: UInt8(ascii: ":")), Self.scalarCount(line.part(0, colon)) <= 60 {
            let name = line.part(0, colon).trimmed()
            let text = line.part(colon + 1, line.count).trimmed()
            if name.count > 0, text.count > 0 {
                try beginPlainCue(speaker: speakers.id(name), start: start, text: text)
                return
            }
        }
        guard currentSpeaker >= 0 else { throw failure(lineNumber, "expected \"Name: text\"") }
        current.append(32)
        current.append(line)
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
        try sink.cue(speaker: currentSpeaker, start: currentStart, end: end, text: current.bytes)
        currentSpeaker = -1
    }

    static func lastDoubleSpace(_ line: Bytes) -> Int? {
        var index = line.count - 2
        while index >= 0 {
            if line[index] == 32, line[index + 1] == 32 { return index }
            index -= 1
        }
        return nil
    }

    static func scalarCount(_ bytes: Bytes) -> Int { bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }
}
