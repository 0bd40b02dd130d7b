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
            // Phrases are matched on the speaker's words, so punctuation never hides one.
            let tokens = Words.tokens(text)
            var examples: [String: [String]] = [:]
            func rate(_ name: String, _ phrases: [String]) -> Double {
                var count = 0
                for phrase in phrases {
                    let hits = PhraseIndex.count(phrase, in: tokens, index: index)
                    if hits > 0 {
                        count += hits
                        if (examples[name]?.count ?? 0) < 3 { examples[name, default: []].append(phrase) }
                    }
                }
                return share.words > 0 ? Double(count) * 100 / Double(share.words) : 0
            }
            let index = PhraseIndex.positions(tokens)
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

/// Where each word occurs in a token list, so a phrase is found by looking only where its
/// first word stands: linear in the words, whatever the number of phrases.
enum PhraseIndex {
    static func positions(_ tokens: [String]) -> [String: [Int]] {
        var index: [String: [Int]] = [:]
        for (position, token) in tokens.enumerated() { index[token, default: []].append(position) }
        return index
    }

    static func count(_ phrase: String, in tokens: [String], index: [String: [Int]]) -> Int {
        let words = Words.tokens(phrase)
        guard let first = words.first, let starts = index[first] else { return 0 }
        var hits = 0
        for start in starts where start + words.count <= tokens.count {
            var matches = true
            for offset in 1..<max(1, words.count) where tokens[start + offset] != words[offset] { matches = false; break }
            if matches { hits += 1 }
        }
        return hits
    }
}

enum Sentences {
    /// Splits on `.`, `!` and `?`, keeping the mark with its sentence.
    static func split(_ text: String) -> [String] {
        var sentences: [String] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                let sentence = Fast.trim(text[start..<next])
                if sentence.utf8.count > 1 { sentences.append(String(sentence)) }
                start = next
            }
            index = next
        }
        let rest = Fast.trim(text[start..<utf8.endIndex])
        if Words.count(String(rest)) > 0 { sentences.append(String(rest)) }
        return sentences
    }
}

/// Word lists for Dutch and English, written for this product. The language of a file is
/// the one whose common words occur more often in it.
struct Lexicon {
    enum Kind { case open, closed }

    var openStarts: [String]
    var invertedStarts: [String]
    var hedges: [String]
    var certainty: [String]
    var commitments: [String]
    var ownView: [String]

    /// A question when it ends with `?`, starts with a question word, or starts with an
    /// inverted verb; open when it starts with an open question word, else closed.
    func question(_ sentence: String) -> Kind? {
        let words = Words.tokens(String(sentence.unicodeScalars.prefix(80)))
        guard let first = words.first else { return nil }
        let firstTwo = words.prefix(2).joined(separator: " ")
        let opensOpen = openStarts.contains(first) || openStarts.contains(firstTwo)
        let opensInverted = invertedStarts.contains(firstTwo)
        let endsWithMark = sentence.unicodeScalars.last == "?"
        guard endsWithMark || opensOpen || opensInverted else { return nil }
        // Open when it starts with an open question word; otherwise closed (inverted verbs, and tag
        // questions such as "toch?" or "right?", which end with a question mark).
        return opensOpen ? .open : .closed
    }

    static func `for`(_ language: String) -> Lexicon { language == "nl" ? dutch : english }

    static func detect(_ texts: [String]) -> String {
        var dutch = 0, english = 0
        // The first 20,000 words tell the language well enough.
        var seen = 0
        for text in texts where seen < 20_000 {
            for word in Words.tokens(text) {
                seen += 1
                if dutchMarkers.contains(word) { dutch += 1 }
                if englishMarkers.contains(word) { english += 1 }
            }
        }
        return dutch > english ? "nl" : "en"
    }
}
