import Foundation
import Vapor
import MentorCore

extension IdentityProviderPage {
    /// The settings form as the browser sends it; every field may be missing.
    struct Form: Content, Sendable, Equatable {
        var enabled: String?
        var issuer: String?
        var clientID: String?
        /// Empty keeps the stored secret.
        var clientSecret: String?
        var clientAuthentication: String?
        var allowedDomains: String?
        var onlyProvider: String?
        /// `mentee` or `none`.
        var createsPeople: String?
        var emailClaim: String?
        var trustsEmail: String?

        struct Valid: Sendable, Equatable {
            var enabled: Bool
            var issuer: String
            var clientID: String
            /// nil: keep the stored one.
            var clientSecret: String?
            var clientAuthentication: IdentityProvider.ClientAuthentication
            var allowedDomains: [String]
            var onlyProvider: Bool
            var createsPeople: Bool
            var emailClaim: IdentityExpectation.EmailClaim
            var trustsEmail: Bool
        }

        /// Switched on, it needs an issuer (https, or http on this machine), a client id and at
        /// least one valid domain; switched off, whatever is filled in is kept as it is checked.
        func validated(_ language: Language) -> Result<Valid, FormErrors> {
            var errors: FieldErrors = [:]
            let enabled = self.enabled == "yes"
            let issuer = (issuer ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            let clientID = (clientID ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            let secret = (clientSecret ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            let domains = AllowedDomains.parse(allowedDomains ?? "")
            if !issuer.isEmpty, !ProviderAddress.isAcceptable(issuer) { errors["issuer"] = T.issuerInvalid(language) }
            if enabled, issuer.isEmpty { errors["issuer"] = T.required(language) }
            if enabled, clientID.isEmpty { errors["clientID"] = T.required(language) }
            if !domains.allSatisfy(AllowedDomains.isValid) || (enabled && domains.isEmpty) { errors["allowedDomains"] = T.domainInvalid(language) }
            guard errors.isEmpty else { return .failure(FormErrors(errors)) }
            return .success(Valid(
                enabled: enabled, issuer: issuer, clientID: clientID, clientSecret: secret.isEmpty ? nil : secret,
                clientAuthentication: clientAuthentication.flatMap(IdentityProvider.ClientAuthentication.init(rawValue:)) ?? .post,
                allowedDomains: domains, onlyProvider: onlyProvider == "yes", createsPeople: createsPeople == "mentee",
                emailClaim: emailClaim.flatMap(IdentityExpectation.EmailClaim.init(rawValue:)) ?? .email, trustsEmail: trustsEmail == "yes"))
        }
    }
}
