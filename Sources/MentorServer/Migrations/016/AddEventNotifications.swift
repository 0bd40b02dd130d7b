import Fluent
import SQLKit

/// Events told at once (issue 15): each person may take e-mail for reminders only (beside
/// every event, or none through `notify_by_email`), and a programme closes a request that has
/// had no answer for its number of days (NULL: never). Existing programmes get 14 days;
/// everyone keeps the choice they had (every e-mail, or none).
struct AddEventNotifications: AsyncMigration {
    var name: String { "016-add-event-notifications" }

    func prepare(on database: any Database) async throws {
        // SQLite adds one column per ALTER TABLE.
        try await database.schema(Person.schema).field("email_reminders_only", .bool, .required, .sql(.default(false))).update()
        try await database.schema(Programme.schema).field("request_timeout_days", .int, .sql(.default(14))).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Programme.schema).deleteField("request_timeout_days").update()
        try await database.schema(Person.schema).deleteField("email_reminders_only").update()
    }
}
