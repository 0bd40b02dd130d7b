import Vapor
import MentorCore

extension ListItemFormPage {
    /// The entry's names in both languages.
    struct Form: Content, Sendable, Equatable {
        var nameNL: String?
        var nameEN: String?
        /// For a goal theme: words and phrases that name it in a transcript (issue 14).
        var synonyms: String?

        struct Valid: Sendable, Equatable {
            var nameNL: String
            var nameEN: String
            var synonyms: String
        }

        static let maxSynonymsLength = 2_000

        func validated(_ language: Language) -> Result<Valid, FormErrors> {
            var errors: FieldErrors = [:]
            let nameNL = nameNL.sentText, nameEN = nameEN.sentText
            if nameNL.isEmpty { errors["nameNL"] = T.required(language) }
            if nameEN.isEmpty { errors["nameEN"] = T.required(language) }
            let synonyms = (synonyms ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if synonyms.count > Self.maxSynonymsLength { errors["synonyms"] = T.synonymsTooLong(language) }
            guard errors.isEmpty else { return .failure(FormErrors(errors)) }
            return .success(Valid(nameNL: nameNL, nameEN: nameEN, synonyms: synonyms))
        }
    }
}
