import Fluent

struct CreateConversationRecords: AsyncMigration {
    var name: String { "003-create-conversation-records" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Conversation.schema)
            .id()
            .field("mentorship_id", .uuid, .required, .references(Mentorship.schema, "id", onDelete: .cascade))
            .field("scheduled_at", .datetime, .required)
            .field("duration_minutes", .int, .required)
            .field("place", .string, .required)
            .field("initiated_by", .string, .required)
            .field("status", .string, .required)
            .field("shared_notes", .string, .required)
            .field("private_notes", .string, .required)
            .field("talk_share_estimate", .double)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.createIndex("conversations_by_mentorship", on: Conversation.schema, columns: ["mentorship_id", "scheduled_at"])

        try await database.schema(AgendaItem.schema)
            .id()
            .field("conversation_id", .uuid, .required, .references(Conversation.schema, "id", onDelete: .cascade))
            .field("author_side", .string, .required)
            .field("text", .string, .required)
            .field("added_beforehand", .bool, .required)
            .field("covered", .bool, .required)
            .field("carried_from_id", .uuid, .references(AgendaItem.schema, "id", onDelete: .setNull))
            .field("position", .int, .required)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex("agenda_by_conversation", on: AgendaItem.schema, columns: ["conversation_id", "position"])

        try await database.schema(ActionItem.schema)
            .id()
            .field("mentorship_id", .uuid, .required, .references(Mentorship.schema, "id", onDelete: .cascade))
            .field("conversation_id", .uuid, .required, .references(Conversation.schema, "id", onDelete: .cascade))
            .field("owner_side", .string, .required)
            .field("text", .string, .required)
            .field("due_on", .datetime)
            .field("done_on", .datetime)
            .field("carried_count", .int, .required)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex("actions_by_mentorship", on: ActionItem.schema, columns: ["mentorship_id", "done_on"])
        try await database.createIndex("actions_by_conversation", on: ActionItem.schema, columns: ["conversation_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ActionItem.schema).delete()
        try await database.schema(AgendaItem.schema).delete()
        try await database.schema(Conversation.schema).delete()
    }
}
