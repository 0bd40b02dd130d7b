import Fluent
import Foundation

/// An organisation's bearer token for SCIM provisioning, made by its administrator on
/// `/admin/provisioning`. Only the SHA-256 of the token is stored (`CalendarToken.hash`): the token
/// has 256 random bits, so a plain hash cannot be reversed by guessing, and the token is shown once.
final class SCIMToken: Model, @unchecked Sendable {
    static let schema = "scim_tokens"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    /// What the administrator called it ("Entra ID"), to tell tokens apart.
    @Field(key: "label") var label: String
    /// Lower-case hex SHA-256 of the token.
    @Field(key: "token_hash") var tokenHash: String
    @OptionalParent(key: "created_by_id") var createdBy: Person?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    /// The last request made with it (written at most once a minute).
    @OptionalField(key: "last_used_at") var lastUsedAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?

    init() {}

    init(organisationID: UUID, label: String, tokenHash: String, createdBy: UUID?) {
        self.$organisation.id = organisationID
        self.label = label
        self.tokenHash = tokenHash
        self.$createdBy.id = createdBy
    }
}

/// What SCIM knows of a person beyond the person's own fields: the client's `userName` and
/// `externalId`, and the attributes it last sent (returned as sent, as RFC 7644 expects).
/// People the identity provider never touched have no row; SCIM shows them from their own fields.
final class SCIMIdentity: Model, @unchecked Sendable {
    static let schema = "scim_identities"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Parent(key: "person_id") var person: Person
    @Field(key: "user_name") var userName: String
    /// `userName` in lower case (SCIM compares it case-insensitively); unique per organisation.
    @Field(key: "user_name_key") var userNameKey: String
    @OptionalField(key: "external_id") var externalID: String?
    /// The resource's attributes as JSON, without `id`, `meta`, `schemas`, `groups` and `password`.
    @Field(key: "attributes") var attributes: String
    /// Set by a SCIM DELETE: the person is deactivated and no longer visible to SCIM.
    @OptionalField(key: "deleted_at") var deletedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}
