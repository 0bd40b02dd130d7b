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
        /// With a refused password of an organisation that signs in only through its identity
        /// provider: the address that starts that sign-in.
        var providerLink: String? = nil
        /// After "sign in with your organisation's account": the organisation's start address. A
        /// link, not a redirect, because the pages' `form-action 'self'` stops a form from
        /// leading to another site (the provider).
        var providerContinue: String? = nil
    }
}

extension SignInPage.Model {
    static let mock = SignInPage.Model(email: "<script>@example.org", next: SiteURL.mirror.path + "?x=<Partners>",
                                       error: "Wrong <Partners> password", notice: nil,
                                       providerLink: SiteURL.signInProviderStart("<Partners>").path,
                                       providerContinue: SiteURL.signInProviderStart("<Partners>").path(query: [("login_hint", "<script>@x")]))
}
