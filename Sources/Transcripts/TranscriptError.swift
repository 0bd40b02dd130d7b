/// Why a file could not be read. Each case carries what a message needs (the line, the text
/// found there, the limit), so the product can say it in the reader's language;
/// `description` says it in English.
public enum TranscriptError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    /// Binary data: not UTF-8, UTF-16 or Windows-1252 text.
    case notText
    case tooLarge(limitBytes: Int)
    case unreadableFile
    /// A WebVTT or SRT timing line that cannot be read (only when no cue could be read at all;
    /// otherwise the block is skipped with a warning).
    case badTiming(line: Int, found: String)
    /// A block id not followed by a timing line: the line where it was expected, and what is there.
    case missingTiming(line: Int, found: String)
    /// A plain transcript's `[time]` that is not a time.
    case badTime(line: Int, found: String)
    /// A plain transcript's line before any speaker that is not `Name: text`.
    case missingSpeaker(line: Int, found: String)
    case noSpeech
    case tooManySpeakers(limit: Int)
    case tooManyCues(limit: Int)
    case wordDocument(WordProblem)

    public enum WordProblem: String, Sendable {
        case cannotOpen, noText, unreadablePart, invalidXML, tooLarge
    }

    /// The line the problem is on, 0 when it is about the whole file.
    public var line: Int {
        switch self {
        case .badTiming(let line, _), .missingTiming(let line, _), .badTime(let line, _), .missingSpeaker(let line, _): line
        default: 0
        }
    }

    /// The text found on that line (at most 60 characters), when there is one.
    public var found: String? {
        switch self {
        case .badTiming(_, let found), .missingTiming(_, let found), .badTime(_, let found), .missingSpeaker(_, let found): found
        default: nil
        }
    }

    /// What is wrong, without the line number.
    public var message: String {
        switch self {
        case .empty: "the file is empty"
        case .notText: "the file is not text (expected WebVTT, SRT, plain text or a Word document)"
        case .tooLarge(let limit): "the file is larger than the limit of \(limit / 1_048_576) MB"
        case .unreadableFile: "the file cannot be read"
        case .badTiming(_, let found): "expected times like 00:00:01.000 --> 00:00:04.000, found \"\(found)\""
        case .missingTiming(_, let found):
            "expected a timing line like 00:00:01.000 --> 00:00:04.000, found " + (found.isEmpty ? "the end of the file" : "\"\(found)\"")
        case .badTime(_, let found): "expected a time like [00:01:15], found \"\(found)\""
        case .missingSpeaker(_, let found): "expected \"Name: text\", found \"\(found)\""
        case .noSpeech: "no speech found (expected cues with a speaker and text)"
        case .tooManySpeakers(let limit): "more than \(limit) speakers (a conversation transcript has a few)"
        case .tooManyCues(let limit): "more than \(limit) cues"
        case .wordDocument(let problem):
            switch problem {
            case .cannotOpen: "the file looks like a Word document but cannot be opened"
            case .noText: "the Word document has no word/document.xml part"
            case .unreadablePart: "the Word document's text part cannot be read"
            case .invalidXML: "the Word document's text is not valid XML"
            case .tooLarge: "the Word document is too large"
            }
        }
    }

    public var description: String { line > 0 ? "line \(line): \(message)" : message }

    /// The start of a line as the messages quote it.
    static func quote(_ text: String) -> String {
        text.count > 60 ? String(text.prefix(60)) + "…" : text
    }
}
