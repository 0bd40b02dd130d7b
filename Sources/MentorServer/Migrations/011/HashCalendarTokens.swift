import Fluent
import SQLKit

/// Calendar feed tokens were stored as they are in the feed's address, so anyone who could read
/// the database (or a backup) could read every person's planned conversations. From here on
/// `people.calendar_token` holds the SHA-256 of the token (see `CalendarToken`).
struct HashCalendarTokens: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        // Existing tokens are replaced by their hash, so the addresses people already
        // subscribed to keep working. A value that is already a hash is left alone.
        let rows = try await sql.raw("SELECT id, calendar_token FROM people WHERE calendar_token IS NOT NULL").all()
        for row in rows {
            let id = try row.decode(column: "id", as: UUID.self)
            let token = try row.decode(column: "calendar_token", as: String.self)
            guard !CalendarToken.isStoredHash(token) else { continue }
            try await sql.raw("UPDATE people SET calendar_token = \(bind: CalendarToken.hash(token)) WHERE id = \(bind: id)").run()
        }
    }

    /// A hash cannot be turned back into its token: reverting turns every feed off (each person
    /// makes a new address on their account page).
    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("UPDATE people SET calendar_token = NULL").run()
    }
}
