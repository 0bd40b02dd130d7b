import Fluent

/// Invitation and reset links (token hashes only) and CSV files waiting for the admin's
/// confirmation.
struct AddPasswordLinksAndImportUploads: AsyncMigration {
    var name: String { "010-add-password-links-and-import-uploads" }

    func prepare(on database: any Database) async throws {
        try await database.schema(PasswordLink.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, "id", onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("token_hash", .string, .required)
            .field("created_by_id", .uuid, .references(Person.schema, "id", onDelete: .setNull))
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .field("retired_at", .datetime)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()
        try await database.createIndex("password_links_person", on: PasswordLink.schema, columns: ["person_id", "used_at"])

        try await database.schema(PeopleImportUpload.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, "id", onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, "id", onDelete: .cascade))
            .field("csv", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PeopleImportUpload.schema).delete()
        try await database.dropIndex("password_links_person")
        try await database.schema(PasswordLink.schema).delete()
    }
}
