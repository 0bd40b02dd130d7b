import Foundation
import Vapor
import MentorCore

extension ForgotPasswordPage {
    struct Form: Content, Sendable, Equatable {
        var email: String?

        struct Valid: Sendable, Equatable {
            /// The address as accounts store it.
            var email: String
        }

        /// The address as typed (trimmed), to show again with the error.
        var typed: String { (email ?? "").trimmingCharacters(in: .whitespaces) }

        func validated(_ language: Language) -> Result<Valid, FormErrors> {
            guard let address = EmailAddress.normalized(typed) else { return .failure(FormErrors(["email": T.invalidEmail(language)])) }
            return .success(Valid(email: address))
        }
    }
}
