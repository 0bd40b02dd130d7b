import Testing
import Foundation
import Vapor
import VaporTesting
import Fluent
import JWTKit
@testable import MentorServer
import MentorCore

/// Sign-in through an organisation's identity provider (issue 17), against a provider faked in
/// this process (`FakeIdentityProvider`): the whole authorization code flow with PKCE, and each
/// token the server must refuse, ending on the sign-in page with its reason and an audit entry.
@Suite struct OpenIDConnectTests {
    /// What the sign-in left at the provider's door: the authorization request's parameters.
    struct Authorization {
        var state: String
        var nonce: String
        var challenge: String
        var redirectURI: String
        var clientID: String
        var method: String
    }

    // MARK: Helpers

    static func setUp(_ app: Application) async throws -> (Fixture, FakeIdentityProvider) {
        let fake = FakeIdentityProvider()
        app.clients.use { _ in fake.client(on: app.eventLoopGroup.next()) }
        let fixture = try await Fixture.make(on: app)
        return (fixture, fake)
    }

    /// Organisation A's provider as stored by the settings page.
    static func configure(_ app: Application, organisation: UUID, domains: String = "a.example", only: Bool = false,
                          creates: Bool = false, claim: IdentityExpectation.EmailClaim = .email, trusts: Bool = false) async throws {
        let provider = try await IdentityProvider.query(on: app.db).filter(\.$organisation.$id == organisation).first()
            ?? IdentityProvider(organisationID: organisation)
        provider.enabled = true
        provider.issuer = FakeIdentityProvider.issuer
        provider.clientID = FakeIdentityProvider.clientID
        let key = try await ClientSecretBox.key(app.serverSecrets, on: app.db)
        provider.clientSecretSealed = try ClientSecretBox.seal(FakeIdentityProvider.clientSecret, key: key)
        provider.clientSecretHint = ClientSecretBox.hint(FakeIdentityProvider.clientSecret)
        provider.allowedDomainsText = domains
        provider.onlyProvider = only
        provider.createsPeople = creates
        provider.emailClaim = claim.rawValue
        provider.trustsEmail = trusts
        try await provider.save(on: app.db)
    }

    /// Starts the sign-in with a work address as a browser would: the page links to the
    /// organisation's start address, which sends the browser to the provider.
    static func start(_ client: TestClient, address: String) async throws -> Authorization {
        let response = try await client.post(SiteURL.signInProvider.path, [("address", address)])
        #expect(response.status == .ok)
        let link = try continueLink(response)
        #expect(link.hasPrefix(SiteURL.signInProviderStart("org-a").path))
        return try authorization(try await client.get(link))
    }

    /// The page's "continue to your organisation's sign-in" link.
    static func continueLink(_ response: TestingHTTPResponse) throws -> String {
        let page = response.body.string
        let anchor = try #require(page.range(of: #"id="provider-continue""#))
        let rest = page[anchor.upperBound...]
        let start = try #require(rest.range(of: #"href=""#))
        let end = try #require(rest[start.upperBound...].firstIndex(of: "\""))
        return String(rest[start.upperBound..<end]).replacingOccurrences(of: "&amp;", with: "&")
    }

    static func authorization(_ response: TestingHTTPResponse) throws -> Authorization {
        let location = try #require(response.headers.first(name: .location))
        let components = try #require(URLComponents(string: location))
        #expect(location.hasPrefix(FakeIdentityProvider.issuer + "/authorize?"))
        var query: [String: String] = [:]
        for item in components.queryItems ?? [] { query[item.name] = item.value }
        #expect(query["response_type"] == "code")
        #expect(query["scope"]?.split(separator: " ").contains("openid") == true)
        return Authorization(state: try #require(query["state"]), nonce: try #require(query["nonce"]),
                             challenge: try #require(query["code_challenge"]), redirectURI: try #require(query["redirect_uri"]),
                             clientID: query["client_id"] ?? "", method: query["code_challenge_method"] ?? "")
    }

    /// A whole sign-in: the provider answers with a token shaped by `shape`.
    @discardableResult
    static func signIn(_ client: TestClient, fake: FakeIdentityProvider, app: Application, address: String, tokenEmail: String? = nil,
                       signer: FakeIdentityProvider.SigningKey? = nil, kid: String? = nil,
                       shape: (inout FakeIdentityProvider.Claims) -> Void = { _ in }) async throws -> TestingHTTPResponse {
        let authorization = try await start(client, address: address)
        var claims = fake.goodClaims(email: tokenEmail ?? address, nonce: authorization.nonce, now: app.now)
        shape(&claims)
        let code = "code-" + UUID().uuidString
        fake.grant(code: code, challenge: authorization.challenge, redirectURI: authorization.redirectURI, claims: claims, signer: signer, kid: kid)
        return try await client.get(SiteURL.signInCallback.path(query: [("code", code), ("state", authorization.state)]))
    }

    static func refusal(_ response: TestingHTTPResponse) -> String? {
        guard response.status == .seeOther, let location = response.headers.first(name: .location),
              let components = URLComponents(string: location), components.path == SiteURL.signIn.path else { return nil }
        return components.queryItems?.first { $0.name == "provider_error" }?.value
    }

    static func isSignedIn(_ client: TestClient) async throws -> Bool {
        try await client.get(SiteURL.account.path).status == .ok
    }

    static func auditSummaries(_ app: Application, organisation: UUID) async throws -> [String] {
        try await AuditEvent.query(on: app.db).filter(\.$organisation.$id == organisation).all().map(\.summary)
    }

    /// One refused token: the reason on the sign-in page in the person's language, an audit entry, no session.
    static func expectRefused(_ shape: @escaping (inout FakeIdentityProvider.Claims) -> Void = { _ in }, tokenEmail: String? = nil,
                              signer: FakeIdentityProvider.SigningKey? = nil, kid: String? = nil, as reason: IdentityRefusal,
                              sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await withTestApp { app in
            // setup
            let (fixture, fake) = try await setUp(app)
            try await configure(app, organisation: fixture.a.id)
            let client = TestClient(app, acceptLanguage: "nl")
            // act
            let response = try await signIn(client, fake: fake, app: app, address: fixture.a.emails[.mentee]!, tokenEmail: tokenEmail,
                                            signer: signer, kid: kid, shape: shape)
            // validate
            #expect(refusal(response) == reason.rawValue, sourceLocation: sourceLocation)
            let page = try await client.get(try #require(response.headers.first(name: .location)))
            #expect(page.status == .ok, sourceLocation: sourceLocation)
            #expect(page.body.string.contains(PageRendering.escaped(T.identityRefusal(reason)(.nl))), sourceLocation: sourceLocation)
            #expect(try await !isSignedIn(client), sourceLocation: sourceLocation)
            #expect(try await auditSummaries(app, organisation: fixture.a.id).contains(IdentityRefusalWording.summary(reason)),
                    sourceLocation: sourceLocation)
        }
    }

    // MARK: The flow

    @Test func adminConfiguresTheProviderAndAPersonSignsInThroughItAndOut() async throws {
        try await withTestApp { app in
            // setup: the administrator fills in the settings page as a browser would
            let (fixture, fake) = try await Self.setUp(app)
            let admin = TestClient(app)
            try await admin.signIn(fixture.a.emails[.admin]!)
            let saved = try await admin.post(SiteURL.adminIdentityProvider.path, [
                ("enabled", "yes"), ("issuer", FakeIdentityProvider.issuer), ("clientID", FakeIdentityProvider.clientID),
                ("clientSecret", FakeIdentityProvider.clientSecret), ("clientAuthentication", "client_secret_basic"),
                ("allowedDomains", "A.example, @a.example"), ("onlyProvider", "no"), ("createsPeople", "none"),
                ("emailClaim", "email"), ("trustsEmail", "no"),
            ])
            #expect(saved.status == .seeOther)
            let settings = try await admin.get(SiteURL.adminIdentityProvider.path)
            #expect(settings.body.string.contains(FakeIdentityProvider.issuer))
            #expect(!settings.body.string.contains(FakeIdentityProvider.clientSecret), "the secret is never shown again")
            #expect(settings.body.string.contains("…" + String(FakeIdentityProvider.clientSecret.suffix(4))))
            let stored = try #require(try await IdentityProvider.query(on: app.db).filter(\.$organisation.$id == fixture.a.id).first())
            #expect(stored.allowedDomainsText == "a.example")
            #expect(!stored.clientSecretSealed.contains(FakeIdentityProvider.clientSecret) && !stored.clientSecretSealed.isEmpty)
            let person = TestClient(app)
            // act
            let authorization = try await Self.start(person, address: fixture.a.emails[.mentee]!)
            var claims = fake.goodClaims(email: fixture.a.emails[.mentee]!, nonce: authorization.nonce, now: app.now)
            claims.email = "MENTEE@a.example"
            fake.grant(code: "the-code", challenge: authorization.challenge, redirectURI: authorization.redirectURI, claims: claims)
            let callback = try await person.get(SiteURL.signInCallback.path(query: [("code", "the-code"), ("state", authorization.state)]))
            // validate
            #expect(authorization.method == "S256" && authorization.clientID == FakeIdentityProvider.clientID)
            #expect(authorization.redirectURI.hasSuffix(SiteURL.signInCallback.path))
            #expect(callback.status == .seeOther && Self.refusal(callback) == nil, "\(callback.headers)")
            #expect(try await Self.isSignedIn(person))
            let home = try await person.get(SiteURL.home.path)
            #expect(home.status == .ok)
            // client_secret_basic: the secret went in the Authorization header, the verifier in the form.
            #expect(fake.tokenAuthorization.last??.hasPrefix("Basic ") == true)
            #expect(fake.tokenRequests.last?["client_secret"] == nil && fake.tokenRequests.last?["code_verifier"] != nil)
            #expect(try await Self.auditSummaries(app, organisation: fixture.a.id).contains("signed in through the identity provider"))
            // Signing out ends the session made through the provider.
            try await person.get(SiteURL.account.path)
            let out = try await person.post(SiteURL.signOut.path)
            #expect(out.status == .seeOther)
            #expect(try await !Self.isSignedIn(person))
            // The same answer again is refused: state and nonce are used once.
            let replay = try await person.get(SiteURL.signInCallback.path(query: [("code", "the-code"), ("state", authorization.state)]))
            #expect(Self.refusal(replay) == IdentityRefusal.expiredRequest.rawValue)
        }
    }

    @Test func theOrganisationsOwnStartAddressSendsToItsProvider() async throws {
        try await withTestApp { app in
            // setup
            let (fixture, _) = try await Self.setUp(app)
            try await Self.configure(app, organisation: fixture.a.id)
            let client = TestClient(app)
            // act
            let start = try await client.get(SiteURL.signInProviderStart("org-a").path)
            let unknown = try await client.get(SiteURL.signInProviderStart("org-b").path)
            // validate
            #expect(start.status == .seeOther)
            _ = try Self.authorization(start)
            #expect(unknown.status == .notFound, "organisation B has no provider")
        }
    }

    // MARK: Refused tokens

    @Test func aTokenForAnotherAudienceIsRefused() async throws {
        try await Self.expectRefused({ $0.aud = AudienceClaim(value: ["another-application"]) }, as: .wrongAudience)
    }

    @Test func aTokenWithAnExtraUntrustedAudienceIsRefused() async throws {
        try await Self.expectRefused({ $0.aud = AudienceClaim(value: [FakeIdentityProvider.clientID, "someone-else"]) }, as: .wrongAudience)
    }

    @Test func aTokenWithTheNonceOfAnotherSignInIsRefused() async throws {
        try await Self.expectRefused({ $0.nonce = "nonce-of-another-sign-in" }, as: .wrongNonce)
    }

    @Test func aTokenWithoutNonceIsRefused() async throws {
        try await Self.expectRefused({ $0.nonce = nil }, as: .wrongNonce)
    }

    @Test func anExpiredTokenIsRefused() async throws {
        try await Self.expectRefused({ claims in
            claims.exp = ExpirationClaim(value: claims.iat.value.addingTimeInterval(-IdentityClaimsCheck.leeway - 5))
        }, as: .expired)
    }

    @Test func aTokenIssuedInTheFutureIsRefused() async throws {
        try await Self.expectRefused({ $0.iat = IssuedAtClaim(value: $0.iat.value.addingTimeInterval(3600)) }, as: .notYetValid)
    }

    @Test func aTokenSignedByAnotherKeyIsRefused() async throws {
        // The provider's key id, someone else's key.
        try await Self.expectRefused(signer: FakeIdentityProvider.SigningKey(kid: "key-1", key: ES256PrivateKey()), as: .badSignature)
    }

    @Test func aTokenNamingAKeyTheProviderNeverPublishedIsRefused() async throws {
        try await Self.expectRefused(signer: FakeIdentityProvider.SigningKey(kid: "made-up", key: ES256PrivateKey()), as: .unknownKey)
    }

    @Test func aTokenOfAnotherIssuerIsRefused() async throws {
        try await Self.expectRefused({ $0.iss = IssuerClaim(value: "https://evil.test/realm") }, as: .wrongIssuer)
    }

    @Test func anUnverifiedAddressIsRefused() async throws {
        try await Self.expectRefused({ $0.email_verified = false }, as: .emailNotVerified)
        try await Self.expectRefused({ $0.email_verified = nil }, as: .emailNotVerified)
    }

    @Test func anAddressOutsideTheAllowedDomainsIsRefused() async throws {
        try await Self.expectRefused(tokenEmail: "someone@elsewhere.example", as: .domainNotAllowed)
    }

    @Test func anUnknownPersonIsRefusedUnlessTheOrganisationCreatesPeople() async throws {
        try await Self.expectRefused(tokenEmail: "new.person@a.example", as: .unknownPerson)
        try await withTestApp { app in
            // setup
            let (fixture, fake) = try await Self.setUp(app)
            try await Self.configure(app, organisation: fixture.a.id, creates: true)
            let client = TestClient(app)
            // act
            let response = try await Self.signIn(client, fake: fake, app: app, address: "anna.de-vries@a.example") { $0.name = nil }
            // validate
            #expect(Self.refusal(response) == nil && response.status == .seeOther)
            let person = try #require(try await Person.query(on: app.db).filter(\.$email == "anna.de-vries@a.example").with(\.$roleRows).first())
            #expect(person.organisationID == fixture.a.id)
            #expect(person.roleRows.map(\.role) == [.mentee])
            #expect(person.name == "Anna De Vries")
            #expect(try await Self.isSignedIn(client))
            // No password opens the new account.
            let password = TestClient(app)
            #expect(try await password.signIn("anna.de-vries@a.example", password: "!identity-provider").status == .unauthorized)
        }
    }

    @Test func aPersonOfAnotherOrganisationIsNeverSignedIn() async throws {
        try await withTestApp { app in
            // setup: A's provider (wrongly) vouches for B's domain too
            let (fixture, fake) = try await Self.setUp(app)
            try await Self.configure(app, organisation: fixture.a.id, domains: "a.example, b.example", creates: true)
            let client = TestClient(app)
            // act
            let response = try await Self.signIn(client, fake: fake, app: app, address: fixture.a.emails[.mentee]!,
                                                 tokenEmail: fixture.b.emails[.admin]!)
            // validate
            #expect(Self.refusal(response) == IdentityRefusal.otherOrganisation.rawValue)
            #expect(try await !Self.isSignedIn(client))
        }
    }

    @Test func aDeactivatedPersonIsRefused() async throws {
        try await withTestApp { app in
            // setup
            let (fixture, fake) = try await Self.setUp(app)
            try await Self.configure(app, organisation: fixture.a.id)
            let mentee = try #require(try await Person.find(fixture.a.mentee, on: app.db))
            mentee.active = false
            try await mentee.save(on: app.db)
            let client = TestClient(app)
            // act
            let response = try await Self.signIn(client, fake: fake, app: app, address: fixture.a.emails[.mentee]!)
            // validate
            #expect(Self.refusal(response) == IdentityRefusal.deactivated.rawValue)
        }
    }

    @Test func entraIDSignsInWithPreferredUsernameWhenTrusted() async throws {
        try await withTestApp { app in
            // setup: no email, no email_verified, the address in preferred_username (as Entra ID sends it)
            let (fixture, fake) = try await Self.setUp(app)
            try await Self.configure(app, organisation: fixture.a.id, claim: .preferredUsername, trusts: true)
            let client = TestClient(app)
            // act
            let response = try await Self.signIn(client, fake: fake, app: app, address: fixture.a.emails[.mentor]!) { claims in
                claims.preferred_username = claims.email
                claims.email = nil
                claims.email_verified = nil
            }
            // validate
            #expect(Self.refusal(response) == nil && response.status == .seeOther)
            #expect(try await Self.isSignedIn(client))
        }
    }

    @Test func aWrongStateIsRefusedAndAnAnswerWithoutItsBrowserToo() async throws {
        try await withTestApp { app in
            // setup
            let (fixture, _) = try await Self.setUp(app)
            try await Self.configure(app, organisation: fixture.a.id)
            let client = TestClient(app)
            let authorization = try await Self.start(client, address: fixture.a.emails[.mentee]!)
            // act
            let wrong = try await client.get(SiteURL.signInCallback.path(query: [("code", "x"), ("state", authorization.state + "x")]))
            let otherBrowser = try await TestClient(app).get(SiteURL.signInCallback.path(query: [("code", "x"), ("state", authorization.state)]))
            // validate
            #expect(Self.refusal(wrong) == IdentityRefusal.wrongState.rawValue)
            #expect(Self.refusal(otherBrowser) == IdentityRefusal.expiredRequest.rawValue)
            #expect(try await Self.auditSummaries(app, organisation: fixture.a.id).contains(IdentityRefusalWording.summary(.wrongState)))
        }
    }

    @Test func aSignInStartedTooLongAgoIsRefused() async throws {
        try await withTestApp { app in
            // setup
            let (fixture, fake) = try await Self.setUp(app)
            try await Self.configure(app, organisation: fixture.a.id)
            let start = Date(timeIntervalSince1970: 1_800_000_000)
            app.clock = .fixed(start)
            let client = TestClient(app)
            let authorization = try await Self.start(client, address: fixture.a.emails[.mentee]!)
            fake.grant(code: "late", challenge: authorization.challenge, redirectURI: authorization.redirectURI,
                       claims: fake.goodClaims(email: fixture.a.emails[.mentee]!, nonce: authorization.nonce, now: start))
            // act
            app.clock = .fixed(start.addingTimeInterval(OpenIDConnectController.requestLifetime + 1))
            let response = try await client.get(SiteURL.signInCallback.path(query: [("code", "late"), ("state", authorization.state)]))
            // validate
            #expect(Self.refusal(response) == IdentityRefusal.expiredRequest.rawValue)
        }
    }

    @Test func aProviderThatIsDownEndsOnTheSignInPageNotInAnError() async throws {
        try await withTestApp { app in
            // setup
            let (fixture, fake) = try await Self.setUp(app)
            try await Self.configure(app, organisation: fixture.a.id)
            fake.reachable = false
            let client = TestClient(app, acceptLanguage: "en")
            // act
            let form = try await client.post(SiteURL.signInProvider.path, [("address", fixture.a.emails[.mentee]!)])
            let response = try await client.get(try Self.continueLink(form))
            // validate
            #expect(Self.refusal(response) == IdentityRefusal.providerUnreachable.rawValue)
            let page = try await client.get(try #require(response.headers.first(name: .location)))
            #expect(page.body.string.contains(PageRendering.escaped(T.identityRefusal(.providerUnreachable)(.en))))
        }
    }

    @Test func theProviderGoingDownBetweenStartAndAnswerEndsOnTheSignInPage() async throws {
        try await withTestApp { app in
            // setup: discovery is cached at the start; the token endpoint then fails
            let (fixture, fake) = try await Self.setUp(app)
            try await Self.configure(app, organisation: fixture.a.id)
            let client = TestClient(app)
            let authorization = try await Self.start(client, address: fixture.a.emails[.mentee]!)
            fake.reachable = false
            // act
            let response = try await client.get(SiteURL.signInCallback.path(query: [("code", "c"), ("state", authorization.state)]))
            // validate
            #expect(Self.refusal(response) == IdentityRefusal.providerUnreachable.rawValue)
        }
    }

    @Test func anAddressNoOrganisationSignsInIsAnsweredOnThePage() async throws {
        try await withTestApp { app in
            // setup
            let (fixture, _) = try await Self.setUp(app)
            try await Self.configure(app, organisation: fixture.a.id)
            let client = TestClient(app, acceptLanguage: "nl")
            // act
            let response = try await client.post(SiteURL.signInProvider.path, [("address", "someone@nowhere.example")])
            // validate
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains(PageRendering.escaped(T.identityRefusal(.notConfigured)(.nl))))
        }
    }

    // MARK: Keys

    @Test func aRotatedKeyIsFetchedOnceItsTokenArrives() async throws {
        try await withTestApp { app in
            // setup
            let (fixture, fake) = try await Self.setUp(app)
            try await Self.configure(app, organisation: fixture.a.id)
            let start = Date(timeIntervalSince1970: 1_800_000_000)
            app.clock = .fixed(start)
            let first = TestClient(app)
            let before = try await Self.signIn(first, fake: fake, app: app, address: fixture.a.emails[.mentee]!)
            #expect(Self.refusal(before) == nil)
            #expect(fake.keySetFetches == 1)
            // act: the provider rotates its key; a minute later (within the cache's lifetime) a token signed with the new one arrives
            fake.rotate(to: "key-2")
            app.clock = .fixed(start.addingTimeInterval(60))
            let second = TestClient(app)
            let after = try await Self.signIn(second, fake: fake, app: app, address: fixture.a.emails[.mentor]!)
            // validate
            #expect(Self.refusal(after) == nil, "\(after.headers)")
            #expect(fake.keySetFetches == 2, "the unknown kid made the server fetch the keys again")
            #expect(try await Self.isSignedIn(second))
            // A token signed with the retired key is refused now.
            let old = FakeIdentityProvider.SigningKey(kid: "key-1", key: ES256PrivateKey())
            let third = TestClient(app)
            let retired = try await Self.signIn(third, fake: fake, app: app, address: fixture.a.emails[.mentee]!, signer: old)
            #expect(Self.refusal(retired) == IdentityRefusal.unknownKey.rawValue)
        }
    }

    // MARK: Passwords

    @Test func onlyThroughTheProviderRefusesPasswordSignIn() async throws {
        try await withTestApp { app in
            // setup
            let (fixture, _) = try await Self.setUp(app)
            try await Self.configure(app, organisation: fixture.a.id, only: true)
            let client = TestClient(app, acceptLanguage: "en")
            // act
            let refused = try await client.signIn(fixture.a.emails[.mentee]!)
            let unknown = try await TestClient(app).signIn("nobody@a.example")
            let other = try await TestClient(app).signIn(fixture.b.emails[.mentee]!)
            // validate
            #expect(refused.status == .forbidden)
            #expect(refused.body.string.contains(PageRendering.escaped(T.providerOnlyRefusal(.en))))
            #expect(refused.body.string.contains(SiteURL.signInProviderStart("org-a").path))
            #expect(unknown.status == .forbidden, "the same answer whether or not the account exists")
            #expect(other.status == .seeOther, "organisation B still signs in with passwords")
        }
    }

    @Test func onlyThroughTheProviderAlsoHoldsForAnAddressOutsideItsDomains() async throws {
        try await withTestApp { app in
            // setup: A signs in only through its provider, for another domain than its people's addresses
            let (fixture, _) = try await Self.setUp(app)
            try await Self.configure(app, organisation: fixture.a.id, domains: "alpha.example", only: true)
            // act
            let refused = try await TestClient(app).signIn(fixture.a.emails[.coordinator]!)
            // validate
            #expect(refused.status == .forbidden)
        }
    }

    // MARK: Settings

    @Test func anotherOrganisationsAdminNeitherSeesNorChangesTheSettings() async throws {
        try await withTestApp { app in
            // setup
            let (fixture, _) = try await Self.setUp(app)
            try await Self.configure(app, organisation: fixture.a.id)
            let other = TestClient(app)
            try await other.signIn(fixture.b.emails[.admin]!)
            // act
            let page = try await other.get(SiteURL.adminIdentityProvider.path)
            let taken = try await other.post(SiteURL.adminIdentityProvider.path, [
                ("enabled", "yes"), ("issuer", "https://b-idp.test"), ("clientID", "b"), ("allowedDomains", "a.example"),
            ])
            let own = try await other.post(SiteURL.adminIdentityProvider.path, [
                ("enabled", "no"), ("issuer", "https://b-idp.test"), ("clientID", "b"), ("allowedDomains", "b.example"),
            ])
            // validate
            #expect(page.status == .ok && !page.body.string.contains(FakeIdentityProvider.issuer))
            #expect(taken.status == .unprocessableEntity, "a domain belongs to one organisation")
            #expect(own.status == .seeOther)
            let a = try #require(try await IdentityProvider.query(on: app.db).filter(\.$organisation.$id == fixture.a.id).first())
            #expect(a.issuer == FakeIdentityProvider.issuer && a.clientID == FakeIdentityProvider.clientID)
            let b = try #require(try await IdentityProvider.query(on: app.db).filter(\.$organisation.$id == fixture.b.id).first())
            #expect(b.issuer == "https://b-idp.test")
            // Non-admins of A are refused the page.
            let mentor = TestClient(app)
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            #expect(try await mentor.get(SiteURL.adminIdentityProvider.path).status == .forbidden)
        }
    }

    @Test func theSettingsRefuseAPlainHTTPIssuerAndBadDomains() async throws {
        try await withTestApp { app in
            // setup
            let (fixture, _) = try await Self.setUp(app)
            let admin = TestClient(app, acceptLanguage: "en")
            try await admin.signIn(fixture.a.emails[.admin]!)
            // act
            let response = try await admin.post(SiteURL.adminIdentityProvider.path, [
                ("enabled", "yes"), ("issuer", "http://intranet.local/idp"), ("clientID", "x"), ("allowedDomains", "not a domain!"),
            ])
            // validate
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains(PageRendering.escaped(T.issuerInvalid(.en))))
            #expect(response.body.string.contains(PageRendering.escaped(T.domainInvalid(.en))))
            #expect(try await IdentityProvider.query(on: app.db).count() == 0)
        }
    }
}
