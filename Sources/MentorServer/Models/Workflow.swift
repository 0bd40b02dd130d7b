import Fluent
import Foundation
import MentorCore

/// One side's answer to the fit check after the first conversation. The comment is for the
/// record; coordinators see only how many comments there are.
final class FitCheck: Model, @unchecked Sendable {
    static let schema = "fit_checks"

    @ID(key: .id) var id: UUID?
    @Parent(key: "mentorship_id") var mentorship: Mentorship
    @Field(key: "side") var side: PairSide
    @Field(key: "answer") var answer: FitAnswer
    @Field(key: "comment") var comment: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(mentorshipID: UUID, side: PairSide, answer: FitAnswer, comment: String) {
        self.$mentorship.id = mentorshipID
        self.side = side
        self.answer = answer
        self.comment = comment
    }
}

/// An organisation's own entry in an extendable list: goal themes or attitude patterns.
final class OrganisationListItem: Model, @unchecked Sendable {
    static let schema = "organisation_list_items"

    enum List: String, Codable, Sendable, CaseIterable {
        case goalTheme = "goal_theme"
        case attitudePattern = "attitude_pattern"
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Field(key: "list") var list: List
    @Field(key: "key") var key: String
    @Field(key: "name_nl") var nameNL: String
    @Field(key: "name_en") var nameEN: String
    @Field(key: "retired") var retired: Bool
    /// For a goal theme: words and phrases, one per line or comma-separated, that name it in a transcript.
    @Field(key: "synonyms") var synonyms: String

    init() {}

    init(organisationID: UUID, list: List, key: String, nameNL: String, nameEN: String) {
        self.synonyms = ""
        self.$organisation.id = organisationID
        self.list = list
        self.key = key
        self.nameNL = nameNL
        self.nameEN = nameEN
        self.retired = false
    }
}
