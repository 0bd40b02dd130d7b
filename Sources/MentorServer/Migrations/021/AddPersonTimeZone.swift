import Fluent

/// A time zone of each person's own (issue 15, item 3: events name the date in the reader's
/// time zone). An IANA identifier such as "Europe/London"; NULL means the firm's zone
/// (`MENTOR_TIMEZONE`), so every existing person keeps what they saw before.
struct AddPersonTimeZone: AsyncMigration {
    var name: String { "021-add-person-time-zone" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Person.schema).field("time_zone", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Person.schema).deleteField("time_zone").update()
    }
}
