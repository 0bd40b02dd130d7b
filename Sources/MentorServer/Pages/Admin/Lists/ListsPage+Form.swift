import Foundation
import Vapor
import MentorCore

extension ListsPage {
    /// A new entry of one of the lists, in both languages.
    struct Form: Content, Sendable, Equatable {
        var list: String?
        var nameNL: String?
        var nameEN: String?

        struct Valid: Sendable, Equatable {
            var list: OrganisationListItem.List
            var nameNL: String
            var nameEN: String
        }

        /// Checks the names; an unknown list is an error under "list" (no form sends one).
        func validated(_ language: Language) -> Result<Valid, FormErrors> {
            var errors: FieldErrors = [:]
            let list = self.list.flatMap { OrganisationListItem.List(rawValue: $0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            if list == nil { errors["list"] = T.required(language) }
            let nameNL = (nameNL ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            let nameEN = (nameEN ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if nameNL.isEmpty { errors["nameNL"] = T.required(language) }
            if nameEN.isEmpty { errors["nameEN"] = T.required(language) }
            guard errors.isEmpty, let list else { return .failure(FormErrors(errors)) }
            return .success(Valid(list: list, nameNL: nameNL, nameEN: nameEN))
        }
    }
}
