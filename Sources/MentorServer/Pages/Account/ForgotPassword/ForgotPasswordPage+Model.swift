import Foundation
import MentorCore

/// "Forgot your password?": one field, and the same answer whether or not the address exists.
enum ForgotPasswordPage {
    struct Model: Sendable, Equatable {
        var email: String = ""
        var errors: FieldErrors = [:]
        /// Set after a request: the answer shown for every address.
        var notice: String?
    }
}

extension ForgotPasswordPage.Model {
    static let mock = ForgotPasswordPage.Model(email: "<script>@example.org", errors: ["email": "Not an <Partners> address"], notice: nil)
}
