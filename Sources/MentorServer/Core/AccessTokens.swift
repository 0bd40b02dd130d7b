import Fluent
import Foundation
import Vapor

/// Making, checking and revoking personal access tokens. A token is `mm_` and 43 characters of
/// base64url (256 random bits); only its SHA-256 is stored, as for calendar feeds, so a plain
/// hash is enough: a secret this long cannot be found by guessing.
enum AccessTokens {
    static let prefix = "mm_"
    /// At most this many tokens per person that are not revoked.
    static let maximumPerPerson = 20

    static func make() -> String { prefix + [UInt8].random(count: 32).base64URLEncoded }

    static func hash(_ token: String) -> String { CalendarToken.hash(token) }

    /// Whether `token` has the form of a made token; anything else is refused before the
    /// database is asked.
    static func isWellFormed(_ token: String) -> Bool {
        token.hasPrefix(prefix) && token.utf8.count == prefix.utf8.count + 43
            && token.dropFirst(prefix.count).allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }

    /// Stores a new token for a person and returns it with its secret, which is not kept.
    static func create(personID: UUID, name: String, scope: AccessTokenScope, expiresAt: Date?,
                       on db: any Database) async throws -> (record: AccessToken, secret: String) {
        let secret = make()
        let record = AccessToken(personID: personID, name: name, tokenHash: hash(secret), prefix: String(secret.prefix(prefix.count + 4)),
                                 scope: scope, expiresAt: expiresAt)
        try await record.create(on: db)
        return (record, secret)
    }

    /// The usable token with this secret, or nil (unknown, revoked or expired).
    static func find(secret: String, now: Date, on db: any Database) async throws -> AccessToken? {
        guard isWellFormed(secret) else { return nil }
        guard let record = try await AccessToken.query(on: db).filter(\.$tokenHash == hash(secret)).first(),
              record.isUsable(at: now) else { return nil }
        return record
    }
}
