import Fluent
import Foundation
import Vapor

/// Checks the `Authorization: Bearer ...` of a SCIM request against the organisations' tokens and
/// scopes the request to the token's organisation. A missing, unknown, revoked or malformed token
/// is SCIM's 401; a cookie session counts for nothing here.
enum SCIMAuthentication {
    /// The organisation and token a SCIM request was made with.
    struct Client: Sendable {
        var organisationID: UUID
        var tokenID: UUID
        var label: String
    }

    struct ClientKey: StorageKey { typealias Value = Client }

    /// The prefix of every token, so it is recognisable in a secret scanner or a log.
    static let prefix = "mmscim_"

    /// A new token: the prefix and 32 random bytes, base64url.
    static func makeToken() -> String { prefix + CalendarToken.make() }

    static func authenticate(_ request: Request) async throws {
        guard let header = request.headers.first(name: .authorization) else { throw SCIMError.unauthorized }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { throw SCIMError.unauthorized }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        guard token.hasPrefix(prefix), CalendarToken.isWellFormed(String(token.dropFirst(prefix.count))) else {
            throw SCIMError.unauthorized
        }
        guard let stored = try await SCIMToken.query(on: request.db).filter(\.$tokenHash == CalendarToken.hash(token))
            .filter(\.$revokedAt == nil).first(), let id = stored.id
        else { throw SCIMError.unauthorized }
        let now = request.now
        // A provisioning cycle sends many requests; the page shows minutes, so one write a minute is enough.
        if stored.lastUsedAt.map({ now.timeIntervalSince($0) >= 60 }) ?? true {
            try await request.writeTransaction { db in
                try await SCIMToken.query(on: db).filter(\.$id == id).set(\.$lastUsedAt, to: now).update()
            }
        }
        request.storage[ClientKey.self] = Client(organisationID: stored.$organisation.id, tokenID: id, label: stored.label)
    }
}

extension Request {
    /// The SCIM client of this request, set by the route wrapper (`Access.bearer(.scim)`).
    var scimClient: SCIMAuthentication.Client {
        get throws {
            guard let client = storage[SCIMAuthentication.ClientKey.self] else { throw SCIMError.unauthorized }
            return client
        }
    }
}
