import Fluent

/// Sessions that end on the server and belong to a person, the sign-in attempt counters per
/// client address, and the secrets shared by every server on the database.
struct AddSessionLifetimes: AsyncMigration {
    var name: String { "009-add-session-lifetimes" }

    func prepare(on database: any Database) async throws {
        // Keys are stored as SHA-256 hashes from now on. Older rows hold the raw cookie value
        // and no times, so they are deleted: everyone signs in once more after the upgrade.
        try await database.query(StoredSession.self).delete()
        // SQLite adds one column per ALTER TABLE.
        try await database.schema(StoredSession.schema).field("person_id", .uuid).update()
        try await database.schema(StoredSession.schema).field("created_at", .datetime).update()
        try await database.schema(StoredSession.schema).field("last_seen_at", .datetime).update()
        try await database.createIndex("sessions_person", on: StoredSession.schema, columns: ["person_id"])
        try await database.createIndex("sessions_last_seen", on: StoredSession.schema, columns: ["last_seen_at"])

        try await database.schema("sign_in_limits")
            .field("bucket", .string, .identifier(auto: false))
            .field("window_start", .datetime, .required)
            .field("attempts", .int, .required)
            .create()

        try await database.schema("server_secrets")
            .field("name", .string, .identifier(auto: false))
            .field("value", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("server_secrets").delete()
        try await database.schema("sign_in_limits").delete()
        try await database.dropIndex("sessions_last_seen")
        try await database.dropIndex("sessions_person")
        try await database.query(StoredSession.self).delete()
        try await database.schema(StoredSession.schema).deleteField("last_seen_at").update()
        try await database.schema(StoredSession.schema).deleteField("created_at").update()
        try await database.schema(StoredSession.schema).deleteField("person_id").update()
    }
}
