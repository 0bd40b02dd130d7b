import Fluent

/// The mentee's view (issue 14): the mentee's answers to their two questions after a held
/// conversation, one per conversation, and the pairs whose mentee switched the questions off.
/// Both go with their pair (and an answer with its conversation) when that is deleted.
struct AddMenteeView: AsyncMigration {
    var name: String { "014-add-mentee-view" }

    func prepare(on database: any Database) async throws {
        try await database.schema(MenteeViewAnswer.schema)
            .id()
            .field("mentorship_id", .uuid, .required, .references(Mentorship.schema, "id", onDelete: .cascade))
            .field("conversation_id", .uuid, .required, .references(Conversation.schema, "id", onDelete: .cascade))
            .field("room", .int, .required)
            .field("challenge", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            // One answer per conversation, also when two are sent at once.
            .unique(on: "conversation_id")
            .create()
        try await database.createIndex("mentee_view_answers_mentorship", on: MenteeViewAnswer.schema, columns: ["mentorship_id"])
        try await database.schema(MenteeViewPause.schema)
            .id()
            .field("mentorship_id", .uuid, .required, .references(Mentorship.schema, "id", onDelete: .cascade))
            .field("created_at", .datetime)
            .unique(on: "mentorship_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(MenteeViewPause.schema).delete()
        try await database.dropIndex("mentee_view_answers_mentorship")
        try await database.schema(MenteeViewAnswer.schema).delete()
    }
}
