import Foundation
import Vapor
import MentorCore

extension NewPairPage {
    /// The new pair form as the browser sends it.
    struct Form: Content, Sendable, Equatable {
        var programme: String?
        var mentor: String?
        var mentee: String?

        struct Valid: Sendable, Equatable {
            var programmeID: UUID
            var mentorID: UUID
            var menteeID: UUID
        }

        /// Each choice must name a record; whether it is one of the organisation's is checked
        /// against the database, with the same messages.
        func validated(_ language: Language) -> Result<Valid, FormErrors> {
            var errors: FieldErrors = [:]
            let programmeID = Self.id(programme), mentorID = Self.id(mentor), menteeID = Self.id(mentee)
            if programmeID == nil { errors["programme"] = T.chooseProgramme(language) }
            if mentorID == nil { errors["mentor"] = T.choosePerson(language) }
            if menteeID == nil { errors["mentee"] = T.choosePerson(language) }
            guard let programmeID, let mentorID, let menteeID else { return .failure(FormErrors(errors)) }
            return .success(Valid(programmeID: programmeID, mentorID: mentorID, menteeID: menteeID))
        }

        static func id(_ text: String?) -> UUID? {
            UUID(uuidString: (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }
}
