import Fluent

/// SCIM provisioning (issue 17): the organisations' bearer tokens, stored as hashes, and what SCIM
/// keeps of each provisioned person. Existing people get no row: SCIM shows them from their own fields.
struct AddSCIMProvisioning: AsyncMigration {
    var name: String { "019-add-scim-provisioning" }

    func prepare(on database: any Database) async throws {
        try await database.schema(SCIMToken.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, "id", onDelete: .cascade))
            .field("label", .string, .required)
            .field("token_hash", .string, .required)
            .field("created_by_id", .uuid, .references(Person.schema, "id", onDelete: .setNull))
            .field("created_at", .datetime)
            .field("last_used_at", .datetime)
            .field("revoked_at", .datetime)
            .unique(on: "token_hash")
            .create()
        try await database.schema(SCIMIdentity.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, "id", onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, "id", onDelete: .cascade))
            .field("user_name", .string, .required)
            .field("user_name_key", .string, .required)
            .field("external_id", .string)
            .field("attributes", .string, .required)
            .field("deleted_at", .datetime)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "person_id")
            .unique(on: "organisation_id", "user_name_key")
            .create()
        try await database.createIndex("scim_tokens_organisation", on: SCIMToken.schema, columns: ["organisation_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SCIMIdentity.schema).delete()
        try await database.schema(SCIMToken.schema).delete()
    }
}
