import Foundation

/// A transcript read from a file: its format and its cues in the order spoken.
public struct Transcript: Sendable, Equatable {
    public enum Format: String, Sendable, Codable { case webvtt, srt, plain, docx }
    public var format: Format
    public var cues: [Cue]
}

/// Why a file could not be read, naming the line and what was expected there.
public struct TranscriptError: Error, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String
    public var description: String { line > 0 ? "line \(line): \(message)" : message }
}

/// Reads WebVTT (with the leniency Teams and Zoom exports need), SRT, plain "Name: text"
/// transcripts and Teams / Meet Word documents. The format is detected from the content, not
/// the file name. For the figures alone, `TranscriptAnalyzer.analyze(data:)` and
/// `analyze(fileAt:)` read without keeping the cues.
public enum TranscriptParser {
    public static let defaultMaxBytes = 50 * 1024 * 1024

    public static func parse(_ data: Data, maxBytes: Int = defaultMaxBytes) throws(TranscriptError) -> Transcript {
        let (format, collector, names) = try TranscriptInput.read(.data(data), maxBytes: maxBytes) { _ in CueCollector() }
        return collector.transcript(format: format, names: names)
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
    func transcript(format: Transcript.Format, names: [String]) -> Transcript {
        var cues = self.cues.map { Cue(speaker: names[$0.speaker], start: $0.start, end: $0.end, text: $0.text) }
        if cues.allSatisfy({ $0.start != nil }) { cues = Cue.ordered(cues) }
        return Transcript(format: format, cues: cues)
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
    /// transcript turns out untimed, or when cues come too far out of order for the sink
    /// (`make` then gets `holdAll: true`).
    static func read<Sink: CueSink>(_ source: TranscriptSource, maxBytes: Int, chunkSize: Int = 1 << 20,
                                    make: (_ holdAll: Bool) -> Sink) throws(TranscriptError) -> (Transcript.Format, Sink, [String]) {
        var untimed = false, holdAll = false
        var source = source
        var format: Transcript.Format?
        if case .file(let path) = source, try isWordDocument(path) {
            source = .data(try readWhole(path, maxBytes: maxBytes))
        }
        if case .data(let data) = source {
            guard data.count <= maxBytes else { throw tooLarge(maxBytes) }
            guard !data.isEmpty else { throw TranscriptError(line: 0, message: "the file is empty") }
            if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
                source = .data(Data(try TranscriptParser.docxText(data).utf8))
                format = .docx
            }
        }
        while true {
            var sink = make(holdAll)
            do throws(ReadStop) {
                let (layout, names) = try readOnce(source, maxBytes: maxBytes, chunkSize: chunkSize, untimed: untimed, sink: &sink)
                guard !names.isEmpty else { throw ReadStop.failed(TranscriptError(line: 0, message: "no speech found (expected cues with a speaker and text)")) }
                if format == nil {
                    switch layout {
                    case .timedBlocks(let blockFormat, _): format = blockFormat
                    case .plain: format = .plain
                    }
                }
                return (format!, sink, names)
            } catch {
                switch error {
                case .failed(let failure): throw failure
                case .untimed: untimed = true
                case .disorder: holdAll = true
                }
            }
        }
    }

    private static func readOnce<Sink: CueSink>(_ source: TranscriptSource, maxBytes: Int, chunkSize: Int, untimed: Bool,
                                                sink: inout Sink) throws(ReadStop) -> (Layout, [String]) {
        switch source {
        case .data(let data):
            var reader: CueReader<Sink>?
            var stop: ReadStop?
            data.withUnsafeBytes { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                if let base = bytes.baseAddress, memchr(base, 0, bytes.count) != nil { stop = CueReader<Sink>.notText; return }
                var cueReader = CueReader(sink: sink, layout: Layout.detect(bytes.part(0, min(bytes.count, detectionBytes))), untimed: untimed)
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
            return (reader!.layout, reader!.speakers.names)
        case .file(let path):
            let file = try FileReader(path: path, maxBytes: maxBytes)
            defer { file.close() }
            // The first megabyte (or the whole of a smaller file) decides the layout, then is read as usual.
            let prefix = try file.fill()
            guard prefix.count > 0 else { throw ReadStop.failed(TranscriptError(line: 0, message: "the file is empty")) }
            var reader = CueReader(sink: sink, layout: Layout.detect(prefix), untimed: untimed)
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
            return (reader.layout, reader.speakers.names)
        }
    }

    static func tooLarge(_ maxBytes: Int) -> TranscriptError {
        TranscriptError(line: 0, message: "the file is larger than the limit of \(maxBytes / 1_048_576) MB")
    }

    private static func isWordDocument(_ path: String) throws(TranscriptError) -> Bool {
        let file: FileReader
        do throws(ReadStop) { file = try FileReader(path: path, maxBytes: Int.max) } catch {
            if case .failed(let failure) = error { throw failure }
            return false
        }
        defer { file.close() }
        let start = try? file.next(max: 4)
        return start.map { Array($0) == [0x50, 0x4B, 0x03, 0x04] } ?? false
    }

    private static func readWhole(_ path: String, maxBytes: Int) throws(TranscriptError) -> Data {
        do throws(ReadStop) {
            let file = try FileReader(path: path, maxBytes: maxBytes)
            defer { file.close() }
            var data = Data()
            while let chunk = try file.next(max: 1 << 20) { data.append(chunk.baseAddress!, count: chunk.count) }
            return data
        } catch {
            if case .failed(let failure) = error { throw failure }
            throw TranscriptError(line: 0, message: "the file cannot be read")
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
        guard descriptor >= 0 else { throw .failed(TranscriptError(line: 0, message: "the file cannot be read")) }
        var status = stat()
        let known = fstat(descriptor, &status) == 0 ? Int(status.st_size) : -1
        if known > maxBytes {
            Foundation.close(descriptor)
            throw .failed(TranscriptInput.tooLarge(maxBytes))
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
            guard got >= 0 else { throw .failed(TranscriptError(line: 0, message: "the file cannot be read")) }
            if got == 0 { break }
            count += got
        }
        total += count
        guard total <= maxBytes else { throw .failed(TranscriptInput.tooLarge(maxBytes)) }
        return Bytes(start: buffer, count: count)
    }

    /// The next bytes (at most `max`), or nil at the end of the file.
    func next(max: Int) throws(ReadStop) -> Bytes? {
        let count = read(descriptor, buffer, Swift.min(max, capacity))
        guard count >= 0 else { throw .failed(TranscriptError(line: 0, message: "the file cannot be read")) }
        guard count > 0 else { return nil }
        total += count
        guard total <= maxBytes else { throw .failed(TranscriptInput.tooLarge(maxBytes)) }
        return Bytes(start: buffer, count: count)
    }
}
