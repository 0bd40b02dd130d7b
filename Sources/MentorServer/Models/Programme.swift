import Fluent
import Foundation
import MentorCore

/// A mentoring cycle in an organisation.
final class Programme: Model, @unchecked Sendable {
    static let schema = "programmes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Field(key: "name") var name: String
    @Field(key: "starts_on") var startsOn: Date
    @Field(key: "ends_on") var endsOn: Date
    @Field(key: "cadence_days") var cadenceDays: Int
    /// `coordinator`: the coordinator proposes pairs; `mentee_choice`: mentees pick from suggestions.
    @Field(key: "matching_mode") var matchingMode: String
    /// `ProgrammeMatchingSettings` as JSON; empty means the defaults.
    @Field(key: "matching_settings") var matchingSettingsText: String
    /// Days between pulse surveys for each pair.
    @Field(key: "pulse_interval_days") var pulseIntervalDays: Int
    /// Days after which an unanswered request closes itself; nil: never (migration 016).
    @OptionalField(key: "request_timeout_days") var requestTimeoutDays: Int?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var matchingSettings: ProgrammeMatchingSettings { ProgrammeMatchingSettings.decode(matchingSettingsText) }
    var letsMenteesChoose: Bool { matchingMode == "mentee_choice" }

    init(id: UUID? = nil, organisationID: UUID, name: String, startsOn: Date, endsOn: Date, cadenceDays: Int) {
        self.id = id
        self.$organisation.id = organisationID
        self.name = name
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.cadenceDays = cadenceDays
        self.matchingMode = "coordinator"
        self.matchingSettingsText = ""
        self.pulseIntervalDays = 60
        self.requestTimeoutDays = 14
    }
}

/// A mentor and a mentee in a programme.
final class Mentorship: Model, @unchecked Sendable {
    static let schema = "mentorships"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Parent(key: "programme_id") var programme: Programme
    @Parent(key: "mentor_id") var mentor: Person
    @Parent(key: "mentee_id") var mentee: Person
    @Field(key: "status") var status: MentorshipStatus
    /// Who asked for the pair: the mentee (a direct request) or nil when a coordinator formed it.
    @OptionalField(key: "requested_by") var requestedBy: PairSide?
    @OptionalField(key: "started_on") var startedOn: Date?
    @OptionalField(key: "ended_on") var endedOn: Date?
    @OptionalField(key: "end_reason") var endReason: String?
    @OptionalField(key: "decline_reason") var declineReason: String?
    /// Who declined a proposed pair (migration 017); nil on older declines, which were the mentor's.
    @OptionalField(key: "declined_by") var declinedBy: PairSide?
    /// The published matching round that proposed the pair (`PublishedRound`, migration 017).
    @OptionalField(key: "round_id") var roundID: UUID?
    /// When each side said yes to a pair proposed by matching (migration 017).
    @OptionalField(key: "mentor_accepted_at") var mentorAcceptedAt: Date?
    @OptionalField(key: "mentee_accepted_at") var menteeAcceptedAt: Date?
    /// When the retention job deleted the pair's conversation content (figures kept).
    @OptionalField(key: "content_deleted_at") var contentDeletedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(id: UUID? = nil, organisationID: UUID, programmeID: UUID, mentorID: UUID, menteeID: UUID,
         status: MentorshipStatus, startedOn: Date? = nil) {
        self.id = id
        self.$organisation.id = organisationID
        self.$programme.id = programmeID
        self.$mentor.id = mentorID
        self.$mentee.id = menteeID
        self.status = status
        self.startedOn = startedOn
    }

    /// How the pair came about and who has said yes: a mentee's request (and a coordinator's
    /// pair), or a proposal of matching (a pair without a requester).
    var standing: PairStanding {
        PairStanding(origin: requestedBy == .mentee || status != .proposed && roundID == nil ? .request : .matching,
                     mentorAccepted: mentorAcceptedAt != nil, menteeAccepted: menteeAcceptedAt != nil)
    }
}
