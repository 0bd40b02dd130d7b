import Fluent
import Foundation
import MentorCore

/// An organisation's OpenID Connect provider (issue 17): at most one per organisation, set by
/// its administrator. The client secret is kept sealed (AES-GCM with a server secret,
/// `ClientSecretBox`); only its last four characters can be shown again.
final class IdentityProvider: Model, @unchecked Sendable {
    static let schema = "identity_providers"

    /// How the client authenticates at the token endpoint (RFC 6749 2.3.1).
    enum ClientAuthentication: String, Codable, Sendable, CaseIterable {
        /// `client_id` and `client_secret` in the form body.
        case post = "client_secret_post"
        /// HTTP Basic with the id and secret.
        case basic = "client_secret_basic"
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Field(key: "enabled") var enabled: Bool
    /// Exactly as the provider writes `iss`, without a trailing `/` unless the provider has one.
    @Field(key: "issuer") var issuer: String
    @Field(key: "client_id") var clientID: String
    /// Nonce, ciphertext and tag of the client secret, base64; empty when none was given.
    @Field(key: "client_secret_sealed") var clientSecretSealed: String
    /// The secret's last four characters, to recognise it by.
    @Field(key: "client_secret_hint") var clientSecretHint: String
    @Field(key: "client_authentication") var clientAuthentication: ClientAuthentication
    /// Lower-case domains, comma separated (`AllowedDomains.parse`).
    @Field(key: "allowed_domains") var allowedDomainsText: String
    /// Password sign-in refused for the organisation's people.
    @Field(key: "only_provider") var onlyProvider: Bool
    /// A person unknown here is made a mentee at their first sign-in.
    @Field(key: "creates_people") var createsPeople: Bool
    /// `email` or `preferred_username` (`IdentityExpectation.EmailClaim`).
    @Field(key: "email_claim") var emailClaim: String
    /// Accept an address without `email_verified` (Entra ID sends none).
    @Field(key: "trusts_email") var trustsEmail: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(organisationID: UUID) {
        self.$organisation.id = organisationID
        self.enabled = false
        self.issuer = ""
        self.clientID = ""
        self.clientSecretSealed = ""
        self.clientSecretHint = ""
        self.clientAuthentication = .post
        self.allowedDomainsText = ""
        self.onlyProvider = false
        self.createsPeople = false
        self.emailClaim = IdentityExpectation.EmailClaim.email.rawValue
        self.trustsEmail = false
    }

    var allowedDomains: [String] { AllowedDomains.parse(allowedDomainsText) }
    var expectedEmailClaim: IdentityExpectation.EmailClaim { .init(rawValue: emailClaim) ?? .email }
    /// Usable for signing in: switched on, with an issuer and a client id.
    var isReady: Bool { enabled && !issuer.isEmpty && !clientID.isEmpty }
}

/// One sign-in through a provider between leaving for it and coming back: what the answer must
/// carry (`state`, `nonce`) and the PKCE verifier. Found by the SHA-256 of the random value in
/// the browser's `mentor-oidc` cookie, so an answer only counts in the browser that started
/// it; deleted when the answer arrives (single use) and worthless after `expiresAt`.
final class IdentitySignInRequest: Model, @unchecked Sendable {
    static let schema = "identity_sign_in_requests"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Field(key: "browser_hash") var browserHash: String
    @Field(key: "state") var state: String
    @Field(key: "nonce") var nonce: String
    @Field(key: "code_verifier") var codeVerifier: String
    /// A path on this site to open afterwards.
    @Field(key: "next") var next: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date

    init() {}
}
