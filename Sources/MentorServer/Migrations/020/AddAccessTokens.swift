import Fluent
import SQLKit

/// Personal access tokens for the JSON API (issue 17): hashed, scoped, with an optional expiry,
/// revocable, and the moment each was last used. A person's tokens go with the person.
struct AddAccessTokens: AsyncMigration {
    var name: String { "020-add-access-tokens" }

    func prepare(on database: any Database) async throws {
        try await database.schema(AccessToken.schema)
            .id()
            .field("person_id", .uuid, .required, .references(Person.schema, "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("token_hash", .string, .required)
            .field("prefix", .string, .required)
            .field("scope", .string, .required)
            .field("expires_at", .datetime)
            .field("last_used_at", .datetime)
            .field("revoked_at", .datetime)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()
        try await database.createIndex("access_tokens_person", on: AccessToken.schema, columns: ["person_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AccessToken.schema).delete()
    }
}
