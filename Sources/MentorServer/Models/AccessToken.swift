import Fluent
import Foundation

/// A personal access token for the JSON API (`Authorization: Bearer mm_...`). It belongs to one
/// person and acts with exactly that person's rights; only the SHA-256 of the secret is kept, so
/// the token is shown once, when it is made.
final class AccessToken: Model, @unchecked Sendable {
    static let schema = "access_tokens"

    @ID(key: .id) var id: UUID?
    @Parent(key: "person_id") var person: Person
    @Field(key: "name") var name: String
    /// The SHA-256 of the secret, 64 lower-case hex digits (unique).
    @Field(key: "token_hash") var tokenHash: String
    /// The first characters of the secret (`mm_ab12`), so the owner can tell their tokens apart.
    @Field(key: "prefix") var prefix: String
    @Field(key: "scope") var scope: AccessTokenScope
    @OptionalField(key: "expires_at") var expiresAt: Date?
    @OptionalField(key: "last_used_at") var lastUsedAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, personID: UUID, name: String, tokenHash: String, prefix: String, scope: AccessTokenScope, expiresAt: Date?) {
        self.id = id
        self.$person.id = personID
        self.name = name
        self.tokenHash = tokenHash
        self.prefix = prefix
        self.scope = scope
        self.expiresAt = expiresAt
    }

    /// Whether the token may be used at `now`: not revoked and not expired.
    func isUsable(at now: Date) -> Bool {
        revokedAt == nil && (expiresAt.map { $0 > now } ?? true)
    }
}

/// What a token may do: read only, or read and write.
enum AccessTokenScope: String, Codable, Sendable, CaseIterable {
    case read
    case write
}
