import Fluent
import Foundation
import MentorCore

/// Finding the organisation whose identity provider signs an address in.
enum IdentityProviders {
    struct Found: Sendable {
        let provider: IdentityProvider
        let organisation: Organisation
    }

    /// The switched-on provider whose allowed domains hold the address's domain. A domain
    /// belongs to one organisation at most (the settings form refuses a second).
    static func provider(forDomainOf email: String, on db: any Database) async throws -> Found? {
        guard let domain = AllowedDomains.domain(of: email) else { return nil }
        let providers = try await IdentityProvider.query(on: db).filter(\.$enabled == true).with(\.$organisation).all()
        return providers.first { $0.isReady && $0.allowedDomains.contains(domain) }.map { Found(provider: $0, organisation: $0.organisation) }
    }

    /// The organisation with this slug, with its provider when that is switched on.
    static func provider(slug: String, on db: any Database) async throws -> Found? {
        guard let organisation = try await Organisation.query(on: db).filter(\.$slug == slug).first(),
              let provider = try await IdentityProvider.query(on: db).filter(\.$organisation.$id == organisation.requireID()).first(),
              provider.isReady else { return nil }
        return Found(provider: provider, organisation: organisation)
    }

    /// The organisation that signs this address in only through its provider, if any.
    static func onlyProvider(forDomainOf email: String, on db: any Database) async throws -> Organisation? {
        guard let found = try await provider(forDomainOf: email, on: db), found.provider.onlyProvider else { return nil }
        return found.organisation
    }

    static func onlyProvider(forOrganisation organisationID: UUID, on db: any Database) async throws -> Organisation? {
        guard let provider = try await IdentityProvider.query(on: db).filter(\.$organisation.$id == organisationID)
            .filter(\.$enabled == true).filter(\.$onlyProvider == true).with(\.$organisation).first(), provider.isReady else { return nil }
        return provider.organisation
    }
}
