import Foundation
import Vapor
import JWTKit
import NIOConcurrencyHelpers
@testable import MentorServer

/// An OpenID Connect provider inside the test process, reached through `app.client`: discovery,
/// a key set with keys of its own (JWTKit), and a token endpoint that checks the PKCE verifier
/// and the client secret before it hands out the ID token a test shaped.
final class FakeIdentityProvider: @unchecked Sendable {
    static let issuer = "https://idp.test/realm"
    static let clientID = "mentor-mirror"
    static let clientSecret = "s3cret-of-the-client-42"

    /// The claims of a token, as a test may bend them.
    struct Claims: JWTPayload {
        var iss: IssuerClaim
        var aud: AudienceClaim
        var exp: ExpirationClaim
        var iat: IssuedAtClaim
        var nonce: String?
        var email: String?
        var email_verified: Bool?
        var preferred_username: String?
        var name: String?
        func verify(using algorithm: some JWTAlgorithm) async throws {}
    }

    struct SigningKey {
        let kid: String
        let key: ES256PrivateKey
        var jwk: JWK {
            let parameters = key.publicKey.parameters!
            return JWK.ecdsa(.es256, identifier: JWKIdentifier(string: kid), x: parameters.x, y: parameters.y, curve: .p256)
        }
    }

    private struct Grant {
        var challenge: String
        var redirectURI: String
        var claims: Claims
        var signer: SigningKey
        var kid: String
    }

    private let lock = NIOLock()
    private var grants: [String: Grant] = [:]
    /// The keys the provider publishes; the first one signs.
    private(set) var published: [SigningKey] = [SigningKey(kid: "key-1", key: ES256PrivateKey())]
    var reachable = true
    private(set) var keySetFetches = 0
    private(set) var tokenRequests: [[String: String]] = []
    private(set) var tokenAuthorization: [String?] = []

    func rotate(to kid: String) { lock.withLock { published = [SigningKey(kid: kid, key: ES256PrivateKey())] } }

    var signingKey: SigningKey { lock.withLock { published[0] } }

    /// The claims of a good token for `email` and the sign-in's `nonce`, issued now.
    func goodClaims(email: String, nonce: String, now: Date) -> Claims {
        Claims(iss: IssuerClaim(value: Self.issuer), aud: AudienceClaim(value: [Self.clientID]), exp: ExpirationClaim(value: now.addingTimeInterval(300)),
               iat: IssuedAtClaim(value: now), nonce: nonce, email: email, email_verified: true, preferred_username: nil, name: "Signed In Person")
    }

    /// Remembers what the token endpoint answers for `code`: the claims, signed by `signer`
    /// (the provider's current key unless a test passes another) under `kid`.
    func grant(code: String, challenge: String, redirectURI: String, claims: Claims, signer: SigningKey? = nil, kid: String? = nil) {
        lock.withLock {
            let key = signer ?? published[0]
            grants[code] = Grant(challenge: challenge, redirectURI: redirectURI, claims: claims, signer: key, kid: kid ?? key.kid)
        }
    }

    func client(on eventLoop: any EventLoop) -> any Client { FakeClient(provider: self, eventLoop: eventLoop) }

    private func json(_ value: some Encodable) -> ClientResponse {
        var headers = HTTPHeaders()
        headers.contentType = .json
        return ClientResponse(status: .ok, headers: headers, body: ByteBuffer(bytes: try! JSONEncoder().encode(value)))
    }

    fileprivate func answer(_ request: ClientRequest) async throws -> ClientResponse {
        guard lock.withLock({ reachable }) else { throw HTTPClientError.connectTimeout }
        let base = URL(string: Self.issuer)!.path
        switch request.url.path {
        case base + "/.well-known/openid-configuration":
            return json(["issuer": Self.issuer, "authorization_endpoint": Self.issuer + "/authorize", "token_endpoint": Self.issuer + "/token",
                         "jwks_uri": Self.issuer + "/jwks"])
        case base + "/jwks":
            let keys = lock.withLock { keySetFetches += 1; return published.map(\.jwk) }
            return json(JWKS(keys: keys))
        case base + "/token":
            let body = request.body.map { String(buffer: $0) } ?? ""
            var fields: [String: String] = [:]
            for pair in body.split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? String($0) }
                if parts.count == 2 { fields[parts[0]] = parts[1] }
            }
            let grant = lock.withLock {
                tokenRequests.append(fields)
                tokenAuthorization.append(request.headers.first(name: .authorization))
                return grants.removeValue(forKey: fields["code"] ?? "")
            }
            // RFC 7636 4.6: the verifier must hash to the challenge the sign-in started with.
            guard let grant, let verifier = fields["code_verifier"], SignInSecrets.challenge(for: verifier) == grant.challenge,
                  fields["redirect_uri"] == grant.redirectURI, fields["client_secret"] == Self.clientSecret || request.headers.first(name: .authorization) != nil
            else {
                return ClientResponse(status: .badRequest, headers: [:], body: ByteBuffer(string: #"{"error":"invalid_grant"}"#))
            }
            let keys = JWTKeyCollection()
            await keys.add(ecdsa: grant.signer.key, kid: JWKIdentifier(string: grant.kid))
            let token = try await keys.sign(grant.claims, kid: JWKIdentifier(string: grant.kid))
            return json(["id_token": token, "access_token": "unused", "token_type": "Bearer"])
        default:
            return ClientResponse(status: .notFound)
        }
    }
}

private struct FakeClient: Client {
    let provider: FakeIdentityProvider
    let eventLoop: any EventLoop

    func delegating(to eventLoop: any EventLoop) -> any Client { FakeClient(provider: provider, eventLoop: eventLoop) }

    func send(_ request: ClientRequest) -> EventLoopFuture<ClientResponse> {
        let provider = provider
        return eventLoop.makeFutureWithTask { try await provider.answer(request) }
    }
}
