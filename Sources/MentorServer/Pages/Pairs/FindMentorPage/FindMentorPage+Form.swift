import Foundation
import Vapor
import MentorCore

extension FindMentorPage {
    /// A mentee's request for a mentor, as the browser sends it.
    struct Form: Content, Sendable, Equatable {
        var mentor: String?
        var programme: String?

        struct Valid: Sendable, Equatable {
            var mentorID: UUID
            /// The programme chosen, if any: without one the newest running programme is used.
            var programmeID: UUID?
        }

        func validated(_ language: Language) -> Result<Valid, FormErrors> {
            guard let mentorID = NewPairPage.Form.id(mentor) else { return .failure(FormErrors(["mentor": T.choosePerson(language)])) }
            return .success(Valid(mentorID: mentorID, programmeID: NewPairPage.Form.id(programme)))
        }
    }
}
