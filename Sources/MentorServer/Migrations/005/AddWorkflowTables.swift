import Fluent

/// Fit checks, the organisation's own goal themes and attitude patterns, and a personal
/// calendar feed token.
struct AddWorkflowTables: AsyncMigration {
    var name: String { "005-add-workflow-tables" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Person.schema)
            .field("calendar_token", .string)
            .update()
        try await database.createIndex("people_by_calendar_token", on: Person.schema, columns: ["calendar_token"])

        try await database.schema(FitCheck.schema)
            .id()
            .field("mentorship_id", .uuid, .required, .references(Mentorship.schema, "id", onDelete: .cascade))
            .field("side", .string, .required)
            .field("answer", .string, .required)
            .field("comment", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "mentorship_id", "side")
            .create()

        try await database.schema(OrganisationListItem.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, "id", onDelete: .cascade))
            .field("list", .string, .required)
            .field("key", .string, .required)
            .field("name_nl", .string, .required)
            .field("name_en", .string, .required)
            .field("retired", .bool, .required)
            .unique(on: "organisation_id", "list", "key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OrganisationListItem.schema).delete()
        try await database.schema(FitCheck.schema).delete()
        try await database.dropIndex("people_by_calendar_token")
        try await database.schema(Person.schema).deleteField("calendar_token").update()
    }
}
