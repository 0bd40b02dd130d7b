import Fluent
import Foundation
import MentorCore

final class Conversation: Model, @unchecked Sendable {
    static let schema = "conversations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "mentorship_id") var mentorship: Mentorship
    @Field(key: "scheduled_at") var scheduledAt: Date
    @Field(key: "duration_minutes") var durationMinutes: Int
    @Field(key: "place") var place: String
    @Field(key: "initiated_by") var initiatedBy: PairSide
    @Field(key: "status") var status: ConversationStatus
    @Field(key: "shared_notes") var sharedNotes: String
    /// Seen by the pair's mentor alone.
    @Field(key: "private_notes") var privateNotes: String
    /// The mentor's own estimate of their share of talk, 0-1.
    @OptionalField(key: "talk_share_estimate") var talkShareEstimate: Double?
    /// The mentor's estimate as it stood before a transcript's measured share was shown to
    /// them; never changed afterwards, so the mirror can set it against the measured share.
    @OptionalField(key: "estimate_before_measured") var estimateBeforeMeasured: Double?
    /// When the measured figures were first shown to the mentor (with or without an estimate).
    @OptionalField(key: "measured_shown_at") var measuredShownAt: Date?
    /// The iCalendar `SEQUENCE`: 0 when planned, one more with every move or cancellation.
    @Field(key: "calendar_sequence") var calendarSequence: Int
    /// Who planned it, the organiser in its calendar invitations; nil (the mentor) for older conversations.
    @OptionalField(key: "planned_by") var plannedBy: PairSide?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(id: UUID? = nil, mentorshipID: UUID, scheduledAt: Date, durationMinutes: Int, place: String,
         initiatedBy: PairSide, status: ConversationStatus) {
        self.id = id
        self.$mentorship.id = mentorshipID
        self.scheduledAt = scheduledAt
        self.durationMinutes = durationMinutes
        self.place = place
        self.initiatedBy = initiatedBy
        self.status = status
        self.sharedNotes = ""
        self.privateNotes = ""
        self.calendarSequence = 0
    }
}

extension Conversation {
    /// The estimates as `EstimateFirst` reads and writes them.
    var estimates: EstimateFirst.State {
        get { EstimateFirst.State(estimate: talkShareEstimate, estimateBeforeMeasured: estimateBeforeMeasured, measuredShownAt: measuredShownAt) }
        set {
            talkShareEstimate = newValue.estimate
            estimateBeforeMeasured = newValue.estimateBeforeMeasured
            measuredShownAt = newValue.measuredShownAt
        }
    }
}

final class AgendaItem: Model, @unchecked Sendable {
    static let schema = "agenda_items"

    @ID(key: .id) var id: UUID?
    @Parent(key: "conversation_id") var conversation: Conversation
    @Field(key: "author_side") var authorSide: PairSide
    @Field(key: "text") var text: String
    @Field(key: "added_beforehand") var addedBeforehand: Bool
    @Field(key: "covered") var covered: Bool
    @OptionalParent(key: "carried_from_id") var carriedFrom: AgendaItem?
    /// The conversation a carried item came from; kept when that item is later deleted.
    @OptionalField(key: "carried_from_conversation_id") var carriedFromConversationID: UUID?
    @Field(key: "position") var position: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(conversationID: UUID, authorSide: PairSide, text: String, addedBeforehand: Bool, covered: Bool, position: Int) {
        self.$conversation.id = conversationID
        self.authorSide = authorSide
        self.text = text
        self.addedBeforehand = addedBeforehand
        self.covered = covered
        self.position = position
    }

    /// Taken over from an earlier conversation (by either link).
    var isCarried: Bool { $carriedFrom.id != nil || carriedFromConversationID != nil }
}

final class ActionItem: Model, @unchecked Sendable {
    static let schema = "action_items"

    @ID(key: .id) var id: UUID?
    @Parent(key: "mentorship_id") var mentorship: Mentorship
    @Parent(key: "conversation_id") var conversation: Conversation
    @Field(key: "owner_side") var ownerSide: PairSide
    @Field(key: "text") var text: String
    @OptionalField(key: "due_on") var dueOn: Date?
    @OptionalField(key: "done_on") var doneOn: Date?
    /// How many later conversations this action was carried into while still open.
    @Field(key: "carried_count") var carriedCount: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(mentorshipID: UUID, conversationID: UUID, ownerSide: PairSide, text: String, dueOn: Date?, doneOn: Date?, carriedCount: Int = 0) {
        self.$mentorship.id = mentorshipID
        self.$conversation.id = conversationID
        self.ownerSide = ownerSide
        self.text = text
        self.dueOn = dueOn
        self.doneOn = doneOn
        self.carriedCount = carriedCount
    }
}
