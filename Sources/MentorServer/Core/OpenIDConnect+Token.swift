import Vapor
import JWTKit
import Fluent
import MentorCore

/// The claims of an ID token this product reads (OpenID Connect Core 2 and 5.1). Times are
/// checked afterwards by `IdentityClaimsCheck`, with a leeway; the signature and the audience
/// by JWTKit.
struct IDTokenPayload: JWTIdentityToken {
    var iss: IssuerClaim
    var aud: AudienceClaim
    var exp: ExpirationClaim
    var iat: IssuedAtClaim?
    var nbf: NotBeforeClaim?
    var nonce: String?
    var email: String?
    var emailVerified: BoolClaim?
    var preferredUsername: String?
    var name: String?

    var audience: AudienceClaim { aud }

    enum CodingKeys: String, CodingKey {
        case iss, aud, exp, iat, nbf, nonce, email, name
        case emailVerified = "email_verified"
        case preferredUsername = "preferred_username"
    }

    /// Nothing here: the times need the application's clock and a leeway (`IdentityClaimsCheck`).
    func verify(using algorithm: some JWTAlgorithm) async throws {}

    var claims: IdentityClaims {
        IdentityClaims(issuer: iss.value, nonce: nonce, expiresAt: exp.value, issuedAt: iat?.value, notBefore: nbf?.value,
                       email: email, preferredUsername: preferredUsername, emailVerified: emailVerified?.value, name: name)
    }
}

/// The ID token from the token endpoint, verified with the provider's published keys.
enum IDTokenVerifier {
    /// Asymmetric algorithms only: `none` and HMAC (which would make the public key a secret) never.
    static let algorithms: Set<String> = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"]

    struct Header: Decodable {
        var alg: String?
        var kid: String?
    }

    /// The token's header, read before any key is chosen.
    static func header(of token: String) -> Header? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let data = Data(base64URLText: String(parts[0])) else { return nil }
        return try? JSONDecoder().decode(Header.self, from: data)
    }

    /// The token's claims once its signature (a key of the provider's set, fetched again for an
    /// unknown `kid`) and its audience (`clientID`, and nobody else) are right.
    static func verify(_ token: String, discovery: OpenIDDiscovery, clientID: String, cache: OpenIDProviderCache,
                       client: any Client, now: Date) async throws(ProviderFailure) -> IdentityClaims {
        guard let header = header(of: token), let alg = header.alg, algorithms.contains(alg) else {
            throw ProviderFailure(refusal: .badSignature, detail: "token header unreadable or algorithm not allowed")
        }
        let set = try await cache.keys(for: discovery, kid: header.kid, client: client, now: now)
        let keys = JWTKeyCollection()
        var added = 0
        for (index, key) in set.keys.enumerated() {
            // JWTKit files keys by id; a provider with one key may publish it without one.
            var jwk = key
            if jwk.keyIdentifier == nil { jwk.keyIdentifier = JWKIdentifier(string: "unnamed-\(index)") }
            // A key of a type this library cannot use (an encryption key, say) is skipped.
            if (try? await keys.add(jwk: jwk)) != nil { added += 1 }
        }
        if let kid = header.kid {
            guard set.keys.contains(where: { $0.keyIdentifier?.string == kid }) else {
                throw ProviderFailure(refusal: .unknownKey, detail: "no key \(kid) in the provider's key set")
            }
        } else if added != 1 {
            // Without a key id the token can only name the provider's one key.
            throw ProviderFailure(refusal: .unknownKey, detail: "token without kid and \(added) keys")
        }
        do {
            let payload = try await keys.verify(token, as: IDTokenPayload.self, expectedAudience: clientID)
            return payload.claims
        } catch let error as JWTError {
            if error.errorType == .claimVerificationFailure, error.failedClaim is AudienceClaim {
                throw ProviderFailure(refusal: .wrongAudience, detail: error.reason ?? "audience")
            }
            if error.errorType == .unknownKID || error.errorType == .noKeyProvided {
                throw ProviderFailure(refusal: .unknownKey, detail: "\(error)")
            }
            throw ProviderFailure(refusal: .badSignature, detail: "\(error)")
        } catch {
            throw ProviderFailure(refusal: .badSignature, detail: "\(error)")
        }
    }
}

/// The token request of the authorization code flow (RFC 6749 4.1.3, with RFC 7636's verifier).
enum TokenExchange {
    struct Answer: Decodable {
        var idToken: String?
        enum CodingKeys: String, CodingKey { case idToken = "id_token" }
    }

    static func idToken(code: String, verifier: String, redirectURI: String, discovery: OpenIDDiscovery, clientID: String,
                        secret: String, authentication: IdentityProvider.ClientAuthentication,
                        client: any Client) async throws(ProviderFailure) -> String {
        var fields = [("grant_type", "authorization_code"), ("code", code), ("redirect_uri", redirectURI), ("code_verifier", verifier)]
        var headers: HTTPHeaders = ["Accept": "application/json", "Content-Type": "application/x-www-form-urlencoded"]
        switch authentication {
        case .post:
            fields += [("client_id", clientID), ("client_secret", secret)]
        case .basic:
            // RFC 6749 2.3.1: each part form-encoded before they are joined.
            let pair = "\(FormBody.encode(clientID)):\(FormBody.encode(secret))"
            headers.replaceOrAdd(name: .authorization, value: "Basic " + Data(pair.utf8).base64EncodedString())
            fields += [("client_id", clientID)]
        }
        let body = ByteBuffer(string: FormBody.encode(fields))
        let response: ClientResponse
        do {
            response = try await client.send(ClientRequest(method: .POST, url: URI(string: discovery.tokenEndpoint), headers: headers,
                                                           body: body, timeout: .seconds(OpenIDProviderCache.timeoutSeconds))).get()
        } catch {
            throw ProviderFailure(refusal: .providerUnreachable, detail: "token endpoint: \(error)")
        }
        guard response.status == .ok else {
            // 4xx: the provider refused the code or the client; 5xx: it is unwell.
            let refusal: IdentityRefusal = response.status.code >= 500 ? .providerUnreachable : .providerRefused
            throw ProviderFailure(refusal: refusal, detail: "token endpoint answered \(response.status.code)")
        }
        guard let body = response.body, let answer = try? JSONDecoder().decode(Answer.self, from: Data(body.readableBytesView)),
              let token = answer.idToken else {
            throw ProviderFailure(refusal: .providerUnreachable, detail: "token endpoint answer without id_token")
        }
        return token
    }
}

/// `application/x-www-form-urlencoded`, as a browser writes it.
enum FormBody {
    static func encode(_ fields: [(String, String)]) -> String {
        fields.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["-", "_", ".", "~"])) ?? text
    }
}

/// PKCE (RFC 7636) and the random values of a sign-in.
enum SignInSecrets {
    /// 32 random bytes, base64url: a `state`, a `nonce`, a code verifier (43 characters, within 43-128).
    static func random() -> String { [UInt8].random(count: 32).base64URLEncoded }

    /// S256: BASE64URL(SHA256(verifier)).
    static func challenge(for verifier: String) -> String {
        Array(SHA256.hash(data: Data(verifier.utf8))).base64URLEncoded
    }

    static func hash(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

/// The client secret at rest: AES-GCM under a key derived from a server secret kept in the
/// database (`ServerSecrets`), so the secret never lies in the table as typed and no page or
/// export shows it again. Whoever holds a whole copy of the database holds both; the
/// database and its backups stay the thing to protect (docs/security.md).
enum ClientSecretBox {
    static let secretName = "oidc-client-secret-v1"

    static func key(_ secrets: ServerSecrets, on db: any Database) async throws -> SymmetricKey {
        let material = try await secrets.key(secretName, on: db)
        return HKDF<SHA256>.deriveKey(inputKeyMaterial: material, info: Data("mentor-mirror oidc client secret".utf8), outputByteCount: 32)
    }

    static func seal(_ secret: String, key: SymmetricKey) throws -> String {
        guard !secret.isEmpty else { return "" }
        guard let combined = try AES.GCM.seal(Data(secret.utf8), using: key).combined else { throw Abort(.internalServerError) }
        return combined.base64EncodedString()
    }

    static func open(_ sealed: String, key: SymmetricKey) -> String? {
        guard !sealed.isEmpty else { return "" }
        guard let data = Data(base64Encoded: sealed), let box = try? AES.GCM.SealedBox(combined: data),
              let plain = try? AES.GCM.open(box, using: key) else { return nil }
        return String(decoding: plain, as: UTF8.self)
    }

    /// "····abcd": enough to tell two secrets apart, too little to use.
    static func hint(_ secret: String) -> String { secret.count <= 8 ? "" : String(secret.suffix(4)) }
}

extension Data {
    init?(base64URLText text: String) {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        self.init(base64Encoded: base64)
    }
}
