import Fluent
import Foundation
import MentorCore

/// What a mentor saw of a learning goal in one conversation.
final class GoalEvidence: Model, @unchecked Sendable {
    static let schema = "goal_evidence"

    @ID(key: .id) var id: UUID?
    @Parent(key: "conversation_id") var conversation: Conversation
    @Parent(key: "goal_id") var goal: LearningGoal
    @Field(key: "text") var text: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(conversationID: UUID, goalID: UUID, text: String) {
        self.$conversation.id = conversationID
        self.$goal.id = goalID
        self.text = text
    }
}

/// A 1-5 score on a core value, always with the behaviour that was seen.
final class ValueScore: Model, @unchecked Sendable {
    static let schema = "value_scores"

    @ID(key: .id) var id: UUID?
    @Parent(key: "conversation_id") var conversation: Conversation
    @Parent(key: "core_value_id") var coreValue: CoreValue
    @Field(key: "score") var score: Int
    @Field(key: "behaviour") var behaviour: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(conversationID: UUID, coreValueID: UUID, score: Int, behaviour: String) {
        self.$conversation.id = conversationID
        self.$coreValue.id = coreValueID
        self.score = score
        self.behaviour = behaviour
    }
}

final class AttitudeObservation: Model, @unchecked Sendable {
    static let schema = "attitude_observations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "conversation_id") var conversation: Conversation
    @Field(key: "pattern") var pattern: String
    @Field(key: "effect") var effect: AttitudeEffect
    @Field(key: "note") var note: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(conversationID: UUID, pattern: String, effect: AttitudeEffect, note: String) {
        self.$conversation.id = conversationID
        self.pattern = pattern
        self.effect = effect
        self.note = note
    }
}

/// Figures measured from an uploaded transcript. The raw text is kept only when the pair chose to.
final class TranscriptAnalysis: Model, @unchecked Sendable {
    static let schema = "transcript_analyses"

    @ID(key: .id) var id: UUID?
    @Parent(key: "conversation_id") var conversation: Conversation
    @Field(key: "format") var format: String
    @Field(key: "language") var language: String
    @Field(key: "timed") var timed: Bool
    @Field(key: "mentor_speaker") var mentorSpeaker: String
    @Field(key: "mentee_speaker") var menteeSpeaker: String
    @Field(key: "mentor_share") var mentorShare: Double
    @Field(key: "figures") var figures: String
    @OptionalField(key: "raw_text") var rawText: String?
    /// Per open goal at upload, how often each speaker (by place in the stored figures) said its words (JSON).
    @OptionalField(key: "goal_mentions") var goalMentions: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// The mentor's own answers to the self-check for a period. Private to the mentor.
final class Reflection: Model, @unchecked Sendable {
    static let schema = "reflections"

    @ID(key: .id) var id: UUID?
    @Parent(key: "mentor_id") var mentor: Person
    @OptionalParent(key: "mentorship_id") var mentorship: Mentorship?
    @Field(key: "period_from") var periodFrom: Date
    @Field(key: "period_to") var periodTo: Date
    @Field(key: "initiative") var initiative: String
    @Field(key: "expectations") var expectations: String
    @Field(key: "core_values") var coreValues: String
    @Field(key: "learning_goals") var learningGoals: String
    /// One focus for the next conversations (`Focus`), and when it was chosen (issue 14).
    @OptionalField(key: "focus") var focus: String?
    @OptionalField(key: "focus_since") var focusSince: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// Who did what to which record, and when. Never holds the content of private notes.
final class AuditEvent: Model, @unchecked Sendable {
    static let schema = "audit_events"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @OptionalParent(key: "actor_id") var actor: Person?
    @Field(key: "action") var action: String
    @Field(key: "entity") var entity: String
    @OptionalField(key: "entity_id") var entityID: UUID?
    @Field(key: "summary") var summary: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(organisationID: UUID, actorID: UUID?, action: String, entity: String, entityID: UUID?, summary: String) {
        self.$organisation.id = organisationID
        self.$actor.id = actorID
        self.action = action
        self.entity = entity
        self.entityID = entityID
        self.summary = summary
    }
}
