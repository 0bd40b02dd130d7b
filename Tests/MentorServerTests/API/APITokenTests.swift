import Testing
import Foundation
import Fluent
import Vapor
import VaporTesting
@testable import MentorServer
import MentorCore

/// Personal access tokens: made on the account page as a browser does, shown once, stored
/// hashed, revocable; tokens of a deactivated person, expired tokens and session cookies do not
/// open the API.
@Suite struct APITokenTests {
    /// Makes a token through the page's own form and returns the secret the page showed.
    static func makeToken(_ client: TestClient, name: String, scope: String) async throws -> (String, TestingHTTPResponse) {
        let account = try await client.get("/account")
        #expect(account.body.string.contains(#"href="/account/tokens""#))
        let page = try await client.get("/account/tokens")
        let form = try #require(BrowserForm.all(in: page.body.string).first { $0.action == "/account/tokens" })
        let response = try await client.post(form.action, form.sent(["name": name, "scope": scope]))
        let html = response.body.string
        let start = try #require(html.range(of: #"<code id="new-token">"#))
        let secret = String(html[start.upperBound...].prefix { $0 != "<" })
        return (secret, response)
    }

    @Test func aTokenMadeOnTheAccountPageIsShownOnceStoredHashedAndRevocable() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let browser = TestClient(app)
            try await browser.signIn(fixture.a.emails[.mentor]!)
            // act
            let (secret, made) = try await Self.makeToken(browser, name: "Reporting", scope: "read")
            let me = try await APIClient(app: app, token: secret).get("/api/v1/me")
            let later = try await browser.get("/account/tokens")
            // validate
            #expect(made.status == .created)
            #expect(made.headers.first(name: .cacheControl) == "no-store")
            #expect(AccessTokens.isWellFormed(secret))
            #expect(me.status == .ok)
            #expect(APIClient.object(me)["email"] as? String == "mentor@a.example")
            let stored = try #require(try await AccessToken.query(on: app.db).first())
            #expect(stored.tokenHash == AccessTokens.hash(secret) && stored.tokenHash != secret)
            #expect(stored.scope == .read && stored.lastUsedAt != nil)
            #expect(!later.body.string.contains(secret))
            #expect(later.body.string.contains(String(secret.prefix(7))))
            // act: revoke through the page's button
            let revoke = try #require(BrowserForm.all(in: later.body.string).first { $0.action.hasSuffix("/revoke") })
            let revoked = try await browser.post(revoke.action, revoke.sent())
            let refused = try await APIClient(app: app, token: secret).get("/api/v1/me")
            // validate
            #expect(revoked.status == .seeOther)
            #expect(refused.status == .unauthorized)
            #expect(refused.headers.first(name: .wwwAuthenticate)?.contains("invalid_token") == true)
            #expect(APIClient.object(refused)["title"] as? String == "Not signed in" || APIClient.object(refused)["title"] as? String == "Niet ingelogd")
        }
    }

    @Test func nobodyRevokesAnotherPersonsToken() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let made = try await AccessTokens.create(personID: fixture.a.mentee, name: "mine", scope: .write, expiresAt: nil, on: app.db)
            let browser = TestClient(app)
            try await browser.signIn(fixture.a.emails[.admin]!)
            let response = try await browser.post("/account/tokens/\(try made.record.requireID())/revoke")
            #expect(response.status == .notFound)
            #expect(try await AccessToken.find(made.record.id, on: app.db)?.revokedAt == nil)
            #expect(try await APIClient(app: app, token: made.secret).get("/api/v1/me").status == .ok)
        }
    }

    @Test func aDeactivatedPersonsTokenAndAnExpiredTokenStopWorking() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let secret = try await Fixture.token(for: fixture.a.mentee, on: app.db)
            let expired = try await AccessTokens.create(personID: fixture.a.mentor, name: "old", scope: .write,
                                                        expiresAt: Date(timeIntervalSinceNow: -3_600), on: app.db)
            #expect(try await APIClient(app: app, token: secret).get("/api/v1/me").status == .ok)
            // act
            try await Person.query(on: app.db).filter(\.$id == fixture.a.mentee).set(\.$active, to: false).update()
            // validate
            #expect(try await APIClient(app: app, token: secret).get("/api/v1/me").status == .unauthorized)
            #expect(try await APIClient(app: app, token: expired.secret).get("/api/v1/me").status == .unauthorized)
            #expect(try await APIClient(app: app, token: "mm_" + String(repeating: "a", count: 43)).get("/api/v1/me").status == .unauthorized)
            #expect(try await APIClient(app: app, token: "garbage").get("/api/v1/pairs").status == .unauthorized)
        }
    }

    @Test func aSignedInBrowsersSessionDoesNotOpenTheAPI() async throws {
        try await withTestApp { app in
            // setup: a signed-in browser with its cookie and CSRF token
            let fixture = try await Fixture.make(on: app)
            let browser = TestClient(app)
            try await browser.signIn(fixture.a.emails[.mentee]!)
            browser.headers = [("X-CSRF-Token", browser.csrf ?? ""), ("Accept", "application/json")]
            // act
            let read = try await browser.get("/api/v1/me")
            let write = try await browser.post("/api/v1/conversations/\(fixture.a.conversation)/agenda-items", [("text", "Ridden")])
            // validate
            #expect(read.status == .unauthorized)
            #expect(write.status == .unauthorized)
            #expect(read.headers.contentType?.subType == "problem+json")
            #expect(read.headers[.setCookie].isEmpty)
            #expect(try await AgendaItem.query(on: app.db).filter(\.$text == "Ridden").count() == 0)
            // The pages still want their CSRF token (nothing was weakened for them).
            browser.headers = []
            let page = try await browser.post("/conversations/\(fixture.a.conversation)/agenda", [("agendaText", "No token"), ("_csrf", "wrong")])
            #expect(page.status == .forbidden)
        }
    }
}
