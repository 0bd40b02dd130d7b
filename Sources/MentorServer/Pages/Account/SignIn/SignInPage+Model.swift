import Foundation
import MentorCore

/// The sign-in page: e-mail and password, and where to go afterwards.
enum SignInPage {
    struct Model: Sendable, Equatable {
        /// What was typed, shown again after a refusal (never the password).
        var email: String
        /// A path on this site to open after signing in (checked by `Redirects.sameSitePath`).
        var next: String
        var error: String?
        /// "You are signed out", after signing out.
        var notice: String?
    }
}

extension SignInPage.Model {
    static let mock = SignInPage.Model(email: "<script>@example.org", next: SiteURL.mirror.path + "?x=<Partners>",
                                       error: "Wrong <Partners> password", notice: nil)
}
