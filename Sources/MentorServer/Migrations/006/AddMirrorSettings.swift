import Fluent

/// The organisation's target band for the mentor's talk share, and its own wording of the
/// guidance per attitude pattern.
struct AddMirrorSettings: AsyncMigration {
    var name: String { "006-add-mirror-settings" }

    func prepare(on database: any Database) async throws {
        // SQLite adds one column per ALTER TABLE, so one update per field.
        try await database.schema(Organisation.schema).field("talk_band_low", .double, .required, .sql(.default(0.25))).update()
        try await database.schema(Organisation.schema).field("talk_band_high", .double, .required, .sql(.default(0.45))).update()

        try await database.schema(AttitudeGuidance.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, "id", onDelete: .cascade))
            .field("pattern", .string, .required)
            .field("text_nl", .string, .required)
            .field("text_en", .string, .required)
            .unique(on: "organisation_id", "pattern")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AttitudeGuidance.schema).delete()
        try await database.schema(Organisation.schema).deleteField("talk_band_low").update()
        try await database.schema(Organisation.schema).deleteField("talk_band_high").update()
    }
}
