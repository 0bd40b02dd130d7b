import Foundation

/// A transcript read from a file: its format and its cues in the order spoken, with what the
/// reader had to skip.
public struct Transcript: Sendable, Equatable {
    public enum Format: String, Sendable, Codable { case webvtt, srt, plain, docx }
    public var format: Format
    public var cues: [Cue]
    /// Whether the cues carry their own end times (WebVTT, SRT). Plain transcripts give starts
    /// only; their ends are where the next cue starts, so pauses and overlaps cannot be measured.
    public var endTimes: Bool
    /// Blocks that could not be read and were skipped, and the first 20 warnings naming them.
    public var skippedCues: Int
    public var warnings: [String]

    public init(format: Format, cues: [Cue], endTimes: Bool = true, skippedCues: Int = 0, warnings: [String] = []) {
        self.format = format
        self.cues = cues
        self.endTimes = endTimes
        self.skippedCues = skippedCues
        self.warnings = warnings
    }
}

/// Reads WebVTT (with the leniency Teams and Zoom exports need), SRT, plain transcripts (Teams,
/// Zoom, Meet and Otter text exports) and Teams / Meet Word documents, in UTF-8, UTF-16 or
/// Windows-1252. The format is detected from the content, not the file name. For the figures
/// alone, `TranscriptAnalyzer.analyze(data:)` and `analyze(fileAt:)` read without keeping the cues.
public enum TranscriptParser {
    public static let defaultMaxBytes = 50 * 1024 * 1024

    public static func parse(_ data: Data, maxBytes: Int = defaultMaxBytes, limits: TranscriptLimits = .standard) throws(TranscriptError) -> Transcript {
        let (format, collector, names, report) = try TranscriptInput.read(.data(data), maxBytes: maxBytes, limits: limits) { _ in CueCollector() }
        return collector.transcript(format: format, names: names, report: report)
    }

    public static func parse(_ text: String) throws(TranscriptError) -> Transcript {
        try parse(Data(text.utf8), maxBytes: Int.max)
    }
}

/// Keeps every cue, for `TranscriptParser.parse`.
struct CueCollector: CueSink {
    var cues: [(speaker: Int, start: Double?, end: Double?, text: String)] = []

    mutating func cue(speaker: Int, start: Double?, end: Double?, text: Bytes) {
        cues.append((speaker, start, end, text.string))
    }

    /// The cues in order of their start (equal starts keep the file's order); untimed ones as read.
    func transcript(format: Transcript.Format, names: [String], report: ReadReport) -> Transcript {
        var cues = self.cues.map { Cue(speaker: names[$0.speaker], start: $0.start, end: $0.end, text: $0.text) }
        if cues.allSatisfy({ $0.start != nil }) { cues = Cue.ordered(cues) }
        return Transcript(format: format, cues: cues, endTimes: report.endTimes, skippedCues: report.skipped, warnings: report.warnings)
    }
}

extension Cue {
    /// Ordered by start; equal starts keep their order.
    static func ordered(_ cues: [Cue]) -> [Cue] {
        var inOrder = true
        for position in cues.indices.dropFirst() where (cues[position].start ?? 0) < (cues[position - 1].start ?? 0) { inOrder = false; break }
        if inOrder { return cues }
        return cues.enumerated().sorted { ($0.element.start ?? 0, $0.offset) < ($1.element.start ?? 0, $1.offset) }.map(\.element)
    }
}

/// Where a transcript comes from: bytes in memory or a file read in chunks.
enum TranscriptSource {
    case data(Data)
    case file(String)
}

enum TranscriptInput {
    /// How much of the start decides the layout.
    static let detectionBytes = 1 << 20

    /// Reads `source` into the sink `make` builds. The reader starts once more when a plain
    /// transcript turns out untimed, when cues come too far out of order for the sink (`make`
    /// then gets `holdAll: true`), or when the text turns out not to be UTF-8 (it is then read
    /// as Windows-1252). UTF-16 and Word documents are decoded first, in memory.
    static func read<Sink: CueSink>(_ source: TranscriptSource, maxBytes: Int, limits: TranscriptLimits = .standard, chunkSize: Int = 1 << 20,
                                    make: (_ holdAll: Bool) -> Sink) throws(TranscriptError) -> (Transcript.Format, Sink, [String], ReadReport) {
        var untimed = false, holdAll = false
        var source = source
        var format: Transcript.Format?
        if case .file(let path) = source, TextDecoding.needsWholeFile(try sniff(path)) {
            source = .data(try readWhole(path, maxBytes: maxBytes))
        }
        if case .data(let data) = source {
            guard data.count <= maxBytes else { throw .tooLarge(limitBytes: maxBytes) }
            guard !data.isEmpty else { throw .empty }
            if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
                source = .data(Data(try TranscriptParser.docxText(data).utf8))
                format = .docx
            } else if let decoded = TextDecoding.utf16(data) {
                source = .data(decoded)
            }
        }
        while true {
            var sink = make(holdAll)
            do throws(ReadStop) {
                let (layout, names, report) = try readOnce(source, maxBytes: maxBytes, limits: limits, chunkSize: chunkSize, untimed: untimed, sink: &sink)
                if format == nil {
                    switch layout {
                    case .timedBlocks(let blockFormat, _, _): format = blockFormat
                    case .plain: format = .plain
                    }
                }
                return (format!, sink, names, report)
            } catch {
                switch error {
                case .failed(let failure): throw failure
                case .untimed: untimed = true
                case .disorder: holdAll = true
                case .windows1252:
                    let bytes: Data
                    switch source {
                    case .data(let data): bytes = data
                    case .file(let path): bytes = try readWhole(path, maxBytes: maxBytes)
                    }
                    guard let decoded = TextDecoding.windows1252(bytes) else { throw .notText }
                    source = .data(decoded)
                }
            }
        }
    }

    private static func readOnce<Sink: CueSink>(_ source: TranscriptSource, maxBytes: Int, limits: TranscriptLimits, chunkSize: Int, untimed: Bool,
                                                sink: inout Sink) throws(ReadStop) -> (Layout, [String], ReadReport) {
        switch source {
        case .data(let data):
            var reader: CueReader<Sink>?
            var stop: ReadStop?
            data.withUnsafeBytes { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                if let base = bytes.baseAddress, memchr(base, 0, bytes.count) != nil { stop = .failed(.notText); return }
                var cueReader = CueReader(sink: sink, layout: Layout.detect(bytes.part(0, min(bytes.count, detectionBytes))), untimed: untimed, limits: limits)
                do throws(ReadStop) {
                    var offset = 0
                    while offset < bytes.count {
                        let end = min(bytes.count, offset + chunkSize)
                        try cueReader.feed(bytes.part(offset, end))
                        offset = end
                    }
                    try cueReader.finish()
                    try cueReader.sink.finish()
                } catch {
                    stop = error
                }
                reader = cueReader
            }
            if let stop { throw stop }
            sink = reader!.sink
            return (reader!.layout, reader!.speakers.names, reader!.report)
        case .file(let path):
            let file = try FileReader(path: path, maxBytes: maxBytes)
            defer { file.close() }
            // The first megabyte (or the whole of a smaller file) decides the layout, then is read as usual.
            let prefix = try file.fill()
            guard prefix.count > 0 else { throw ReadStop.failed(.empty) }
            var reader = CueReader(sink: sink, layout: Layout.detect(prefix), untimed: untimed, limits: limits)
            var offset = 0
            while offset < prefix.count {
                let end = min(prefix.count, offset + chunkSize)
                try reader.feed(prefix.part(offset, end))
                offset = end
            }
            while let chunk = try file.next(max: chunkSize) { try reader.feed(chunk) }
            try reader.finish()
            try reader.sink.finish()
            sink = reader.sink
            return (reader.layout, reader.speakers.names, reader.report)
        }
    }

    /// The first bytes of the file (at most 64), to recognise Word documents and UTF-16.
    private static func sniff(_ path: String) throws(TranscriptError) -> [UInt8] {
        let file: FileReader
        do throws(ReadStop) { file = try FileReader(path: path, maxBytes: Int.max) } catch {
            if case .failed(let failure) = error { throw failure }
            return []
        }
        defer { file.close() }
        return (try? file.next(max: 64)).map { Array($0) } ?? []
    }

    static func readWhole(_ path: String, maxBytes: Int) throws(TranscriptError) -> Data {
        do throws(ReadStop) {
            let file = try FileReader(path: path, maxBytes: maxBytes)
            defer { file.close() }
            var data = Data()
            while let chunk = try file.next(max: 1 << 20) { data.append(chunk.baseAddress!, count: chunk.count) }
            return data
        } catch {
            if case .failed(let failure) = error { throw failure }
            throw .unreadableFile
        }
    }
}

/// A file read in chunks with `read(2)` into one buffer of at most 1 MB (smaller for a smaller
/// file), refusing more than `maxBytes`.
final class FileReader {
    private let descriptor: Int32
    private let buffer: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private let maxBytes: Int
    private var total = 0

    init(path: String, maxBytes: Int) throws(ReadStop) {
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .failed(.unreadableFile) }
        var status = stat()
        let known = fstat(descriptor, &status) == 0 ? Int(status.st_size) : -1
        if known > maxBytes {
            Foundation.close(descriptor)
            throw .failed(.tooLarge(limitBytes: maxBytes))
        }
        self.maxBytes = maxBytes
        // One byte more than the file, so the end is seen by the first read.
        capacity = known >= 0 ? min(1 << 20, max(4096, known + 1)) : 1 << 20
        buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    func close() { Foundation.close(descriptor) }

    /// Reads until the buffer is full or the file ends; the bytes read (empty at the end).
    func fill() throws(ReadStop) -> Bytes {
        var count = 0
        while count < capacity {
            let got = read(descriptor, buffer + count, capacity - count)
            guard got >= 0 else { throw .failed(.unreadableFile) }
            if got == 0 { break }
            count += got
        }
        total += count
        guard total <= maxBytes else { throw .failed(.tooLarge(limitBytes: maxBytes)) }
        return Bytes(start: buffer, count: count)
    }

    /// The next bytes (at most `max`), or nil at the end of the file.
    func next(max: Int) throws(ReadStop) -> Bytes? {
        let count = read(descriptor, buffer, Swift.min(max, capacity))
        guard count >= 0 else { throw .failed(.unreadableFile) }
        guard count > 0 else { return nil }
        total += count
        guard total <= maxBytes else { throw .failed(.tooLarge(limitBytes: maxBytes)) }
        return Bytes(start: buffer, count: count)
    }
}
