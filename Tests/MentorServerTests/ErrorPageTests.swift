import Testing
import Foundation
import Vapor
import SQLKit
import VaporTesting
@testable import MentorServer

@Suite struct ErrorPageTests {
    @Test func aFailureWhileReadingTheViewerBecomesTheErrorPageAndIsCounted() async throws {
        try await withTestApp { app in
            // setup: a signed-in mentor, then the table the viewer middleware reads is gone
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app, acceptLanguage: "en")
            try await client.signIn(fixture.a.emails[.mentor]!)
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.raw("DROP TABLE \(ident: PersonRole.schema)").run()
            // act
            let response = try await client.get("/")
            // validate: the localized page with its status, and the metrics saw a 5xx
            #expect(response.status == .internalServerError)
            #expect(response.body.string.contains(T.errorTitle(.en)))
            #expect(response.headers.first(name: "Content-Security-Policy")?.contains("base-uri 'none'") == true)
            let metrics = try await TestClient(app).get("/metrics").body.string
            #expect(metrics.contains("status=\"5xx\""))
        }
    }

    @Test func aFailureWhileReadingTheSessionBecomesTheLocalizedErrorPageAndIsCounted() async throws {
        try await withTestApp { app in
            // setup: a signed-in mentor (a session cookie), then the sessions table is renamed away
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app, acceptLanguage: "nl")
            try await client.signIn(fixture.a.emails[.mentor]!)
            #expect(client.cookie != nil)
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.raw("ALTER TABLE \(ident: StoredSession.schema) RENAME TO broken_sessions").run()
            // act: the session middleware's read fails before any handler runs
            let response = try await client.get("/")
            // validate: the error page in the browser's language, with the security headers, and counted
            #expect(response.status == .internalServerError)
            #expect(response.body.string.contains(T.errorTitle(.nl)))
            #expect(response.body.string.contains(#"<html lang="nl""#))
            #expect(response.headers.first(name: "Content-Security-Policy")?.contains("base-uri 'none'") == true)
            let metrics = try await TestClient(app).get("/metrics").body.string
            #expect(metrics.contains("status=\"5xx\""))
            try await sql.raw("ALTER TABLE broken_sessions RENAME TO \(ident: StoredSession.schema)").run()
        }
    }
    @Test func aMissingPageLinksBackToThePageOfThisSiteItWasOpenedFrom() async throws {
        try await withTestApp { app in
            // setup: a signed-in mentor who follows a link from the pairs page
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app, acceptLanguage: "nl")
            try await client.signIn(fixture.a.emails[.mentor]!)
            client.headers = [("Host", "mentor.example"), ("Referer", "https://mentor.example/mentorships?page=2")]
            let missing = SiteURL.pair(UUID()).path
            // act
            let response = try await client.get(missing)
            // validate: a link back (with its query), the start page, and the switch returns to the same address
            let html = response.body.string
            #expect(response.status == .notFound)
            #expect(html.contains(T.notFoundTitle(.nl)) && html.contains(T.backToPrevious(.nl)) && html.contains(T.backHome(.nl)))
            #expect(html.contains(#"href="/mentorships?page=2""#))
            #expect(html.contains(#"name="back" value="\#(missing)""#))
        }
    }

    @Test(arguments: ["https://elsewhere.example/mentorships", "javascript:alert(1)", "https://mentor.example.evil.example/x", "//mentor.example/x"])
    func aRefererFromAnotherSiteGetsNoBackLink(referer: String) async throws {
        try await withTestApp { app in
            let client = TestClient(app, acceptLanguage: "en")
            client.headers = [("Host", "mentor.example"), ("Referer", referer)]
            let html = try await client.get("/no-such-page").body.string
            #expect(html.contains(T.notFoundTitle(.en)) && html.contains(T.backHome(.en)))
            #expect(!html.contains(T.backToPrevious(.en)))
            #expect(!html.contains("elsewhere") && !html.contains("javascript:") && !html.contains("evil"))
        }
    }

    @Test func afterAFailedFormTheLanguageSwitchReturnsToTheFormsPage() async throws {
        try await withTestApp { app in
            // setup: the sign-in form sent with an outdated token, from the sign-in page
            let client = TestClient(app, acceptLanguage: "nl")
            client.headers = [("Host", "mentor.example"), ("Referer", "http://mentor.example/signin")]
            // act
            let response = try await client.post(SiteURL.signIn.path, [("_csrf", "outdated"), ("email", "x@example.org"), ("password", "x")])
            // validate: not the POST's address (a GET there finds nothing) but the form's page
            let html = response.body.string
            #expect(response.status == .forbidden)
            #expect(html.contains(T.csrfTitle(.nl)))
            #expect(html.contains(#"name="back" value="/signin""#))
            #expect(html.contains(#"href="/signin""#) && html.contains(T.backToPrevious(.nl)))
            // and without a Referer the switch goes to the start page
            client.headers = []
            let bare = try await client.post(SiteURL.signIn.path, [("_csrf", "outdated")]).body.string
            #expect(bare.contains(#"name="back" value="/""#) && !bare.contains(T.backToPrevious(.nl)))
        }
    }
}
