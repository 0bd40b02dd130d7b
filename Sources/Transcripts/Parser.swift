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

/// Reads WebVTT (with the leniency Teams and Zoom exports need), SRT and plain
/// "Name: text" transcripts. The format is detected from the content, not the file name.
public enum TranscriptParser {
    public static let defaultMaxBytes = 50 * 1024 * 1024

    public static func parse(_ data: Data, maxBytes: Int = defaultMaxBytes) throws(TranscriptError) -> Transcript {
        guard data.count <= maxBytes else {
            throw TranscriptError(line: 0, message: "the file is larger than the limit of \(maxBytes / 1_048_576) MB")
        }
        guard !data.isEmpty else { throw TranscriptError(line: 0, message: "the file is empty") }
        // A zip archive: a Word transcript from Teams or Meet.
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            var transcript = try parse(try docxText(data))
            transcript.format = .docx
            return transcript
        }
        guard let text = String(data: data, encoding: .utf8), !text.contains("\u{0}") else {
            throw TranscriptError(line: 0, message: "the file is not text (expected UTF-8 WebVTT, SRT or plain text)")
        }
        return try parse(text)
    }

    public static func parse(_ text: String) throws(TranscriptError) -> Transcript {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).map(String.init)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
        let firstContent = lines.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
        let cues: [Cue]
        let format: Transcript.Format
        if firstContent.hasPrefix("WEBVTT") {
            format = .webvtt
            cues = try timedBlocks(lines, srt: false)
        } else if lines.contains(where: { $0.contains("-->") }) {
            format = lines.contains(where: { $0.contains("-->") && $0.contains(",") }) ? .srt : .webvtt
            cues = try timedBlocks(lines, srt: format == .srt)
        } else {
            format = .plain
            cues = try plain(lines)
        }
        guard !cues.isEmpty else { throw TranscriptError(line: 0, message: "no speech found (expected cues with a speaker and text)") }
        return Transcript(format: format, cues: cues)
    }

    /// WebVTT and SRT: blocks separated by blank lines; a block is an optional id, a timing
    /// line `start --> end`, and text. NOTE, STYLE and REGION blocks and the header are skipped.
    static func timedBlocks(_ lines: [String], srt: Bool) throws(TranscriptError) -> [Cue] {
        var cues: [Cue] = []
        var index = 0
        var inHeader = lines.first.map { $0.hasPrefix("WEBVTT") || $0.hasPrefix("\u{FEFF}WEBVTT") } ?? false
        while index < lines.count {
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            if line.isEmpty { inHeader = false; index += 1; continue }
            if inHeader || line.hasPrefix("NOTE") || line == "STYLE" || line == "REGION" || line.hasPrefix("STYLE ") || line.hasPrefix("REGION ") {
                while index < lines.count, !lines[index].trimmingCharacters(in: .whitespaces).isEmpty { index += 1 }
                inHeader = false
                continue
            }
            // An id line (Teams' GUID/NN-N, Zoom's and SRT's numbers) comes before the timing line.
            var timingIndex = index
            if !line.contains("-->") {
                timingIndex += 1
                guard timingIndex < lines.count, lines[timingIndex].contains("-->") else {
                    throw TranscriptError(line: index + 1, message: "expected a timing line like 00:00:01.000 --> 00:00:04.000")
                }
            }
            let timing = lines[timingIndex]
            let arrow = timing.range(of: "-->")!
            let startText = timing[..<arrow.lowerBound].trimmingCharacters(in: .whitespaces)
            let endText = timing[arrow.upperBound...].trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init) ?? ""
            guard let start = Timestamp.seconds(startText), let end = Timestamp.seconds(endText) else {
                throw TranscriptError(line: timingIndex + 1, message: "expected times like 00:00:01.000 --> 00:00:04.000, found \"\(timing.prefix(60))\"")
            }
            var payload: [String] = []
            index = timingIndex + 1
            while index < lines.count, !lines[index].trimmingCharacters(in: .whitespaces).isEmpty {
                payload.append(lines[index])
                index += 1
            }
            let (speaker, text) = speakerAndText(payload.joined(separator: " "))
            if !text.isEmpty { cues.append(Cue(speaker: speaker, start: start, end: max(start, end), text: text)) }
        }
        // Cues out of order are put in order of their start (stable for equal starts).
        return cues.enumerated().sorted { ($0.element.start ?? 0, $0.offset) < ($1.element.start ?? 0, $1.offset) }.map(\.element)
    }

    /// The speaker from `<v Name>` or a leading `Name:`; tags are removed from the text.
    static func speakerAndText(_ raw: String) -> (String, String) {
        var speaker = ""
        var text = raw
        if let open = text.range(of: "<v"), let close = text[open.upperBound...].firstIndex(of: ">") {
            var name = String(text[open.upperBound..<close])
            if name.hasPrefix(".") { name = String(name.drop(while: { $0 != " " })) }
            speaker = name.trimmingCharacters(in: .whitespaces)
        }
        text = stripTags(text)
        if speaker.isEmpty, let colon = text.firstIndex(of: ":") {
            let name = text[..<colon].trimmingCharacters(in: .whitespaces)
            if !name.isEmpty, name.count <= 60, !name.contains(where: { $0.isNumber && name.count < 3 }) {
                speaker = name
                text = String(text[text.index(after: colon)...])
            }
        }
        return (speaker.isEmpty ? "Unknown speaker" : speaker, text.trimmingCharacters(in: .whitespaces))
    }

    static func stripTags(_ text: String) -> String {
        var result = ""
        var inTag = false
        for character in text {
            if character == "<" { inTag = true; continue }
            if character == ">" && inTag { inTag = false; continue }
            if !inTag { result.append(character) }
        }
        return result.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
    }

    /// Plain text: `Name: text` lines, optionally `[00:01:15] Name: text`, or Otter's header
    /// line `Name  0:15` followed by the text. Lines without a speaker continue the previous cue.
    static func plain(_ lines: [String]) throws(TranscriptError) -> [Cue] {
        var cues: [Cue] = []
        var pendingSpeaker: (name: String, start: Double?)?
        for (number, raw) in lines.enumerated() {
            var line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            var start: Double?
            if line.hasPrefix("["), let close = line.firstIndex(of: "]") {
                start = Timestamp.seconds(line[line.index(after: line.startIndex)..<close])
                if start == nil { throw TranscriptError(line: number + 1, message: "expected a time like [00:01:15], found \"\(line[...close])\"") }
                line = line[line.index(after: close)...].trimmingCharacters(in: .whitespaces)
            }
            // Otter: "Name  0:15" (two or more spaces, then a time) on a line of its own.
            if let range = line.range(of: "  ", options: .backwards), let time = Timestamp.seconds(line[range.upperBound...].trimmingCharacters(in: .whitespaces)) {
                pendingSpeaker = (line[..<range.lowerBound].trimmingCharacters(in: .whitespaces), time)
                continue
            }
            if let pending = pendingSpeaker {
                cues.append(Cue(speaker: pending.name, start: pending.start, end: nil, text: line))
                pendingSpeaker = nil
                continue
            }
            if let colon = line.firstIndex(of: ":"), line.distance(from: line.startIndex, to: colon) <= 60 {
                let name = line[..<colon].trimmingCharacters(in: .whitespaces)
                let text = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                if !name.isEmpty && !text.isEmpty {
                    cues.append(Cue(speaker: name, start: start, end: nil, text: text))
                    continue
                }
            }
            guard !cues.isEmpty else { throw TranscriptError(line: number + 1, message: "expected \"Name: text\"") }
            cues[cues.count - 1].text += " " + line
        }
        // With start times only, a cue ends where the next one starts; the last one gets its words at 150 per minute.
        if cues.allSatisfy({ $0.start != nil }) {
            for index in cues.indices {
                let next = index + 1 < cues.count ? cues[index + 1].start! : cues[index].start! + Double(cues[index].words) / 2.5
                cues[index].end = max(cues[index].start!, next)
            }
        } else {
            for index in cues.indices { cues[index].start = nil; cues[index].end = nil }
        }
        return cues
    }
}
