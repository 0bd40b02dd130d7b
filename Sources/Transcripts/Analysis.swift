import Foundation

/// The figures of one conversation, in the shape `mentor transcript analyze` prints.
public struct TranscriptFigures: Sendable, Codable, Equatable {
    public struct Questions: Sendable, Codable, Equatable { public var open: Int; public var closed: Int }
    /// Occurrences per 100 words.
    public struct Signals: Sendable, Codable, Equatable { public var hedges: Double; public var certainty: Double; public var commitments: Double; public var ownView: Double }

    public struct Speaker: Sendable, Codable, Equatable {
        public var name: String
        public var talkSeconds: Double
        public var talkShare: Double
        public var words: Int
        public var wordsPerMinute: Double?
        public var turns: Int
        public var longestMonologueSeconds: Double
        public var questions: Questions
        public var statements: Int
        public var signals: Signals
        /// Up to three matched phrases per signal, as prompts for reflection.
        public var examples: [String: [String]]
    }

    public var format: String
    public var language: String
    public var timed: Bool
    public var durationSeconds: Double
    public var speechSeconds: Double
    public var switchesPerMinute: Double
    public var speakers: [Speaker]
}

/// Measuring a transcript. Every figure is documented in `docs/transcripts.md`.
public enum TranscriptAnalyzer {
    /// The figures of cues already read. Timed cues are taken in order of their start.
    public static func analyze(_ transcript: Transcript) -> TranscriptFigures {
        let timed = transcript.cues.allSatisfy { $0.start != nil && $0.end != nil }
        var meter = Meter()
        var names = SpeakerNames()
        for cue in timed ? Cue.ordered(transcript.cues) : transcript.cues {
            var name = cue.speaker, text = cue.text
            let speaker = name.withUTF8 { names.id($0) }
            text.withUTF8 { meter.cue(speaker: speaker, start: timed ? cue.start : nil, end: timed ? cue.end : nil, text: $0) }
        }
        return meter.figures(format: transcript.format, names: names.names)
    }

    /// Reads and measures in one pass, without keeping the cues.
    public static func analyze(data: Data, maxBytes: Int = TranscriptParser.defaultMaxBytes) throws(TranscriptError) -> TranscriptFigures {
        try analyze(.data(data), maxBytes: maxBytes)
    }

    /// Reads the file in chunks and measures it as it goes: memory stays proportional to the
    /// speakers and a window of cues, not to the file (see `OrderingWindow`).
    public static func analyze(fileAt path: String, maxBytes: Int = TranscriptParser.defaultMaxBytes) throws(TranscriptError) -> TranscriptFigures {
        try analyze(.file(path), maxBytes: maxBytes)
    }

    static func analyze(_ source: TranscriptSource, maxBytes: Int, chunkSize: Int = 1 << 20, window: Int = 256) throws(TranscriptError) -> TranscriptFigures {
        let (format, ordered, names) = try TranscriptInput.read(source, maxBytes: maxBytes, chunkSize: chunkSize) { holdAll in
            OrderingWindow(Meter(), size: window, holdAll: holdAll)
        }
        return ordered.inner.figures(format: format, names: names)
    }
}

/// Word lists for Dutch and English, written for this product (data in `Lexicons/`). The
/// language of a file is the one whose common words occur more often in its first 20,000 words.
struct Lexicon {
    var openStarts: [String]
    var invertedStarts: [String]
    var hedges: [String]
    var certainty: [String]
    var commitments: [String]
    var ownView: [String]
}
