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
        guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
            throw TranscriptError(line: 0, message: "the file is not text (expected UTF-8 WebVTT, SRT or plain text)")
        }
        return try parse(text)
    }

    public static func parse(_ text: String) throws(TranscriptError) -> Transcript {
        var lines = Fast.lines(text)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
        let firstContent = lines.first { !Fast.trim($0).isEmpty } ?? ""
        let cues: [Cue]
        let format: Transcript.Format
        if firstContent.hasPrefix("WEBVTT") {
            format = .webvtt
            cues = try timedBlocks(lines)
        } else if let timing = lines.first(where: { Fast.arrow(in: $0) != nil }) {
            format = timing.utf8.contains(UInt8(ascii: ",")) ? .srt : .webvtt
            cues = try timedBlocks(lines)
        } else {
            format = .plain
            cues = try plain(lines.map(String.init))
        }
        guard !cues.isEmpty else { throw TranscriptError(line: 0, message: "no speech found (expected cues with a speaker and text)") }
        return Transcript(format: format, cues: cues)
    }

    /// WebVTT and SRT: blocks separated by blank lines; a block is an optional id, a timing
    /// line `start --> end`, and text. NOTE, STYLE and REGION blocks and the header are skipped.
    static func timedBlocks(_ lines: [Substring]) throws(TranscriptError) -> [Cue] {
        var cues: [Cue] = []
        var index = 0
        var inHeader = lines.first.map { $0.hasPrefix("WEBVTT") } ?? false
        while index < lines.count {
            let line = Fast.trim(lines[index])
            if line.isEmpty { inHeader = false; index += 1; continue }
            if inHeader || line.hasPrefix("NOTE") || line == "STYLE" || line == "REGION" || line.hasPrefix("STYLE ") || line.hasPrefix("REGION ") {
                while index < lines.count, !Fast.trim(lines[index]).isEmpty { index += 1 }
                inHeader = false
                continue
            }
            // An id line (Teams' GUID/NN-N, Zoom's and SRT's numbers) comes before the timing line.
            var timingIndex = index
            if Fast.arrow(in: line) == nil {
                timingIndex += 1
                guard timingIndex < lines.count, Fast.arrow(in: lines[timingIndex]) != nil else {
                    throw TranscriptError(line: index + 1, message: "expected a timing line like 00:00:01.000 --> 00:00:04.000")
                }
            }
            let timing = lines[timingIndex]
            let arrow = Fast.arrow(in: timing)!
            let startText = Fast.trim(timing[..<arrow.lowerBound])
            let afterArrow = Fast.trim(timing[arrow.upperBound...])
            let endText = afterArrow.split(separator: " ", maxSplits: 1).first ?? ""
            guard let start = Timestamp.seconds(startText), let end = Timestamp.seconds(endText) else {
                throw TranscriptError(line: timingIndex + 1, message: "expected times like 00:00:01.000 --> 00:00:04.000, found \"\(timing.prefix(60))\"")
            }
            var payload: [Substring] = []
            index = timingIndex + 1
            while index < lines.count, !Fast.trim(lines[index]).isEmpty {
                payload.append(lines[index])
                index += 1
            }
            let (speaker, text) = speakerAndText(payload.count == 1 ? String(payload[0]) : payload.joined(separator: " "))
            if !text.isEmpty { cues.append(Cue(speaker: speaker, start: start, end: max(start, end), text: text)) }
        }
        // Cues out of order are put in order of their start (stable for equal starts).
        var inOrder = true
        for position in cues.indices.dropFirst() where (cues[position].start ?? 0) < (cues[position - 1].start ?? 0) { inOrder = false; break }
        if inOrder { return cues }
        return cues.enumerated().sorted { ($0.element.start ?? 0, $0.offset) < ($1.element.start ?? 0, $1.offset) }.map(\.element)
    }

    /// The speaker from `<v Name>` or a leading `Name:`; tags are removed from the text.
    static func speakerAndText(_ raw: String) -> (String, String) {
        var speaker = ""
        let scalars = raw.unicodeScalars
        if let open = Fast.find("<v", in: raw), let close = raw[open.upperBound...].unicodeScalars.firstIndex(of: ">") {
            var name = Substring(raw[open.upperBound..<close])
            if name.hasPrefix(".") { name = name.drop(while: { $0 != " " }) }
            speaker = String(Fast.trim(name))
        }
        var text = scalars.contains("<") ? stripTags(raw) : raw
        if speaker.isEmpty, let colon = text.unicodeScalars.firstIndex(of: ":") {
            let name = Fast.trim(text[..<colon])
            if !name.isEmpty, name.utf8.count <= 240, !(name.utf8.count < 3 && name.contains(where: \.isNumber)) {
                speaker = String(name)
                text = String(text[text.index(after: colon)...])
            }
        }
        return (speaker.isEmpty ? "Unknown speaker" : speaker, String(Fast.trim(Substring(text))))
    }

    static func stripTags(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var inTag = false
        for scalar in text.unicodeScalars {
            if scalar == "<" { inTag = true; continue }
            if scalar == ">" && inTag { inTag = false; continue }
            if !inTag { result.append(scalar) }
        }
        let stripped = String(result)
        guard stripped.unicodeScalars.contains("&") else { return stripped }
        return stripped.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
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

/// Fast string work for long files: lines, trimming and searching on UTF-8, without Foundation.
enum Fast {
    /// Lines split at "\n", "\r\n" or "\r".
    static func lines(_ text: String) -> [Substring] {
        var result: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 10 || byte == 13 {
                result.append(text[start..<index])
                var next = utf8.index(after: index)
                if byte == 13, next != utf8.endIndex, utf8[next] == 10 { next = utf8.index(after: next) }
                start = next
                index = next
            } else {
                index = utf8.index(after: index)
            }
        }
        result.append(text[start..<utf8.endIndex])
        return result
    }

    /// Without spaces and tabs at both ends.
    static func trim(_ text: Substring) -> Substring {
        let utf8 = text.utf8
        var start = utf8.startIndex, end = utf8.endIndex
        while start != end, utf8[start] == 32 || utf8[start] == 9 { start = utf8.index(after: start) }
        while end != start {
            let before = utf8.index(before: end)
            guard utf8[before] == 32 || utf8[before] == 9 else { break }
            end = before
        }
        return text[start..<end]
    }

    static func arrow<S: StringProtocol>(in text: S) -> Range<String.Index>? { find("-->", in: text) }

    /// The first occurrence of an ASCII `needle`.
    static func find<S: StringProtocol>(_ needle: String, in text: S) -> Range<String.Index>? {
        let pattern = Array(needle.utf8)
        let utf8 = text.utf8
        guard let first = pattern.first else { return nil }
        var index = utf8.startIndex
        while index != utf8.endIndex {
            if utf8[index] == first {
                var probe = index
                var matched = true
                for byte in pattern {
                    guard probe != utf8.endIndex, utf8[probe] == byte else { matched = false; break }
                    probe = utf8.index(after: probe)
                }
                if matched { return index..<probe }
            }
            index = utf8.index(after: index)
        }
        return nil
    }
}
