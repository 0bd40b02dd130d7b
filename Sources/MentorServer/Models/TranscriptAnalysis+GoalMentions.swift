import Foundation
import MentorCore
import Transcripts

/// The goal mentions a transcript keeps (issue 14, item 7): counted once at upload for the pair's
/// open goals, stored by goal and by the speaker's place in the stored figures, so that mapping
/// the speakers again or anonymising their names keeps them. The words themselves are not kept.
extension TranscriptAnalysis {
    /// The stored form: per goal id, the count of each speaker in the order of `figures.speakers`.
    typealias StoredGoalMentions = [String: [Int]]

    /// Stores `counts` (per goal, per speaker name) in the order of the figures' speakers.
    func recordGoalMentions(_ counts: [UUID: [String: Int]], figures: TranscriptFigures) throws {
        let names = figures.speakers.map(\.name)
        let stored: StoredGoalMentions = Dictionary(uniqueKeysWithValues: counts.map { goal, bySpeaker in
            (goal.uuidString, names.map { bySpeaker[$0] ?? 0 })
        })
        goalMentions = String(decoding: try JSONEncoder().encode(stored), as: UTF8.self)
    }

    /// The mentor's and the mentee's counts per goal, with the current mapping; nil when the
    /// transcript was not counted (uploaded before issue 14) or its figures cannot be read.
    func goalMentionCounts(from stored: StoredTranscriptFigures?) -> [GoalMentionCount]? {
        guard let text = goalMentions, let figures = stored?.figures,
              let decoded = try? JSONDecoder().decode(StoredGoalMentions.self, from: Data(text.utf8)) else { return nil }
        let names = figures.speakers.map(\.name)
        func count(_ counts: [Int], _ speaker: String) -> Int {
            guard let index = names.firstIndex(of: speaker), index < counts.count else { return 0 }
            return counts[index]
        }
        return decoded.compactMap { key, counts in
            UUID(uuidString: key).map { GoalMentionCount(goalID: $0, mentor: count(counts, mentorSpeaker), mentee: count(counts, menteeSpeaker)) }
        }.sorted { $0.goalID.uuidString < $1.goalID.uuidString }
    }
}
