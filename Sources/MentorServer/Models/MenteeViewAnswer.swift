import Fluent
import Foundation

/// The mentee's answer to their two questions about one held conversation (issue 14): how much
/// room they had to think for themselves, and whether they got enough of the mentor's own view
/// and challenge, each 1-5. One per conversation (a unique index); a second answer corrects it.
/// The mentor never reads a row: the mirror counts them per point of the scale, from three on.
final class MenteeViewAnswer: Model, @unchecked Sendable {
    static let schema = "mentee_view_answers"

    @ID(key: .id) var id: UUID?
    @Parent(key: "mentorship_id") var mentorship: Mentorship
    @Parent(key: "conversation_id") var conversation: Conversation
    @Field(key: "room") var room: Int
    @Field(key: "challenge") var challenge: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(mentorshipID: UUID, conversationID: UUID, room: Int, challenge: Int) {
        self.$mentorship.id = mentorshipID
        self.$conversation.id = conversationID
        self.room = room
        self.challenge = challenge
    }
}

/// A pair whose mentee switched their questions off: no prompts until they switch them on
/// again (the row is removed). One per pair (a unique index).
final class MenteeViewPause: Model, @unchecked Sendable {
    static let schema = "mentee_view_pauses"

    @ID(key: .id) var id: UUID?
    @Parent(key: "mentorship_id") var mentorship: Mentorship
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(mentorshipID: UUID) {
        self.$mentorship.id = mentorshipID
    }
}
