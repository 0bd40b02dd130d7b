import Foundation
import Vapor
import MentorCore

extension SignInPage {
    /// The sign-in form as the browser sends it.
    struct Form: Content, Sendable, Equatable {
        var email: String?
        var password: String?
        var next: String?

        struct Valid: Sendable, Equatable {
            /// Trimmed and in lower case, as addresses are stored.
            var email: String
            var password: String
            /// Only a path on this site, so a link cannot send someone elsewhere after signing in.
            var next: String
        }

        /// Never fails: a missing field is an empty one, which the sign-in itself refuses (401),
        /// so a wrong and an empty attempt look the same and count the same.
        func validated(_ language: Language) -> Result<Valid, FormErrors> {
            .success(Valid(email: (email ?? "").trimmingCharacters(in: .whitespaces).lowercased(),
                           password: password ?? "", next: Redirects.sameSitePath(next)))
        }
    }
}

extension SignInPage {
    /// "Sign in with your organisation's account": the work address picks the organisation.
    struct ProviderForm: Content, Sendable, Equatable {
        var address: String?
        var next: String?

        struct Valid: Sendable, Equatable {
            var email: String
            var next: String
        }

        /// Never fails: an address no organisation signs in is answered on the page.
        func validated(_ language: Language) -> Result<Valid, FormErrors> {
            .success(Valid(email: (address ?? "").trimmingCharacters(in: .whitespaces).lowercased(), next: Redirects.sameSitePath(next)))
        }
    }
}
