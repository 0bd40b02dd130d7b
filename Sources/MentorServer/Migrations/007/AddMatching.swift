import Fluent

/// What matching needs: line managers and languages of people, their wishes and avoid
/// lists, a programme's matching settings, and the coordinator's locks and exclusions.
struct AddMatching: AsyncMigration {
    var name: String { "007-add-matching" }

    func prepare(on database: any Database) async throws {
        // SQLite adds one column per ALTER TABLE.
        try await database.schema(Person.schema).field("manager_id", .uuid, .references(Person.schema, "id", onDelete: .setNull)).update()
        try await database.schema(Person.schema).field("languages", .string, .required, .sql(.default(""))).update()
        try await database.schema(Programme.schema).field("matching_mode", .string, .required, .sql(.default("coordinator"))).update()
        try await database.schema(Programme.schema).field("matching_settings", .string, .required, .sql(.default(""))).update()

        try await database.schema(MatchingPreference.schema)
            .id()
            .field("person_id", .uuid, .required, .references(Person.schema, "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("target_id", .uuid, .required, .references(Person.schema, "id", onDelete: .cascade))
            .field("rank", .int, .required)
            .unique(on: "person_id", "kind", "target_id")
            .create()

        try await database.schema(MatchingMark.schema)
            .id()
            .field("programme_id", .uuid, .required, .references(Programme.schema, "id", onDelete: .cascade))
            .field("mentee_id", .uuid, .required, .references(Person.schema, "id", onDelete: .cascade))
            .field("mentor_id", .uuid, .required, .references(Person.schema, "id", onDelete: .cascade))
            .field("mark", .string, .required)
            .unique(on: "programme_id", "mentee_id", "mentor_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(MatchingMark.schema).delete()
        try await database.schema(MatchingPreference.schema).delete()
        for field in ["matching_settings", "matching_mode"] { try await database.schema(Programme.schema).deleteField(.string(field)).update() }
        for field in ["languages", "manager_id"] { try await database.schema(Person.schema).deleteField(.string(field)).update() }
    }
}
