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
}
