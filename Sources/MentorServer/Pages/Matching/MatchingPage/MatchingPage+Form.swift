import Foundation
import Vapor
import MentorCore

extension MatchingPage {
    /// What the coordinator does to one proposed pair.
    enum MarkAction: String, Sendable, Equatable {
        case lock
        case exclude
        case clear
    }

    /// The lock, exclude and clear buttons, as the browser sends them.
    struct MarkForm: Content, Sendable, Equatable {
        var mentee: String?
        var mentor: String?
        var action: String?

        struct Valid: Sendable, Equatable {
            var menteeID: UUID
            var mentorID: UUID
            var action: MarkAction
        }

        /// Hidden fields only: anything else is a bad request, not a message to the reader.
        func validated(_ language: Language) -> Result<Valid, FormErrors> {
            func clean(_ text: String?) -> String { (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
            var errors: FieldErrors = [:]
            let menteeID = UUID(uuidString: clean(mentee)), mentorID = UUID(uuidString: clean(mentor))
            let action = MarkAction(rawValue: clean(action))
            if menteeID == nil { errors["mentee"] = T.choosePerson(language) }
            if mentorID == nil { errors["mentor"] = T.choosePerson(language) }
            if action == nil { errors["action"] = T.required(language) }
            guard let menteeID, let mentorID, let action else { return .failure(FormErrors(errors)) }
            return .success(Valid(menteeID: menteeID, mentorID: mentorID, action: action))
        }
    }

    /// The undo button of a published round: the round's id in a hidden field.
    struct UndoForm: Content, Sendable, Equatable {
        var round: String?

        /// The round named; nil (a bad request) when the hidden field was changed.
        var roundID: UUID? { UUID(uuidString: (round ?? "").trimmingCharacters(in: .whitespaces)) }
    }
}
