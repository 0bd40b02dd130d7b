import Foundation
import Vapor
import MentorCore

extension ChoosePasswordPage {
    /// The new password, twice, as the browser sends it.
    struct Form: Content, Sendable, Equatable {
        var new: String?
        var repeated: String?

        struct Valid: Sendable, Equatable {
            var password: String
        }

        func validated(_ language: Language, email: String, organisationName: String) -> Result<Valid, FormErrors> {
            let errors = Self.newPasswordErrors(new: new ?? "", repeated: repeated, email: email,
                                                organisationName: organisationName, language: language)
            guard errors.isEmpty else { return .failure(FormErrors(errors)) }
            return .success(Valid(password: new ?? ""))
        }

        /// The password rules (`PasswordPolicy`) and the repetition, wherever a password is
        /// chosen: this page and the account page.
        static func newPasswordErrors(new: String, repeated: String?, email: String, organisationName: String,
                                      language: Language) -> FieldErrors {
            if let problem = PasswordPolicy.problem(with: new, email: email, organisationName: organisationName) {
                return ["new": T.passwordProblem(problem)(language)]
            }
            if new != repeated { return ["repeated": T.passwordsDiffer(language)] }
            return [:]
        }
    }
}
