import Fluent
import SQLKit

/// Issue 14, items 5-7: a reflection may name one focus for the next conversations (and when
/// it was chosen); a goal theme of the organisation's own may list synonyms; a transcript keeps
/// how often each of its speakers said the words of each open goal at upload (JSON, by the
/// speaker's place in the stored figures, so renaming or anonymising speakers keeps it).
struct AddFocusSynonymsAndGoalMentions: AsyncMigration {
    var name: String { "015-add-focus-synonyms-and-goal-mentions" }

    func prepare(on database: any Database) async throws {
        // One column per ALTER TABLE for SQLite. Existing reflections have no focus, existing
        // themes no synonyms, existing transcripts no counts (the mirror says they were not counted).
        try await database.schema(Reflection.schema).field("focus", .string).update()
        try await database.schema(Reflection.schema).field("focus_since", .datetime).update()
        try await database.schema(OrganisationListItem.schema).field("synonyms", .string, .required, .sql(.default(""))).update()
        try await database.schema(TranscriptAnalysis.schema).field("goal_mentions", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(TranscriptAnalysis.schema).deleteField("goal_mentions").update()
        try await database.schema(OrganisationListItem.schema).deleteField("synonyms").update()
        try await database.schema(Reflection.schema).deleteField("focus_since").update()
        try await database.schema(Reflection.schema).deleteField("focus").update()
    }
}
