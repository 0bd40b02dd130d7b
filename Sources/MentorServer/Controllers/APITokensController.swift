import Fluent
import Foundation
import MentorAPI
import Vapor

/// The account's personal access tokens, and the API's OpenAPI document.
struct APITokensController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .accountTokens, .signedIn, page),
            Endpoint(.POST, .accountTokens, .signedIn, create),
            Endpoint(.POST, .accountTokenRevoke(.key), .signedIn, revoke),
            Endpoint(.GET, .apiDocument, .anyone, document),
        ]
    }

    @Sendable func page(_ request: Request) async throws -> Response {
        let model = try await TokensPage.Query.model(personID: try request.personID(), now: request.now, flash: request.takeFlash(), on: request.db)
        return TokensPage.render(model, viewer: request.viewer).response()
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let me = try request.personID()
        let form = (try? request.content.decode(TokensPage.Form.self)) ?? TokensPage.Form()
        var result = form.validated(request.viewer.formats, now: request.now)
        if case .success = result {
            let open = try await AccessToken.query(on: request.db).filter(\.$person.$id == me).filter(\.$revokedAt == nil).count()
            if open >= AccessTokens.maximumPerPerson { result = .failure(FormErrors(["name": T.accessTokenNameInvalid(request.viewer.language)])) }
        }
        switch result {
        case .failure(let errors):
            let model = try await TokensPage.Query.model(personID: me, now: request.now, form: form, errors: errors.fields, on: request.db)
            return TokensPage.render(model, viewer: request.viewer).response(status: .unprocessableEntity)
        case .success(let valid):
            let secret = try await request.writeTransaction { db in
                let made = try await AccessTokens.create(personID: me, name: valid.name, scope: valid.scope, expiresAt: valid.expiresAt, on: db)
                try await request.audit("create", "access_token", id: made.record.id, summary: "API token made (\(valid.scope.rawValue))", on: db)
                return made.secret
            }
            // Shown on this answer only, never stored or redirected with.
            let model = try await TokensPage.Query.model(personID: me, now: request.now, newSecret: secret, on: request.db)
            let response = TokensPage.render(model, viewer: request.viewer).response(status: .created)
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
            return response
        }
    }

    @Sendable func revoke(_ request: Request) async throws -> Response {
        let me = try request.personID()
        guard let id = request.parameters.get("id", as: UUID.self) else { throw PageError.notFound }
        let now = request.now
        try await request.writeTransaction { db in
            // Only one's own token: another person's is "not found".
            guard let token = try await AccessToken.query(on: db).filter(\.$id == id).filter(\.$person.$id == me).first() else {
                throw PageError.notFound
            }
            if token.revokedAt == nil {
                token.revokedAt = now
                try await token.save(on: db)
                try await request.audit("update", "access_token", id: id, summary: "API token revoked", on: db)
            }
        }
        request.flash(T.accessTokenRevokedFlash(request.viewer.language))
        return request.redirect(to: .accountTokens)
    }

    /// Exactly the bytes of Sources/MentorAPI/openapi.json (embedded by scripts/embed-openapi).
    @Sendable func document(_ request: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(name: .cacheControl, value: "no-cache")
        return Response(status: .ok, headers: headers, body: .init(string: OpenAPIDocument.json))
    }
}
