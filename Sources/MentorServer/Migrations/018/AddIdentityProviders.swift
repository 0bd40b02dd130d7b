import Fluent
import Foundation

/// Sign-in through an organisation's OpenID Connect provider (issue 17): the provider settings,
/// one row per organisation, and the sign-ins on their way through the provider. Nothing to
/// migrate: every organisation starts without a provider and keeps its passwords.
struct AddIdentityProviders: AsyncMigration {
    var name: String { "018-add-identity-providers" }

    func prepare(on database: any Database) async throws {
        try await database.schema(IdentityProvider.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, "id", onDelete: .cascade))
            .field("enabled", .bool, .required)
            .field("issuer", .string, .required)
            .field("client_id", .string, .required)
            .field("client_secret_sealed", .string, .required)
            .field("client_secret_hint", .string, .required)
            .field("client_authentication", .string, .required)
            .field("allowed_domains", .string, .required)
            .field("only_provider", .bool, .required)
            .field("creates_people", .bool, .required)
            .field("email_claim", .string, .required)
            .field("trusts_email", .bool, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "organisation_id")
            .create()
        try await database.schema(IdentitySignInRequest.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, "id", onDelete: .cascade))
            .field("browser_hash", .string, .required)
            .field("state", .string, .required)
            .field("nonce", .string, .required)
            .field("code_verifier", .string, .required)
            .field("next", .string, .required)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .unique(on: "browser_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(IdentitySignInRequest.schema).delete()
        try await database.schema(IdentityProvider.schema).delete()
    }
}
