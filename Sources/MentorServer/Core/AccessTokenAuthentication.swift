import Fluent
import Foundation
import MentorCore
import Vapor

/// The request a JSON API operation answers: the generated server hands its handlers only the
/// typed input, so the bearer middleware makes the Vapor request (with its viewer) known here.
enum APIRequest {
    @TaskLocal static var current: Request?

    static func require() throws -> Request {
        guard let request = current else { throw APIProblem.server }
        return request
    }
}

/// The token a JSON API request came with.
struct APITokenKey: StorageKey { typealias Value = AccessToken }

/// Authenticates every JSON API request by its bearer token, and by nothing else: `/api/` is
/// sessionless (`SiteURL.isSessionless`), so no session cookie is read, and the viewer is built
/// from the token's owner alone. A browser's session therefore cannot be ridden, and no CSRF
/// token is needed: another site cannot make a browser send this header.
struct APITokenMiddleware: AsyncMiddleware {
    /// `last_used_at` is written at most once a minute per token, not on every request.
    static let lastUsedResolution: TimeInterval = 60

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        var viewer = request.viewer
        viewer.personID = nil
        viewer.roles = []
        viewer.language = Language.negotiate(personal: nil, acceptLanguage: request.headers.first(name: .acceptLanguage), fallback: .nl)
        request.viewer = viewer
        guard let secret = Self.bearer(request.headers.first(name: .authorization)) else { throw APIProblem.tokenMissing }
        let now = request.now
        guard let token = try await AccessTokens.find(secret: secret, now: now, on: request.db),
              let person = try await SessionQuery.person(token.$person.id, unread: false, on: request.db), person.active
        else { throw APIProblem.tokenInvalid }
        viewer.personID = person.personID
        viewer.name = person.name
        viewer.email = person.email
        viewer.organisationID = person.organisationID
        viewer.organisationName = person.organisationName
        viewer.roles = person.roles
        // The owner's own language, else the organisation's; the token acts for them.
        viewer.language = person.language ?? person.organisationLanguage
        request.viewer = viewer
        request.storage[APITokenKey.self] = token
        if (token.lastUsedAt.map { now.timeIntervalSince($0) >= Self.lastUsedResolution } ?? true) {
            let id = try token.requireID()
            try await request.writeTransaction { db in
                try await AccessToken.query(on: db).filter(\.$id == id).set(\.$lastUsedAt, to: now).update()
            }
        }
        return try await APIRequest.$current.withValue(request) {
            try await next.respond(to: request)
        }
    }

    /// The token of `Authorization: Bearer <token>` (the scheme in any case), or nil.
    static func bearer(_ header: String?) -> String? {
        guard let header else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }
}

extension Request {
    /// The API token of this request; writes need the write scope.
    func requireWriteScope() throws {
        guard storage[APITokenKey.self]?.scope == .write else { throw APIProblem.readOnly }
    }
}
