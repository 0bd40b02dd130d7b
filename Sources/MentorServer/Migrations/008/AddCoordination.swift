import Fluent

/// Programme coordination: the pulse survey, notifications with their e-mail outbox, the
/// scheduler's jobs, each person's choice of e-mail, and the organisation's retention period.
struct AddCoordination: AsyncMigration {
    var name: String { "008-add-coordination" }

    func prepare(on database: any Database) async throws {
        // SQLite adds one column per ALTER TABLE.
        try await database.schema(Programme.schema).field("pulse_interval_days", .int, .required, .sql(.default(60))).update()
        try await database.schema(Organisation.schema).field("retention_days", .int).update()
        try await database.schema(Person.schema).field("notify_by_email", .bool, .required, .sql(.default(true))).update()
        try await database.schema(Mentorship.schema).field("content_deleted_at", .datetime).update()

        try await database.schema(PulseResponse.schema)
            .id()
            .field("mentorship_id", .uuid, .required, .references(Mentorship.schema, "id", onDelete: .cascade))
            .field("programme_id", .uuid, .required, .references(Programme.schema, "id", onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, "id", onDelete: .cascade))
            .field("round", .int, .required)
            .field("value", .int, .required)
            .field("improvement", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "mentorship_id", "person_id", "round")
            .create()

        try await database.schema(Notification.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, "id", onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("key", .string, .required)
            .field("subject_id", .uuid)
            .field("detail", .string, .required)
            .field("link", .string, .required)
            .field("read_at", .datetime)
            .field("created_at", .datetime)
            .unique(on: "person_id", "key")
            .create()
        try await database.createIndex("notifications_person_unread", on: Notification.schema, columns: ["person_id", "read_at"])

        try await database.schema(OutboxMessage.schema)
            .id()
            .field("organisation_id", .uuid, .references(Organisation.schema, "id", onDelete: .cascade))
            .field("notification_id", .uuid, .references(Notification.schema, "id", onDelete: .setNull))
            .field("recipient", .string, .required)
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("status", .string, .required)
            .field("attempts", .int, .required)
            .field("next_attempt_at", .datetime, .required)
            .field("claimed_by", .string)
            .field("claimed_until", .datetime)
            .field("last_error", .string)
            .field("sent_at", .datetime)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex("outbox_due", on: OutboxMessage.schema, columns: ["status", "next_attempt_at"])

        try await database.schema(ScheduledJob.schema)
            .field("name", .string, .identifier(auto: false))
            .field("next_run_at", .datetime, .required)
            .field("claimed_by", .string)
            .field("claimed_until", .datetime)
            .field("last_run_at", .datetime)
            .field("last_result", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ScheduledJob.schema).delete()
        try await database.schema(OutboxMessage.schema).delete()
        try await database.schema(Notification.schema).delete()
        try await database.schema(PulseResponse.schema).delete()
        try await database.schema(Mentorship.schema).deleteField("content_deleted_at").update()
        try await database.schema(Person.schema).deleteField("notify_by_email").update()
        try await database.schema(Organisation.schema).deleteField("retention_days").update()
        try await database.schema(Programme.schema).deleteField("pulse_interval_days").update()
    }
}
