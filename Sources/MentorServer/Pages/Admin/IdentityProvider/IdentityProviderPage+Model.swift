import Foundation
import MentorCore

/// The administrator's settings of the organisation's OpenID Connect provider.
enum IdentityProviderPage {
    struct Model: Sendable, Equatable {
        /// What the form shows: the stored settings (never the secret), or what was sent with its errors.
        var form: Form
        /// The stored secret's last characters; nil when none is stored.
        var secretHint: String?
        /// What to register at the provider as the redirect (reply) URI.
        var redirectURI: String
        /// The organisation's own start address, to put on the intranet.
        var startURL: String
        var errors: FieldErrors = [:]
        var flash: String?
    }
}

extension IdentityProviderPage.Model {
    static let mock = IdentityProviderPage.Model(
        form: .init(enabled: "yes", issuer: "https://login.example/<Partners>", clientID: "client-<script>", clientSecret: nil,
                    clientAuthentication: IdentityProvider.ClientAuthentication.post.rawValue, allowedDomains: "partners.example",
                    onlyProvider: "no", createsPeople: "mentee", emailClaim: "email", trustsEmail: "no"),
        secretHint: "<x>1",
        redirectURI: "https://mentor.example" + SiteURL.signInCallback.path,
        startURL: "https://mentor.example" + SiteURL.signInProviderStart("<Partners>").path,
        flash: "Opgeslagen")
}
