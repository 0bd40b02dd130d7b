import Foundation

/// The figures of one conversation, in the shape `mentor transcript analyze` prints and the
/// server stores. Every figure is explained in `docs/transcripts.md`. Figures that the
/// transcript cannot give (no end times, no overlapping speech, no questions to wait after)
/// are nil, never 0, so "not measurable" is never read as "never happens".
public struct TranscriptFigures: Sendable, Codable, Equatable {
    public struct Questions: Sendable, Codable, Equatable {
        public var open: Int
        public var closed: Int
        public init(open: Int, closed: Int) { self.open = open; self.closed = closed }
    }

    /// Occurrences per 100 words.
    public struct Signals: Sendable, Codable, Equatable {
        public var hedges: Double
        public var certainty: Double
        public var commitments: Double
        public var ownView: Double
    }

    /// The pause after the speaker's questions before the other speaks.
    public struct WaitTime: Sendable, Codable, Equatable {
        /// The median pause in seconds after a turn that ends with a question.
        public var medianSeconds: Double?
        /// The share of those questions followed by 3 seconds or more of silence.
        public var atLeast3sShare: Double?
        /// False when the transcript has no end times, or the speaker ended no turn with a question.
        public var measured: Bool

        public static let notMeasured = WaitTime(medianSeconds: nil, atLeast3sShare: nil, measured: false)

        public init(medianSeconds: Double?, atLeast3sShare: Double?, measured: Bool) {
            self.medianSeconds = medianSeconds
            self.atLeast3sShare = atLeast3sShare
            self.measured = measured
        }

        enum CodingKeys: String, CodingKey { case medianSeconds, atLeast3sShare, measured }

        /// Not measurable is written as null, so the keys are always there.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(medianSeconds, forKey: .medianSeconds)
            try container.encode(atLeast3sShare, forKey: .atLeast3sShare)
            try container.encode(measured, forKey: .measured)
        }
    }

    public struct Speaker: Sendable, Codable, Equatable {
        public var name: String
        public var talkSeconds: Double
        public var talkShare: Double
        public var words: Int
        public var wordsPerMinute: Double?
        public var turns: Int
        public var longestMonologueSeconds: Double
        public var questions: Questions
        /// Sentences that are not questions.
        public var statements: Int
        public var signals: Signals
        /// Up to three matched phrases per signal, as prompts for reflection.
        public var examples: [String: [String]]
        // Moves (sentences), each counted once; see `Move`.
        public var reflections: Int = 0
        public var advice: Int = 0
        /// Advice given after the speaker asked permission ("Mag ik een suggestie doen?").
        public var adviceWithPermission: Int = 0
        public var information: Int = 0
        public var stories: Int = 0
        public var backchannels: Int = 0
        // Timing and turns.
        /// Starting to speak while the other still talks for at least 0.5 s more (backchannels
        /// not counted); nil without end times or when no speech overlaps in the whole file.
        public var interruptions: Int?
        /// Questions followed by the speaker's own statement in the same turn.
        public var selfAnsweredQuestions: Int = 0
        /// Turns with two or more questions.
        public var stackedQuestions: Int = 0
        public var waitTime: WaitTime = .notMeasured
        /// The median pause before this speaker starts after the other stops; nil without end times.
        public var patienceSeconds: Double?
        /// The mean words of the other's answer after this speaker's open (closed) questions.
        public var answerWordsAfterOpen: Double?
        public var answerWordsAfterClosed: Double?
        /// This speaker's longest stretch of talk not broken by the other (the other's
        /// backchannels do not break it); nil when untimed.
        public var longestStretchSeconds: Double?

        enum CodingKeys: String, CodingKey {
            case name, talkSeconds, talkShare, words, wordsPerMinute, turns, longestMonologueSeconds, questions, statements, signals, examples
            case reflections, advice, adviceWithPermission, information, stories, backchannels, interruptions, selfAnsweredQuestions
            case stackedQuestions, waitTime, patienceSeconds, answerWordsAfterOpen, answerWordsAfterClosed, longestStretchSeconds
        }

        public init(name: String, talkSeconds: Double, talkShare: Double, words: Int, wordsPerMinute: Double?, turns: Int,
                    longestMonologueSeconds: Double, questions: Questions, statements: Int, signals: Signals, examples: [String: [String]]) {
            self.name = name
            self.talkSeconds = talkSeconds
            self.talkShare = talkShare
            self.words = words
            self.wordsPerMinute = wordsPerMinute
            self.turns = turns
            self.longestMonologueSeconds = longestMonologueSeconds
            self.questions = questions
            self.statements = statements
            self.signals = signals
            self.examples = examples
        }

        /// Figures stored by earlier versions lack the moves and timing: they read as zero
        /// counts and "not measured".
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            talkSeconds = try container.decode(Double.self, forKey: .talkSeconds)
            talkShare = try container.decode(Double.self, forKey: .talkShare)
            words = try container.decode(Int.self, forKey: .words)
            wordsPerMinute = try container.decodeIfPresent(Double.self, forKey: .wordsPerMinute)
            turns = try container.decode(Int.self, forKey: .turns)
            longestMonologueSeconds = try container.decode(Double.self, forKey: .longestMonologueSeconds)
            questions = try container.decode(Questions.self, forKey: .questions)
            statements = try container.decodeIfPresent(Int.self, forKey: .statements) ?? 0
            signals = try container.decode(Signals.self, forKey: .signals)
            examples = try container.decodeIfPresent([String: [String]].self, forKey: .examples) ?? [:]
            reflections = try container.decodeIfPresent(Int.self, forKey: .reflections) ?? 0
            advice = try container.decodeIfPresent(Int.self, forKey: .advice) ?? 0
            adviceWithPermission = try container.decodeIfPresent(Int.self, forKey: .adviceWithPermission) ?? 0
            information = try container.decodeIfPresent(Int.self, forKey: .information) ?? 0
            stories = try container.decodeIfPresent(Int.self, forKey: .stories) ?? 0
            backchannels = try container.decodeIfPresent(Int.self, forKey: .backchannels) ?? 0
            interruptions = try container.decodeIfPresent(Int.self, forKey: .interruptions)
            selfAnsweredQuestions = try container.decodeIfPresent(Int.self, forKey: .selfAnsweredQuestions) ?? 0
            stackedQuestions = try container.decodeIfPresent(Int.self, forKey: .stackedQuestions) ?? 0
            waitTime = try container.decodeIfPresent(WaitTime.self, forKey: .waitTime) ?? .notMeasured
            patienceSeconds = try container.decodeIfPresent(Double.self, forKey: .patienceSeconds)
            answerWordsAfterOpen = try container.decodeIfPresent(Double.self, forKey: .answerWordsAfterOpen)
            answerWordsAfterClosed = try container.decodeIfPresent(Double.self, forKey: .answerWordsAfterClosed)
            longestStretchSeconds = try container.decodeIfPresent(Double.self, forKey: .longestStretchSeconds)
        }

        /// Every key is written, "not measurable" as null, so readers of the JSON see the figure exists.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(talkSeconds, forKey: .talkSeconds)
            try container.encode(talkShare, forKey: .talkShare)
            try container.encode(words, forKey: .words)
            try container.encode(wordsPerMinute, forKey: .wordsPerMinute)
            try container.encode(turns, forKey: .turns)
            try container.encode(longestMonologueSeconds, forKey: .longestMonologueSeconds)
            try container.encode(questions, forKey: .questions)
            try container.encode(statements, forKey: .statements)
            try container.encode(signals, forKey: .signals)
            try container.encode(examples, forKey: .examples)
            try container.encode(reflections, forKey: .reflections)
            try container.encode(advice, forKey: .advice)
            try container.encode(adviceWithPermission, forKey: .adviceWithPermission)
            try container.encode(information, forKey: .information)
            try container.encode(stories, forKey: .stories)
            try container.encode(backchannels, forKey: .backchannels)
            try container.encode(interruptions, forKey: .interruptions)
            try container.encode(selfAnsweredQuestions, forKey: .selfAnsweredQuestions)
            try container.encode(stackedQuestions, forKey: .stackedQuestions)
            try container.encode(waitTime, forKey: .waitTime)
            try container.encode(patienceSeconds, forKey: .patienceSeconds)
            try container.encode(answerWordsAfterOpen, forKey: .answerWordsAfterOpen)
            try container.encode(answerWordsAfterClosed, forKey: .answerWordsAfterClosed)
            try container.encode(longestStretchSeconds, forKey: .longestStretchSeconds)
        }
    }

    public var format: String
    public var language: String
    public var timed: Bool
    public var durationSeconds: Double
    public var speechSeconds: Double
    public var switchesPerMinute: Double
    public var speakers: [Speaker]
    /// Cues read, and blocks skipped because they could not be read (see `warnings`).
    public var cues: Int = 0
    public var skippedCues: Int = 0
    /// What was skipped and where, e.g. `line 12: expected times like ..., found "..."` (at most 20).
    public var warnings: [String] = []
    /// For each third of the conversation (by time; by words when untimed), each speaker's
    /// share of the talk in it. Empty when the conversation has no length.
    public var thirds: [[String: Double]] = []

    enum CodingKeys: String, CodingKey {
        case format, language, timed, durationSeconds, speechSeconds, switchesPerMinute, speakers, cues, skippedCues, warnings, thirds
    }

    public init(format: String, language: String, timed: Bool, durationSeconds: Double, speechSeconds: Double,
                switchesPerMinute: Double, speakers: [Speaker]) {
        self.format = format
        self.language = language
        self.timed = timed
        self.durationSeconds = durationSeconds
        self.speechSeconds = speechSeconds
        self.switchesPerMinute = switchesPerMinute
        self.speakers = speakers
    }

    /// Figures stored by earlier versions (without cues, warnings and thirds) still decode.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decode(String.self, forKey: .format)
        language = try container.decode(String.self, forKey: .language)
        timed = try container.decode(Bool.self, forKey: .timed)
        durationSeconds = try container.decode(Double.self, forKey: .durationSeconds)
        speechSeconds = try container.decode(Double.self, forKey: .speechSeconds)
        switchesPerMinute = try container.decode(Double.self, forKey: .switchesPerMinute)
        speakers = try container.decode([Speaker].self, forKey: .speakers)
        cues = try container.decodeIfPresent(Int.self, forKey: .cues) ?? 0
        skippedCues = try container.decodeIfPresent(Int.self, forKey: .skippedCues) ?? 0
        warnings = try container.decodeIfPresent([String].self, forKey: .warnings) ?? []
        thirds = try container.decodeIfPresent([[String: Double]].self, forKey: .thirds) ?? []
    }
}

/// Limits that keep one upload from taking the server's memory or filling its database:
/// the number of speakers and of cues. Exceeding one stops the reading with an error.
public struct TranscriptLimits: Sendable, Equatable {
    public var maxSpeakers: Int
    public var maxCues: Int

    public init(maxSpeakers: Int = 50, maxCues: Int = 200_000) {
        self.maxSpeakers = maxSpeakers
        self.maxCues = maxCues
    }

    /// 50 speakers, 200,000 cues (a 16 MB Teams export has about 150,000).
    public static let standard = TranscriptLimits()
}

/// Measuring a transcript. Every figure is documented in `docs/transcripts.md`.
public enum TranscriptAnalyzer {
    /// The figures of cues already read. Timed cues are taken in order of their start.
    public static func analyze(_ transcript: Transcript) -> TranscriptFigures {
        let timed = transcript.cues.allSatisfy { $0.start != nil && $0.end != nil }
        var meter = Meter()
        var names = SpeakerNames(limit: .max)
        for cue in timed ? Cue.ordered(transcript.cues) : transcript.cues {
            var name = cue.speaker, text = cue.text
            let speaker = (try? name.withUTF8 { bytes throws(ReadStop) in try names.id(bytes) }) ?? 0
            text.withUTF8 { meter.cue(speaker: speaker, start: timed ? cue.start : nil, end: timed ? cue.end : nil, text: $0) }
        }
        return meter.figures(format: transcript.format, names: names.names,
                             report: ReadReport(endTimes: transcript.endTimes, skipped: transcript.skippedCues, warnings: transcript.warnings))
    }

    /// Reads and measures in one pass, without keeping the cues.
    public static func analyze(data: Data, maxBytes: Int = TranscriptParser.defaultMaxBytes,
                               limits: TranscriptLimits = .standard) throws(TranscriptError) -> TranscriptFigures {
        try analyze(.data(data), maxBytes: maxBytes, limits: limits)
    }

    /// Reads the file in chunks and measures it as it goes: memory stays proportional to the
    /// speakers and a window of cues, not to the file (see `OrderingWindow`).
    public static func analyze(fileAt path: String, maxBytes: Int = TranscriptParser.defaultMaxBytes,
                               limits: TranscriptLimits = .standard) throws(TranscriptError) -> TranscriptFigures {
        try analyze(.file(path), maxBytes: maxBytes, limits: limits)
    }

    static func analyze(_ source: TranscriptSource, maxBytes: Int, limits: TranscriptLimits = .standard,
                        chunkSize: Int = 1 << 20, window: Int = 256) throws(TranscriptError) -> TranscriptFigures {
        let (format, ordered, names, report) = try TranscriptInput.read(source, maxBytes: maxBytes, limits: limits, chunkSize: chunkSize) { holdAll in
            OrderingWindow(Meter(), size: window, holdAll: holdAll)
        }
        return ordered.inner.figures(format: format, names: names, report: report)
    }
}
