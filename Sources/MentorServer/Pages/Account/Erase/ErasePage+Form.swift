import Foundation
import Vapor
import MentorCore

extension ErasePage {
    /// The confirmation: the person's e-mail address, typed by the administrator.
    struct Form: Content, Sendable, Equatable {
        var confirm: String?

        struct Valid: Sendable, Equatable {}

        /// Succeeds when the typed address is the person's, ignoring case and surrounding spaces.
        func validated(_ language: Language, email: String) -> Result<Valid, FormErrors> {
            let typed = (confirm ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard typed.lowercased() == email.lowercased() else {
                return .failure(FormErrors(["confirm": T.eraseConfirmMismatch(language)]))
            }
            return .success(Valid())
        }
    }
}
