import Foundation

/// Which speaker of a transcript is the pair's mentor and which its mentee. Any other
/// speaker (a guest, a colleague who joined late) is left out of the pair's figures.
public struct SpeakerMapping: Sendable, Codable, Equatable {
    /// The mentor's speaker name as the transcript writes it; empty when no speaker is left for it.
    public var mentor: String
    public var mentee: String

    public init(mentor: String, mentee: String) {
        self.mentor = mentor
        self.mentee = mentee
    }

    /// The first guess after an upload. The mentor is the speaker whose name shares the most
    /// words with the mentor's own name (case-insensitive), else the first speaker; the
    /// mentee the same among the other speakers, else the first other speaker.
    ///
    ///     guess(mentorName: "Jeroen de Graaf", menteeName: "Emma Jansen",
    ///           speakers: ["Emma", "Jeroen", "Guest"])   // mentor "Jeroen", mentee "Emma"
    public static func guess(mentorName: String, menteeName: String, speakers: [String]) -> SpeakerMapping {
        let mentor = closest(mentorName, in: speakers) ?? speakers.first ?? ""
        let others = speakers.filter { $0 != mentor }
        let mentee = closest(menteeName, in: others) ?? others.first ?? ""
        return SpeakerMapping(mentor: mentor, mentee: mentee)
    }

    /// The candidate sharing the most words with `name` (case-insensitive), if any shares one;
    /// on a tie the first of them.
    public static func closest(_ name: String, in candidates: [String]) -> String? {
        let wanted = Set(name.lowercased().split(separator: " "))
        var best: (name: String, shared: Int)?
        for candidate in candidates {
            let shared = Set(candidate.lowercased().split(separator: " ")).intersection(wanted).count
            if shared > (best?.shared ?? 0) { best = (candidate, shared) }
        }
        return best?.name
    }

    /// A mapping chosen by the pair names two different speakers of the transcript.
    public func isValid(for figures: TranscriptFigures) -> Bool {
        let names = Set(figures.speakers.map(\.name))
        return names.contains(mentor) && names.contains(mentee) && mentor != mentee
    }
}

extension TranscriptFigures {
    /// The figures of the speaker with this name, if the transcript has one.
    public func speaker(named name: String) -> Speaker? {
        speakers.first { $0.name == name }
    }

    /// The mentor's share of the pair's talk: the mentor's talk divided by the mentor's and
    /// the mentee's together, other speakers left out. Talk is measured in seconds when the
    /// transcript is timed and in words when it is not; 0 when neither of the two spoke.
    ///
    /// Mentor 30 s, mentee 10 s, a guest 10 s: 30 / (30 + 10) = 0.75.
    public func pairShare(_ mapping: SpeakerMapping) -> Double {
        func talk(_ name: String) -> Double {
            guard let speaker = speaker(named: name) else { return 0 }
            return timed ? speaker.talkSeconds : Double(speaker.words)
        }
        let mentor = talk(mapping.mentor)
        let pair = mentor + talk(mapping.mentee)
        return pair > 0 ? mentor / pair : 0
    }
}
