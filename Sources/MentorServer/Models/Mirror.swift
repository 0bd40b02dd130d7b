import Fluent
import Foundation

/// An organisation's own guidance text for an attitude pattern, replacing the built-in one.
final class AttitudeGuidance: Model, @unchecked Sendable {
    static let schema = "attitude_guidance"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Field(key: "pattern") var pattern: String
    @Field(key: "text_nl") var textNL: String
    @Field(key: "text_en") var textEN: String

    init() {}

    init(organisationID: UUID, pattern: String, textNL: String, textEN: String) {
        self.$organisation.id = organisationID
        self.pattern = pattern
        self.textNL = textNL
        self.textEN = textEN
    }
}
