import Testing
import Foundation
@testable import MentorCore

@Suite struct IdentityProviderRulesTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static let expected = IdentityExpectation(issuer: "https://idp.example/realm", nonce: "n-1", allowedDomains: ["firm.nl"],
                                              emailClaim: .email, trustsEmail: false)
    static func claims(_ change: (inout IdentityClaims) -> Void = { _ in }) -> IdentityClaims {
        var claims = IdentityClaims(issuer: "https://idp.example/realm", nonce: "n-1", expiresAt: now.addingTimeInterval(300), issuedAt: now,
                                    email: "Anna@Firm.nl", emailVerified: true)
        change(&claims)
        return claims
    }

    @Test func aGoodTokenGivesTheAddressInLowerCase() {
        #expect(IdentityClaimsCheck.check(Self.claims(), expected: Self.expected, now: Self.now) == .success("anna@firm.nl"))
    }

    @Test func eachWrongClaimHasItsReason() {
        let cases: [(IdentityRefusal, (inout IdentityClaims) -> Void)] = [
            (.wrongIssuer, { $0.issuer = "https://idp.example/realm/" }),
            (.wrongNonce, { $0.nonce = "n-2" }),
            (.wrongNonce, { $0.nonce = nil }),
            (.expired, { $0.expiresAt = Self.now.addingTimeInterval(-61) }),
            (.notYetValid, { $0.issuedAt = Self.now.addingTimeInterval(61) }),
            (.notYetValid, { $0.notBefore = Self.now.addingTimeInterval(120) }),
            (.noEmail, { $0.email = nil }),
            (.noEmail, { $0.email = "not-an-address" }),
            (.emailNotVerified, { $0.emailVerified = nil }),
            (.emailNotVerified, { $0.emailVerified = false }),
            (.domainNotAllowed, { $0.email = "anna@mail.firm.nl" }),
            (.domainNotAllowed, { $0.email = "anna@otherfirm.nl" }),
        ]
        for (reason, change) in cases {
            #expect(IdentityClaimsCheck.check(Self.claims(change), expected: Self.expected, now: Self.now) == .failure(reason), "\(reason)")
        }
    }

    @Test func clocksGetAMinuteOfLeeway() {
        let late = Self.claims { $0.expiresAt = Self.now.addingTimeInterval(-59) }
        let early = Self.claims { $0.issuedAt = Self.now.addingTimeInterval(59); $0.notBefore = Self.now.addingTimeInterval(59) }
        #expect(IdentityClaimsCheck.check(late, expected: Self.expected, now: Self.now) == .success("anna@firm.nl"))
        #expect(IdentityClaimsCheck.check(early, expected: Self.expected, now: Self.now) == .success("anna@firm.nl"))
    }

    @Test func aTrustedProviderNeedsNoEmailVerifiedButNeverAFalseOne() {
        var entra = Self.expected
        entra.emailClaim = .preferredUsername
        entra.trustsEmail = true
        let token = Self.claims { $0.email = nil; $0.emailVerified = nil; $0.preferredUsername = "anna@firm.nl" }
        #expect(IdentityClaimsCheck.check(token, expected: entra, now: Self.now) == .success("anna@firm.nl"))
        let denied = Self.claims { $0.emailVerified = false }
        #expect(IdentityClaimsCheck.check(denied, expected: entra, now: Self.now) == .failure(.emailNotVerified))
    }

    @Test func domainsAreReadAsAnAdministratorTypesThem() {
        #expect(AllowedDomains.parse(" Firm.nl, @firm.com;firm.nl\nlaw.example ") == ["firm.nl", "firm.com", "law.example"])
        #expect(AllowedDomains.isValid("firm.nl") && AllowedDomains.isValid("sub-x.firm.co.uk"))
        for bad in ["firm", "-firm.nl", "firm..nl", "fir m.nl", "firm.nl/", "fírm.nl"] { #expect(!AllowedDomains.isValid(bad), "\(bad)") }
        #expect(!AllowedDomains.allows("a@b@firm.nl", domains: ["firm.nl"]))
    }

    @Test func aPersonIsMatchedOnlyInsideTheOrganisation() {
        let own = UUID(), other = UUID()
        #expect(IdentityMatch.decide(organisation: own, found: (own, true), createsPeople: false) == .existing)
        #expect(IdentityMatch.decide(organisation: own, found: (own, false), createsPeople: true) == .refused(.deactivated))
        #expect(IdentityMatch.decide(organisation: own, found: (other, true), createsPeople: true) == .refused(.otherOrganisation))
        #expect(IdentityMatch.decide(organisation: own, found: nil, createsPeople: false) == .refused(.unknownPerson))
        #expect(IdentityMatch.decide(organisation: own, found: nil, createsPeople: true) == .create)
    }

    @Test func aNewPersonIsNamedByTheProviderOrTheirAddress() {
        #expect(IdentityMatch.displayName(" Anna de Vries ", address: "a@firm.nl") == "Anna de Vries")
        #expect(IdentityMatch.displayName(nil, address: "anna.de-vries@firm.nl") == "Anna De Vries")
    }
}
