import Foundation

/// Why a sign-in through an organisation's identity provider (OpenID Connect) was refused.
/// The raw value is what the audit log stores and what the sign-in page is sent back with.
public enum IdentityRefusal: String, CaseIterable, Sendable, Codable, Error {
    /// No configured provider for the address's domain, or the provider is switched off.
    case notConfigured = "not_configured"
    /// The sign-in was started too long ago, in another browser, or its answer was used already.
    case expiredRequest = "expired_request"
    /// The provider's answer does not carry the `state` this browser was given.
    case wrongState = "wrong_state"
    /// The provider said no (the person cancelled, or the provider refused the application).
    case providerRefused = "provider_refused"
    /// Discovery, the keys or the token endpoint could not be reached or gave no usable answer.
    case providerUnreachable = "provider_unreachable"
    case badSignature = "bad_signature"
    case unknownKey = "unknown_key"
    case wrongIssuer = "wrong_issuer"
    case wrongAudience = "wrong_audience"
    case wrongNonce = "wrong_nonce"
    case expired = "expired"
    /// `iat` or `nbf` lies in the future (beyond the leeway).
    case notYetValid = "not_yet_valid"
    case noEmail = "no_email"
    case emailNotVerified = "email_not_verified"
    case domainNotAllowed = "domain_not_allowed"
    /// Nobody with this address in the organisation, and the organisation creates no one.
    case unknownPerson = "unknown_person"
    /// The address belongs to someone of another organisation.
    case otherOrganisation = "other_organisation"
    case deactivated = "deactivated"
}

/// The e-mail domains an organisation's provider may sign people in for.
public enum AllowedDomains {
    /// Domains from what an administrator typed: separated by commas, spaces or new lines,
    /// lower case, without a leading `@`, each once, in the order given.
    public static func parse(_ text: String) -> [String] {
        var seen = Set<String>()
        return text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\n" || $0 == "\r" || $0 == ";" })
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// Whether `domain` looks like a host name: letters, digits, hyphens, at least one dot.
    public static func isValid(_ domain: String) -> Bool {
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
    }

    /// The domain of an address, lower case; nil without exactly one `@` and text on both sides.
    public static func domain(of email: String) -> String? {
        let parts = email.lowercased().split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        return String(parts[1])
    }

    /// Only an exact domain counts: `firm.nl` allows `a@firm.nl`, not `a@other-firm.nl` or `a@mail.firm.nl`.
    public static func allows(_ email: String, domains: [String]) -> Bool {
        guard let domain = domain(of: email) else { return false }
        return domains.contains(domain)
    }
}

/// The claims of an ID token that decide a sign-in, after its signature and audience were
/// checked by the JWT library.
public struct IdentityClaims: Sendable, Equatable {
    public var issuer: String
    public var nonce: String?
    public var expiresAt: Date
    public var issuedAt: Date?
    public var notBefore: Date?
    public var email: String?
    public var preferredUsername: String?
    /// nil when the provider sends no `email_verified` (Entra ID sends none).
    public var emailVerified: Bool?
    public var name: String?

    public init(issuer: String, nonce: String?, expiresAt: Date, issuedAt: Date? = nil, notBefore: Date? = nil,
                email: String? = nil, preferredUsername: String? = nil, emailVerified: Bool? = nil, name: String? = nil) {
        self.issuer = issuer
        self.nonce = nonce
        self.expiresAt = expiresAt
        self.issuedAt = issuedAt
        self.notBefore = notBefore
        self.email = email
        self.preferredUsername = preferredUsername
        self.emailVerified = emailVerified
        self.name = name
    }
}

/// What an organisation's configuration expects of an ID token.
public struct IdentityExpectation: Sendable, Equatable {
    public enum EmailClaim: String, CaseIterable, Sendable {
        /// The standard claim (Google, Keycloak, most providers).
        case email
        /// Entra ID: the sign-in name, which is the person's work address in most tenants.
        case preferredUsername = "preferred_username"
    }

    public var issuer: String
    public var nonce: String
    public var allowedDomains: [String]
    public var emailClaim: EmailClaim
    /// The provider is trusted to give only addresses it has checked, so a missing
    /// `email_verified` is accepted (an explicit `false` never is).
    public var trustsEmail: Bool

    public init(issuer: String, nonce: String, allowedDomains: [String], emailClaim: EmailClaim, trustsEmail: Bool) {
        self.issuer = issuer
        self.nonce = nonce
        self.allowedDomains = allowedDomains
        self.emailClaim = emailClaim
        self.trustsEmail = trustsEmail
    }
}

/// The checks on an ID token's claims, in the order that gives the most useful reason.
public enum IdentityClaimsCheck {
    /// Clocks of two servers differ a little: `exp`, `iat` and `nbf` get this much room.
    public static let leeway: TimeInterval = 60

    /// The verified address, lower case, or why the token is refused.
    ///
    /// - issuer: exactly the configured issuer (OpenID Connect Core 3.1.3.7, step 2);
    /// - nonce: exactly the one this browser's sign-in was given (step 11), so a token taken
    ///   from another sign-in is refused;
    /// - `exp` after now minus the leeway; `iat` and `nbf` before now plus the leeway;
    /// - the address from the configured claim, verified (`email_verified` true, or the
    ///   provider trusted and not saying false), in one of the allowed domains.
    public static func check(_ claims: IdentityClaims, expected: IdentityExpectation, now: Date,
                             leeway: TimeInterval = leeway) -> Result<String, IdentityRefusal> {
        guard claims.issuer == expected.issuer else { return .failure(.wrongIssuer) }
        guard let nonce = claims.nonce, !expected.nonce.isEmpty, constantTimeEqual(nonce, expected.nonce) else {
            return .failure(.wrongNonce)
        }
        guard now.addingTimeInterval(-leeway) < claims.expiresAt else { return .failure(.expired) }
        if let issuedAt = claims.issuedAt, issuedAt > now.addingTimeInterval(leeway) { return .failure(.notYetValid) }
        if let notBefore = claims.notBefore, notBefore > now.addingTimeInterval(leeway) { return .failure(.notYetValid) }
        let raw: String? = switch expected.emailClaim {
        case .email: claims.email
        case .preferredUsername: claims.preferredUsername ?? claims.email
        }
        guard let address = raw?.trimmingCharacters(in: .whitespaces).lowercased(), AllowedDomains.domain(of: address) != nil else {
            return .failure(.noEmail)
        }
        let verified = claims.emailVerified == true || (expected.trustsEmail && claims.emailVerified != false)
        guard verified else { return .failure(.emailNotVerified) }
        guard AllowedDomains.allows(address, domains: expected.allowedDomains) else { return .failure(.domainNotAllowed) }
        return .success(address)
    }

    /// Compares without stopping at the first difference.
    public static func constantTimeEqual(_ lhs: String, _ rhs: String) -> Bool {
        let a = Array(lhs.utf8), b = Array(rhs.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}

/// Who an organisation signs in through its provider: the person with the address in this
/// organisation, or, when the organisation allows it, a new mentee; never anyone of another.
public enum IdentityMatch: Equatable, Sendable {
    case existing
    case create
    case refused(IdentityRefusal)

    /// - Parameters:
    ///   - found: the organisation of the person with this address, and whether they are active; nil: nobody has it.
    public static func decide(organisation: UUID, found: (organisation: UUID, active: Bool)?, createsPeople: Bool) -> IdentityMatch {
        guard let found else { return createsPeople ? .create : .refused(.unknownPerson) }
        guard found.organisation == organisation else { return .refused(.otherOrganisation) }
        return found.active ? .existing : .refused(.deactivated)
    }

    /// The name of a person made at first sign-in: the provider's `name`, else the address's
    /// local part in words (`anna.de-vries` -> "Anna De Vries"); an administrator can correct it.
    public static func displayName(_ name: String?, address: String) -> String {
        let given = (name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if !given.isEmpty { return String(given.prefix(200)) }
        let local = address.split(separator: "@").first.map(String.init) ?? address
        let words = local.split(whereSeparator: { $0 == "." || $0 == "_" || $0 == "-" || $0 == "+" }).map { $0.prefix(1).uppercased() + $0.dropFirst() }
        return words.isEmpty ? address : words.joined(separator: " ")
    }
}
