import Fluent
import Foundation
import MentorCore

/// The expectations agreement of a pair: what each side expects and the practical arrangements.
final class Agreement: Model, @unchecked Sendable {
    static let schema = "agreements"

    @ID(key: .id) var id: UUID?
    @Parent(key: "mentorship_id") var mentorship: Mentorship
    @Field(key: "mentee_expectations") var menteeExpectations: String
    @Field(key: "mentor_expectations") var mentorExpectations: String
    @Field(key: "frequency") var frequency: String
    @Field(key: "duration") var duration: String
    @Field(key: "who_plans") var whoPlans: String
    @Field(key: "preparation") var preparation: String
    @Field(key: "confidentiality") var confidentiality: String
    @OptionalField(key: "discussed_on") var discussedOn: Date?
    @OptionalField(key: "mentor_confirmed_at") var mentorConfirmedAt: Date?
    @OptionalField(key: "mentee_confirmed_at") var menteeConfirmedAt: Date?
    @Field(key: "revision") var revision: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(id: UUID? = nil, mentorshipID: UUID) {
        self.id = id
        self.$mentorship.id = mentorshipID
        self.menteeExpectations = ""
        self.mentorExpectations = ""
        self.frequency = ""
        self.duration = ""
        self.whoPlans = ""
        self.preparation = ""
        self.confidentiality = ""
        self.revision = 0
    }
}

/// A saved state of an agreement, written on every edit.
final class AgreementRevision: Model, @unchecked Sendable {
    static let schema = "agreement_revisions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "agreement_id") var agreement: Agreement
    @Field(key: "revision") var revision: Int
    /// The agreement's fields as JSON, as they were after this edit.
    @Field(key: "snapshot") var snapshot: String
    @OptionalParent(key: "edited_by") var editedBy: Person?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(agreementID: UUID, revision: Int, snapshot: String, editedByID: UUID?) {
        self.$agreement.id = agreementID
        self.revision = revision
        self.snapshot = snapshot
        self.$editedBy.id = editedByID
    }
}

final class LearningGoal: Model, @unchecked Sendable {
    static let schema = "learning_goals"

    @ID(key: .id) var id: UUID?
    @Parent(key: "mentorship_id") var mentorship: Mentorship
    @Parent(key: "mentee_id") var mentee: Person
    @Field(key: "title") var title: String
    @Field(key: "description") var description: String
    @Field(key: "success_criteria") var successCriteria: String
    @OptionalField(key: "target_date") var targetDate: Date?
    @Field(key: "status") var status: GoalStatus
    @OptionalField(key: "theme") var theme: String?
    @Field(key: "mentor_comment") var mentorComment: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(id: UUID? = nil, mentorshipID: UUID, menteeID: UUID, title: String, description: String,
         successCriteria: String, targetDate: Date?, status: GoalStatus, theme: String?) {
        self.id = id
        self.$mentorship.id = mentorshipID
        self.$mentee.id = menteeID
        self.title = title
        self.description = description
        self.successCriteria = successCriteria
        self.targetDate = targetDate
        self.status = status
        self.theme = theme
        self.mentorComment = ""
    }
}
