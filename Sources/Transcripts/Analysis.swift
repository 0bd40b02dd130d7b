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
    public static func analyze(_ transcript: Transcript) -> TranscriptFigures {
        let cues = transcript.cues
        let language = Lexicon.detect(cues.map(\.text))
        let lexicon = Lexicon.for(language)
        let (timed, shares) = TalkTime.shares(cues)
        var turns: [String: Int] = [:]
        var longest: [String: Double] = [:]
        var switches = 0
        var turnStart: Double?
        var turnEnd: Double?
        var previous: String?
        func closeTurn() {
            guard let speaker = previous else { return }
            turns[speaker, default: 0] += 1
            if let start = turnStart, let end = turnEnd { longest[speaker] = max(longest[speaker] ?? 0, end - start) }
        }
        for cue in cues {
            if cue.speaker != previous {
                closeTurn()
                if previous != nil { switches += 1 }
                previous = cue.speaker
                turnStart = cue.start
                turnEnd = cue.end
            } else if let end = cue.end {
                turnEnd = max(turnEnd ?? end, end)
            }
        }
        closeTurn()
        let starts = cues.compactMap(\.start), ends = cues.compactMap(\.end)
        let duration = timed ? max(0, (ends.max() ?? 0) - (starts.min() ?? 0)) : 0
        let speech = timed ? TalkTime.union(cues.map { ($0.start!, $0.end!) }) : 0

        var textBySpeaker: [String: [String]] = [:]
        for cue in cues { textBySpeaker[cue.speaker, default: []].append(cue.text) }
        let speakers = shares.map { share -> TranscriptFigures.Speaker in
            let text = (textBySpeaker[share.name] ?? []).joined(separator: " ")
            let sentences = Sentences.split(text)
            var open = 0, closed = 0, statements = 0
            for sentence in sentences {
                switch lexicon.question(sentence) {
                case .open: open += 1
                case .closed: closed += 1
                case nil: statements += 1
                }
            }
            let lowered = " " + text.lowercased().filter { !$0.isPunctuation || $0 == "'" || $0 == "’" } + " "
            var examples: [String: [String]] = [:]
            func rate(_ name: String, _ phrases: [String]) -> Double {
                var count = 0
                for phrase in phrases {
                    let hits = lowered.components(separatedBy: " " + phrase + " ").count - 1
                    if hits > 0 {
                        count += hits
                        if (examples[name]?.count ?? 0) < 3 { examples[name, default: []].append(phrase) }
                    }
                }
                return share.words > 0 ? Double(count) * 100 / Double(share.words) : 0
            }
            let signals = TranscriptFigures.Signals(hedges: rate("hedges", lexicon.hedges), certainty: rate("certainty", lexicon.certainty),
                                                   commitments: rate("commitments", lexicon.commitments), ownView: rate("ownView", lexicon.ownView))
            return TranscriptFigures.Speaker(
                name: share.name, talkSeconds: share.seconds, talkShare: share.share, words: share.words,
                wordsPerMinute: timed && share.seconds > 0 ? Double(share.words) / (share.seconds / 60) : nil,
                turns: turns[share.name] ?? 0, longestMonologueSeconds: longest[share.name] ?? 0,
                questions: .init(open: open, closed: closed), statements: statements, signals: signals, examples: examples)
        }
        return TranscriptFigures(format: transcript.format.rawValue, language: language, timed: timed, durationSeconds: duration,
                                 speechSeconds: speech, switchesPerMinute: duration > 0 ? Double(switches) / (duration / 60) : 0, speakers: speakers)
    }
}

enum Sentences {
    /// Splits on `.`, `!` and `?`, keeping the mark with its sentence.
    static func split(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == "." || character == "!" || character == "?" {
                let trimmed = current.trimmingCharacters(in: .whitespaces)
                if trimmed.count > 1 { sentences.append(trimmed) }
                current = ""
            }
        }
        let rest = current.trimmingCharacters(in: .whitespaces)
        if Cue.countWords(rest) > 0 { sentences.append(rest) }
        return sentences
    }
}

/// Word lists for Dutch and English, written for this product. The language of a file is
/// the one whose common words occur more often in it.
struct Lexicon {
    enum Kind { case open, closed }

    var openStarts: [String]
    var invertedStarts: [String]
    var tags: [String]
    var hedges: [String]
    var certainty: [String]
    var commitments: [String]
    var ownView: [String]

    /// A question when it ends with `?`, starts with a question word, or starts with an
    /// inverted verb; open when it starts with an open question word, else closed.
    func question(_ sentence: String) -> Kind? {
        let lowered = sentence.lowercased()
        let words = lowered.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard let first = words.first else { return nil }
        let firstTwo = words.prefix(2).joined(separator: " ")
        let opensOpen = openStarts.contains(first) || openStarts.contains(firstTwo)
        let opensInverted = invertedStarts.contains(firstTwo)
        let endsWithMark = lowered.hasSuffix("?")
        guard endsWithMark || opensOpen || opensInverted else { return nil }
        if opensOpen { return .open }
        if tags.contains(where: { lowered.hasSuffix($0) }) { return .closed }
        return .closed
    }

    static func `for`(_ language: String) -> Lexicon { language == "nl" ? dutch : english }

    static func detect(_ texts: [String]) -> String {
        var dutch = 0, english = 0
        for text in texts {
            for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
                let key = String(word)
                if dutchMarkers.contains(key) { dutch += 1 }
                if englishMarkers.contains(key) { english += 1 }
            }
        }
        return dutch > english ? "nl" : "en"
    }
}
