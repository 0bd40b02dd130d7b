import Fluent
import SQLKit

/// Calendar invitations by e-mail (issue 17): a conversation counts its changes for the
/// iCalendar `SEQUENCE` and keeps who planned it (the organiser); an e-mail in the outbox may
/// carry a `text/calendar` part beside its text.
struct AddCalendarInvitations: AsyncMigration {
    var name: String { "013-add-calendar-invitations" }

    func prepare(on database: any Database) async throws {
        // SQLite adds one column per ALTER TABLE. Existing conversations start at sequence 0,
        // organised by the mentor (no `planned_by`); existing e-mails have no calendar part.
        try await database.schema(Conversation.schema).field("calendar_sequence", .int, .required, .sql(.default(0))).update()
        try await database.schema(Conversation.schema).field("planned_by", .string).update()
        try await database.schema(OutboxMessage.schema).field("calendar", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OutboxMessage.schema).deleteField("calendar").update()
        try await database.schema(Conversation.schema).deleteField("planned_by").update()
        try await database.schema(Conversation.schema).deleteField("calendar_sequence").update()
    }
}
