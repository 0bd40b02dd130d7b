import Fluent
import SQLKit

/// The records tell the truth (issue 14): a carried agenda item keeps the conversation it came
/// from and no longer counts as added beforehand; a conversation keeps the mentor's estimate as
/// it stood before a transcript's measured share was shown, and when that share was first shown.
struct AddCarriedFromAndEstimateBeforeMeasured: AsyncMigration {
    var name: String { "012-add-carried-from-and-estimate-before-measured" }

    func prepare(on database: any Database) async throws {
        // SQLite adds one column per ALTER TABLE, so one update per field. No foreign key on
        // the conversation link: it is a record of where the item came from, kept when that
        // conversation's item is deleted later.
        try await database.schema(AgendaItem.schema).field("carried_from_conversation_id", .uuid).update()
        try await database.schema(Conversation.schema).field("estimate_before_measured", .double).update()
        try await database.schema(Conversation.schema).field("measured_shown_at", .datetime).update()
        guard let sql = database as? any SQLDatabase else { return }
        try await Self.migrateData(on: sql)
    }

    /// The existing records, brought in line (a function of its own so a test can run it on data in the old shape).
    static func migrateData(on sql: any SQLDatabase) async throws {
        // Items carried so far were copied as "added beforehand" with the old author, so one old
        // item made every later conversation look prepared: mark them carried, from the
        // conversation of the item they copy, and not added beforehand.
        try await sql.raw("""
            UPDATE agenda_items SET added_beforehand = \(bind: false),
                carried_from_conversation_id = (SELECT s.conversation_id FROM agenda_items s WHERE s.id = agenda_items.carried_from_id)
            WHERE carried_from_id IS NOT NULL
            """).run()

        // Existing transcripts were shown when they were uploaded. An estimate that was not
        // changed after the upload (the conversation not saved since) was given before the
        // measured share could be seen, so it is kept as the estimate beforehand; others are
        // left empty rather than guessed.
        try await sql.raw("""
            UPDATE conversations SET measured_shown_at = COALESCE(
                (SELECT MIN(t.created_at) FROM transcript_analyses t WHERE t.conversation_id = conversations.id), conversations.scheduled_at)
            WHERE EXISTS (SELECT 1 FROM transcript_analyses t WHERE t.conversation_id = conversations.id)
            """).run()
        try await sql.raw("""
            UPDATE conversations SET estimate_before_measured = talk_share_estimate
            WHERE talk_share_estimate IS NOT NULL AND updated_at IS NOT NULL
              AND EXISTS (SELECT 1 FROM transcript_analyses t WHERE t.conversation_id = conversations.id
                          AND t.created_at IS NOT NULL AND conversations.updated_at <= t.created_at)
            """).run()
    }

    /// The columns go; carried items stay marked by their `carried_from_id`, and stay not added beforehand.
    func revert(on database: any Database) async throws {
        try await database.schema(Conversation.schema).deleteField("measured_shown_at").update()
        try await database.schema(Conversation.schema).deleteField("estimate_before_measured").update()
        try await database.schema(AgendaItem.schema).deleteField("carried_from_conversation_id").update()
    }
}
