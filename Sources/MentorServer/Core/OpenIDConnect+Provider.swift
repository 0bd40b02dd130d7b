import Vapor
import JWTKit
import MentorCore

/// What a provider publishes at `<issuer>/.well-known/openid-configuration` (OpenID Connect
/// Discovery 1.0, section 3), the fields this product uses.
struct OpenIDDiscovery: Codable, Sendable, Equatable {
    var issuer: String
    var authorizationEndpoint: String
    var tokenEndpoint: String
    var jwksURI: String

    enum CodingKeys: String, CodingKey {
        case issuer
        case authorizationEndpoint = "authorization_endpoint"
        case tokenEndpoint = "token_endpoint"
        case jwksURI = "jwks_uri"
    }

    static func url(issuer: String) -> String {
        (issuer.hasSuffix("/") ? String(issuer.dropLast()) : issuer) + "/.well-known/openid-configuration"
    }
}

/// The addresses a provider may have: https, or http on this machine only (a provider for
/// tests on the loopback address), so an administrator cannot point the server at the network inside.
enum ProviderAddress {
    static func isAcceptable(_ text: String) -> Bool {
        guard let url = URL(string: text), let host = url.host?.lowercased(), !host.isEmpty, url.user == nil, url.query == nil else { return false }
        switch url.scheme?.lowercased() {
        case "https": return true
        case "http": return ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host)
        default: return false
        }
    }
}

/// A failure to talk to the provider, already named as a refusal for the person.
struct ProviderFailure: Error, Sendable {
    let refusal: IdentityRefusal
    let detail: String
}

/// Discovery documents and key sets of the providers in use, shared by all requests of one
/// server. The keys live for `keyLifetime` and are fetched again at once when a token names a
/// key the cached set lacks (the provider rotated its keys), at most once per `refetchPause`,
/// so tokens with made-up key ids cannot make this server hammer the provider.
actor OpenIDProviderCache {
    static let discoveryLifetime: TimeInterval = 3600
    static let keyLifetime: TimeInterval = 600
    static let refetchPause: TimeInterval = 10
    /// The most a provider's answer may take, in seconds.
    static let timeoutSeconds: Int64 = 10

    private struct Entry<Value> {
        var value: Value
        var fetchedAt: Date
    }

    private var discoveries: [String: Entry<OpenIDDiscovery>] = [:]
    private var keySets: [String: Entry<JWKS>] = [:]

    func discovery(issuer: String, client: any Client, now: Date) async throws(ProviderFailure) -> OpenIDDiscovery {
        if let entry = discoveries[issuer], now.timeIntervalSince(entry.fetchedAt) < Self.discoveryLifetime { return entry.value }
        let document: OpenIDDiscovery = try await Self.fetch(OpenIDDiscovery.url(issuer: issuer), client: client)
        // Discovery 4.3: the document's issuer must be the one it was fetched for.
        guard document.issuer == issuer else {
            throw ProviderFailure(refusal: .wrongIssuer, detail: "discovery names issuer \(document.issuer)")
        }
        for address in [document.authorizationEndpoint, document.tokenEndpoint, document.jwksURI] where !ProviderAddress.isAcceptable(address) {
            throw ProviderFailure(refusal: .providerUnreachable, detail: "discovery names an address that is not https: \(address)")
        }
        discoveries[issuer] = Entry(value: document, fetchedAt: now)
        return document
    }

    /// The key set, fetched again when it is older than its lifetime or lacks `kid`.
    func keys(for discovery: OpenIDDiscovery, kid: String?, client: any Client, now: Date) async throws(ProviderFailure) -> JWKS {
        let url = discovery.jwksURI
        if let entry = keySets[url] {
            let fresh = now.timeIntervalSince(entry.fetchedAt) < Self.keyLifetime
            let knows = kid.map { kid in entry.value.keys.contains { $0.keyIdentifier?.string == kid } } ?? true
            let mayRefetch = now.timeIntervalSince(entry.fetchedAt) >= Self.refetchPause
            if fresh && (knows || !mayRefetch) { return entry.value }
        }
        let set: JWKS = try await Self.fetch(url, client: client)
        keySets[url] = Entry(value: set, fetchedAt: now)
        return set
    }

    /// Forgets an issuer's documents, after an administrator changed the settings.
    func forget(issuer: String) {
        if let discovery = discoveries.removeValue(forKey: issuer)?.value { keySets[discovery.jwksURI] = nil }
    }

    private static func fetch<Value: Decodable>(_ url: String, client: any Client) async throws(ProviderFailure) -> Value {
        do {
            let response = try await client.send(ClientRequest(method: .GET, url: URI(string: url), headers: ["Accept": "application/json"],
                                                               body: nil, timeout: .seconds(timeoutSeconds))).get()
            guard response.status == .ok, let body = response.body else {
                throw ProviderFailure(refusal: .providerUnreachable, detail: "\(url) answered \(response.status.code)")
            }
            return try JSONDecoder().decode(Value.self, from: Data(body.readableBytesView))
        } catch let failure as ProviderFailure {
            throw failure
        } catch {
            throw ProviderFailure(refusal: .providerUnreachable, detail: "\(url): \(error)")
        }
    }
}

struct OpenIDProviderCacheKey: StorageKey { typealias Value = OpenIDProviderCache }

extension Application {
    /// Set once in `configure`, so every request shares one cache.
    var openIDProviders: OpenIDProviderCache { storage[OpenIDProviderCacheKey.self]! }
}
