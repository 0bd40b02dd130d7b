import Fluent
import Foundation
import MentorCore

extension IdentityProviderPage {
    enum Query {
        /// The page with the organisation's stored settings (a new organisation: everything off).
        static func model(organisationID: UUID, baseURL: String, flash: String?, on db: any Database) async throws -> Model {
            let stored = try await IdentityProvider.query(on: db).filter(\.$organisation.$id == organisationID).first()
            return try await model(form: form(stored), stored: stored, organisationID: organisationID, baseURL: baseURL, errors: [:],
                                   flash: flash, on: db)
        }

        static func model(form: Form, stored: IdentityProvider?, organisationID: UUID, baseURL: String, errors: FieldErrors,
                          flash: String? = nil, on db: any Database) async throws -> Model {
            guard let organisation = try await Organisation.find(organisationID, on: db) else { throw PageError.notFound }
            var shown = form
            shown.clientSecret = nil
            let hint = stored.flatMap { $0.clientSecretSealed.isEmpty ? nil : $0.clientSecretHint }
            return Model(form: shown, secretHint: hint, redirectURI: baseURL + SiteURL.signInCallback.path,
                         startURL: baseURL + SiteURL.signInProviderStart(organisation.slug).path, errors: errors, flash: flash)
        }

        static func form(_ provider: IdentityProvider?) -> Form {
            guard let provider else {
                return Form(enabled: "no", issuer: "", clientID: "", clientSecret: nil, clientAuthentication: IdentityProvider.ClientAuthentication.post.rawValue,
                            allowedDomains: "", onlyProvider: "no", createsPeople: "none", emailClaim: IdentityExpectation.EmailClaim.email.rawValue,
                            trustsEmail: "no")
            }
            return Form(enabled: provider.enabled ? "yes" : "no", issuer: provider.issuer, clientID: provider.clientID, clientSecret: nil,
                        clientAuthentication: provider.clientAuthentication.rawValue, allowedDomains: provider.allowedDomainsText,
                        onlyProvider: provider.onlyProvider ? "yes" : "no", createsPeople: provider.createsPeople ? "mentee" : "none",
                        emailClaim: provider.emailClaim, trustsEmail: provider.trustsEmail ? "yes" : "no")
        }

        /// The domains another organisation's provider already signs in: one domain, one organisation.
        static func domainsTaken(_ domains: [String], except organisationID: UUID, on db: any Database) async throws -> [String] {
            let others = try await IdentityProvider.query(on: db).filter(\.$organisation.$id != organisationID).all()
            let taken = Set(others.flatMap(\.allowedDomains))
            return domains.filter(taken.contains)
        }
    }
}
