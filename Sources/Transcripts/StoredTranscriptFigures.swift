import Foundation

/// A conversation's transcript figures as they are kept: every speaker's figures, and the
/// figures of the speaker mapped as the mentor, which the mirror reads. The text of the
/// transcript is not part of it.
///
/// Stored as JSON (`transcript_analyses.figures`): the upload and a new mapping write it; the
/// conversation page, the mirror, the data download and the retention job read it.
public struct StoredTranscriptFigures: Sendable, Codable, Equatable {
    public var figures: TranscriptFigures
    public var mentorOpenQuestions: Int?
    public var mentorClosedQuestions: Int?
    public var mentorStatements: Int?
    public var mentorLongestMonologueSeconds: Double?

    /// The figures with the mentor's own taken from the speaker `mapping` names as the mentor.
    public init(figures: TranscriptFigures, mapping: SpeakerMapping) {
        self.figures = figures
        let mentor = figures.speaker(named: mapping.mentor)
        mentorOpenQuestions = mentor?.questions.open
        mentorClosedQuestions = mentor?.questions.closed
        mentorStatements = mentor?.statements
        mentorLongestMonologueSeconds = mentor?.longestMonologueSeconds
    }

    /// The stored JSON read back; nil when it is not the figures of a transcript.
    public init?(json: String) {
        guard let stored = try? JSONDecoder().decode(Self.self, from: Data(json.utf8)) else { return nil }
        self = stored
    }

    /// The JSON to store, at most `maxBytes` long: when the figures would be longer, the
    /// reflection prompts (the quoted phrases) are left out first.
    public func json(maxBytes: Int) throws -> String {
        var json = try JSONEncoder().encode(self)
        if json.count > maxBytes {
            var smaller = self
            smaller.figures.speakers = smaller.figures.speakers.map { speaker in
                var speaker = speaker
                speaker.examples = [:]
                return speaker
            }
            json = try JSONEncoder().encode(smaller)
        }
        return String(decoding: json, as: UTF8.self)
    }

    /// The figures without anything that names or quotes a person, for the retention job:
    /// the mapped mentor and mentee become "mentor" and "mentee", every other speaker
    /// "speaker N" (its place in the list, from 1), in the speakers and in the thirds alike;
    /// the quoted phrases and the reading warnings (which quote lines) are left out. The
    /// counts, times and shares stay.
    public func anonymised(_ mapping: SpeakerMapping) -> Anonymised {
        var labels: [String: String] = [:]
        for (index, speaker) in figures.speakers.enumerated() where labels[speaker.name] == nil {
            labels[speaker.name] = speaker.name == mapping.mentor ? Anonymised.mentorLabel
                : speaker.name == mapping.mentee ? Anonymised.menteeLabel
                : "speaker \(index + 1)"
        }
        var result = self
        result.figures.speakers = figures.speakers.map { speaker in
            var speaker = speaker
            speaker.name = labels[speaker.name] ?? speaker.name
            speaker.examples = [:]
            return speaker
        }
        result.figures.thirds = figures.thirds.map { third in
            Dictionary(third.map { (labels[$0.key] ?? Anonymised.otherLabel, $0.value) }, uniquingKeysWith: +)
        }
        result.figures.warnings = []
        return Anonymised(figures: result, mapping: SpeakerMapping(mentor: Anonymised.mentorLabel, mentee: Anonymised.menteeLabel))
    }

    /// Anonymised figures with the mapping that now names the pair by its labels.
    public struct Anonymised: Sendable, Equatable {
        public static let mentorLabel = "mentor"
        public static let menteeLabel = "mentee"
        /// A name in the thirds that no speaker has (it cannot happen in figures the library made).
        public static let otherLabel = "speaker"

        public var figures: StoredTranscriptFigures
        public var mapping: SpeakerMapping
    }
}
