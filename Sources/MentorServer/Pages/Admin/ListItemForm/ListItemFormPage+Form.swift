import Vapor
import MentorCore

extension ListItemFormPage {
    /// The entry's names in both languages.
    struct Form: Content, Sendable, Equatable {
        var nameNL: String?
        var nameEN: String?

        struct Valid: Sendable, Equatable {
            var nameNL: String
            var nameEN: String
        }

        func validated(_ language: Language) -> Result<Valid, FormErrors> {
            var errors: FieldErrors = [:]
            let nameNL = nameNL.sentText, nameEN = nameEN.sentText
            if nameNL.isEmpty { errors["nameNL"] = T.required(language) }
            if nameEN.isEmpty { errors["nameEN"] = T.required(language) }
            guard errors.isEmpty else { return .failure(FormErrors(errors)) }
            return .success(Valid(nameNL: nameNL, nameEN: nameEN))
        }
    }
}
