import Fluent
import Foundation

/// A single-use link that lets a person choose a password: an invitation sent by an
/// administrator, or a reset the person asked for on the sign-in page. Only the SHA-256 of the
/// token is stored, so the table (or a backup of it) cannot be used to open an account.
final class PasswordLink: Model, @unchecked Sendable {
    static let schema = "password_links"

    enum Kind: String, Codable, Sendable {
        /// Sent by an administrator (on creating a person, after an import, or "send again").
        case invitation
        /// Asked for by the person with "forgot your password?".
        case reset
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Parent(key: "person_id") var person: Person
    @Field(key: "kind") var kind: Kind
    /// Lower-case hex SHA-256 of the token in the link.
    @Field(key: "token_hash") var tokenHash: String
    /// The administrator who sent it; nil for a reset the person asked for.
    @OptionalParent(key: "created_by_id") var createdBy: Person?
    @Field(key: "expires_at") var expiresAt: Date
    /// When a password was set through it.
    @OptionalField(key: "used_at") var usedAt: Date?
    /// When a newer link or a new password made it stop working unused.
    @OptionalField(key: "retired_at") var retiredAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// A CSV file between its preview and the admin's confirmation. The confirm form carries only
/// this row's id; the row answers only to the admin who uploaded it, in their organisation,
/// for an hour.
final class PeopleImportUpload: Model, @unchecked Sendable {
    static let schema = "people_import_uploads"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Parent(key: "person_id") var person: Person
    @Field(key: "csv") var csv: String
    @Field(key: "expires_at") var expiresAt: Date
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
