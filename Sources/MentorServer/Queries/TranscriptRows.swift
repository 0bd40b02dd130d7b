import Fluent
import Foundation

/// A transcript analysis read by column, for the pages that only show its figures.
struct TranscriptRow {
    var conversation: UUID
    /// A read-only copy in the model's shape, so the figures are read by the one set of
    /// methods (`TranscriptAnalysis+Figures`); it is never saved (writes load the model).
    var analysis: TranscriptAnalysis

    /// The columns `analysis(_:rawText:)` reads, after `t.` (the statement's alias).
    static let columns = "t.timed, t.mentor_speaker, t.mentee_speaker, t.mentor_share, t.figures, t.goal_mentions"

    /// The analysis from a row holding `columns` (and `raw_text` when `rawText`). Setting the
    /// fields one by one builds no model by reflection, as decoding a Fluent row would.
    static func analysis(_ row: LeanRow, rawText: Bool = false) throws -> TranscriptAnalysis {
        let analysis = TranscriptAnalysis()
        analysis.timed = try row.bool("timed")
        analysis.mentorSpeaker = try row.string("mentor_speaker")
        analysis.menteeSpeaker = try row.string("mentee_speaker")
        analysis.mentorShare = try row.double("mentor_share")
        analysis.figures = try row.string("figures")
        analysis.goalMentions = try row.optionalString("goal_mentions")
        analysis.rawText = rawText ? try row.optionalString("raw_text") : nil
        return analysis
    }
}
