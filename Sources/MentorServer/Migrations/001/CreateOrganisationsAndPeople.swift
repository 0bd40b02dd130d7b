import Fluent

struct CreateOrganisationsAndPeople: AsyncMigration {
    var name: String { "001-create-organisations-and-people" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Organisation.schema)
            .id()
            .field("name", .string, .required)
            .field("slug", .string, .required)
            .field("default_language", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "slug")
            .create()

        try await database.schema(CoreValue.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, "id", onDelete: .cascade))
            .field("name_nl", .string, .required)
            .field("name_en", .string, .required)
            .field("description_nl", .string, .required)
            .field("description_en", .string, .required)
            .field("position", .int, .required)
            .field("retired_at", .datetime)
            .create()
        try await database.createIndex("core_values_by_organisation", on: CoreValue.schema, columns: ["organisation_id", "position"])

        try await database.schema(CoreValueBehaviour.schema)
            .id()
            .field("core_value_id", .uuid, .required, .references(CoreValue.schema, "id", onDelete: .cascade))
            .field("text_nl", .string, .required)
            .field("text_en", .string, .required)
            .field("position", .int, .required)
            .create()
        try await database.createIndex("behaviours_by_value", on: CoreValueBehaviour.schema, columns: ["core_value_id", "position"])

        try await database.schema(Person.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("email", .string, .required)
            .field("password_hash", .string, .required)
            .field("language", .string)
            .field("seniority", .string)
            .field("practice_group", .string, .required)
            .field("expertise", .string, .required)
            .field("capacity", .int, .required)
            .field("active", .bool, .required)
            .field("failed_sign_ins", .int, .required)
            .field("locked_until", .datetime)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "email")
            .create()
        try await database.createIndex("people_by_organisation", on: Person.schema, columns: ["organisation_id", "name"])

        try await database.schema(PersonRole.schema)
            .id()
            .field("person_id", .uuid, .required, .references(Person.schema, "id", onDelete: .cascade))
            .field("role", .string, .required)
            .unique(on: "person_id", "role")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PersonRole.schema).delete()
        try await database.schema(Person.schema).delete()
        try await database.schema(CoreValueBehaviour.schema).delete()
        try await database.schema(CoreValue.schema).delete()
        try await database.schema(Organisation.schema).delete()
    }
}
