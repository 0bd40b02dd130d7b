import Fluent
import Foundation

/// One answer to the pulse survey: how valuable the mentoring is now (1-5) and one thing that
/// would make it better. `round` counts the programme's pulse intervals since the pair started.
final class PulseResponse: Model, @unchecked Sendable {
    static let schema = "pulse_responses"

    @ID(key: .id) var id: UUID?
    @Parent(key: "mentorship_id") var mentorship: Mentorship
    @Parent(key: "programme_id") var programme: Programme
    @Parent(key: "person_id") var person: Person
    @Field(key: "round") var round: Int
    @Field(key: "value") var value: Int
    @Field(key: "improvement") var improvement: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(mentorshipID: UUID, programmeID: UUID, personID: UUID, round: Int, value: Int, improvement: String) {
        self.$mentorship.id = mentorshipID
        self.$programme.id = programmeID
        self.$person.id = personID
        self.round = round
        self.value = value
        self.improvement = improvement
    }
}

/// A message in a person's in-app list. `key` makes each reminder unique per person, so a
/// reminder job that runs twice (or on two servers) creates it once.
final class Notification: Model, @unchecked Sendable {
    static let schema = "notifications"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Parent(key: "person_id") var person: Person
    @Field(key: "kind") var kind: String
    @Field(key: "key") var key: String
    /// The pair, action or conversation the notification is about.
    @OptionalField(key: "subject_id") var subjectID: UUID?
    /// A short, content-free detail (a date or a number of days) shown in the message.
    @Field(key: "detail") var detail: String
    @Field(key: "link") var link: String
    @OptionalField(key: "read_at") var readAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// An e-mail waiting for, or done with, delivery through `MENTOR_SENDMAIL`.
final class OutboxMessage: Model, @unchecked Sendable {
    static let schema = "outbox_messages"

    @ID(key: .id) var id: UUID?
    @OptionalParent(key: "organisation_id") var organisation: Organisation?
    @OptionalParent(key: "notification_id") var notification: Notification?
    @Field(key: "recipient") var recipient: String
    @Field(key: "subject") var subject: String
    @Field(key: "body") var body: String
    /// An iCalendar invitation sent beside the text as a `text/calendar` part (its method read
    /// from its `METHOD` line); nil for a plain e-mail.
    @OptionalField(key: "calendar") var calendar: String?
    /// `pending`, `sent` or `failed` (gave up after `Outbox.maxAttempts`).
    @Field(key: "status") var status: String
    @Field(key: "attempts") var attempts: Int
    @Field(key: "next_attempt_at") var nextAttemptAt: Date
    @OptionalField(key: "claimed_by") var claimedBy: String?
    @OptionalField(key: "claimed_until") var claimedUntil: Date?
    @OptionalField(key: "last_error") var lastError: String?
    @OptionalField(key: "sent_at") var sentAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// A job of the scheduler inside `serve`; a server runs it only after claiming the row.
final class ScheduledJob: Model, @unchecked Sendable {
    static let schema = "scheduled_jobs"

    @ID(custom: "name", generatedBy: .user) var id: String?
    @Field(key: "next_run_at") var nextRunAt: Date
    @OptionalField(key: "claimed_by") var claimedBy: String?
    @OptionalField(key: "claimed_until") var claimedUntil: Date?
    @OptionalField(key: "last_run_at") var lastRunAt: Date?
    @OptionalField(key: "last_result") var lastResult: String?

    init() {}
}
