import Foundation
import Vapor
import MentorCore

extension AccountPage {
    /// "Change password" as the browser sends it. The current password is checked by the
    /// controller against the stored hash (on the password pool); this checks the new one.
    struct PasswordForm: Content, Sendable, Equatable {
        var current: String?
        var new: String?
        var repeated: String?

        struct Valid: Sendable, Equatable {
            var current: String
            var new: String
        }

        func validated(_ language: Language, email: String, organisationName: String) -> Result<Valid, FormErrors> {
            let errors = ChoosePasswordPage.Form.newPasswordErrors(new: new ?? "", repeated: repeated, email: email,
                                                                   organisationName: organisationName, language: language)
            guard errors.isEmpty else { return .failure(FormErrors(errors)) }
            return .success(Valid(current: current ?? "", new: new ?? ""))
        }
    }
}
