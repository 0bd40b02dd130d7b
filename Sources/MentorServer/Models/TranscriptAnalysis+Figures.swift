import Foundation
import MentorCore
import Transcripts

/// The one way the stored figures (`figures`, JSON) are written and read: as
/// `StoredTranscriptFigures`, by the upload, the mapping, the conversation page, the mirror,
/// the data download, the demo and the retention job.
extension TranscriptAnalysis {
    /// The stored figures; nil when the column holds no figures a transcript gave.
    var storedFigures: StoredTranscriptFigures? { StoredTranscriptFigures(json: figures) }

    /// Records a transcript's figures with the pair's speakers: the mapping, the mentor's
    /// share of the two (other speakers left out) and the figures, within the stored limit.
    func record(_ figures: TranscriptFigures, mapping: SpeakerMapping) throws {
        format = figures.format
        language = figures.language
        timed = figures.timed
        try map(mapping, figures: figures)
    }

    /// Sets which speaker is the mentor and which the mentee; the mentor's share counts these two only.
    func map(_ mapping: SpeakerMapping, figures: TranscriptFigures) throws {
        mentorSpeaker = mapping.mentor
        menteeSpeaker = mapping.mentee
        mentorShare = figures.pairShare(mapping)
        self.figures = try StoredTranscriptFigures(figures: figures, mapping: mapping).json(maxBytes: TranscriptIntake.maxStoredBytes)
    }

    /// The mentor's figures the mirror reads: the measured share, and the mentor's questions,
    /// statements and longest monologue (zero when the stored figures cannot be read).
    var measuredTalk: MeasuredTalk { measuredTalk(from: storedFigures) }

    /// `measuredTalk` from figures already read (the mirror reads them once per transcript).
    func measuredTalk(from stored: StoredTranscriptFigures?) -> MeasuredTalk {
        MeasuredTalk(mentorShare: mentorShare, openQuestions: stored?.mentorOpenQuestions ?? 0,
                     closedQuestions: stored?.mentorClosedQuestions ?? 0, statements: stored?.mentorStatements ?? 0,
                     longestMonologueSeconds: stored?.mentorLongestMonologueSeconds ?? 0)
    }

    /// The moves of the speaker mapped as the mentor, for the mirror; nil when the figures
    /// cannot be read or name no such speaker.
    func mentorMoves(from stored: StoredTranscriptFigures?) -> TalkMoves? {
        guard let mentor = stored?.figures.speaker(named: mentorSpeaker) else { return nil }
        return TalkMoves(openQuestions: mentor.questions.open, closedQuestions: mentor.questions.closed, reflected: mentor.reflections,
                         advised: mentor.advice, advisedWithPermission: mentor.adviceWithPermission, informed: mentor.information,
                         toldStories: mentor.stories, waitedShare: mentor.waitTime.measured ? mentor.waitTime.atLeast3sShare : nil)
    }

    /// Leaves out every speaker's name and every quoted phrase (the retention job): the pair's
    /// speakers become "mentor" and "mentee", others "speaker N"; the counts and shares stay.
    /// Figures that cannot be read are emptied, since nothing could tell their names apart.
    func anonymise() throws {
        rawText = nil
        guard let stored = storedFigures else {
            figures = "{}"
            mentorSpeaker = StoredTranscriptFigures.Anonymised.mentorLabel
            menteeSpeaker = StoredTranscriptFigures.Anonymised.menteeLabel
            return
        }
        let anonymised = stored.anonymised(SpeakerMapping(mentor: mentorSpeaker, mentee: menteeSpeaker))
        figures = try anonymised.figures.json(maxBytes: TranscriptIntake.maxStoredBytes)
        mentorSpeaker = anonymised.mapping.mentor
        menteeSpeaker = anonymised.mapping.mentee
    }
}
