import Testing
import Foundation
import Vapor
import VaporTesting
import Fluent
import SQLKit
@testable import MentorServer

extension TestClient {
    /// Makes (or renews) the calendar feed and returns the token from the address shown once.
    func makeCalendarFeed() async throws -> String {
        let page = try await post("/account/calendar").body.string
        let range = try #require(page.range(of: #"/calendar/[A-Za-z0-9_=-]+\.ics"#, options: .regularExpression))
        return String(page[range].dropFirst("/calendar/".count).dropLast(".ics".count))
    }
}

/// The calendar feed's secret is stored hashed and shown once; its address is built from
/// `MENTOR_BASE_URL`, never from the request (issue 11).
@Suite struct CalendarFeedTests {
    @Test func theFeedOpensWithItsTokenButNotWithTheStoredHash() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let mentee = TestClient(app, acceptLanguage: "en")
            try await mentee.signIn(fixture.a.emails[.mentee]!)
            // act
            let token = try await mentee.makeCalendarFeed()
            let stored = try #require(try await Person.find(fixture.a.mentee, on: app.db)?.calendarToken)
            // validate: the database holds the hash only; the hash opens nothing
            #expect(stored != token && stored == CalendarToken.hash(token) && CalendarToken.isStoredHash(stored))
            #expect(try await TestClient(app).get("/calendar/\(token).ics").status == .ok)
            #expect(try await TestClient(app).get("/calendar/\(stored).ics").status == .notFound)
            #expect(try await TestClient(app).get("/calendar/\(stored)").status == .notFound)
            // The account page no longer shows the secret, and says how to get a new address.
            let account = try await mentee.get("/account").body.string
            #expect(!account.contains(token))
            #expect(account.contains("New feed address"))
            // A new address stops the old one.
            let renewed = try await mentee.makeCalendarFeed()
            #expect(renewed != token)
            #expect(try await TestClient(app).get("/calendar/\(token).ics").status == .notFound)
            #expect(try await TestClient(app).get("/calendar/\(renewed).ics").status == .ok)
        }
    }

    @Test func theShownAddressUsesTheBaseURLEvenWithAForgedHost() async throws {
        try await withTestApp { app in
            // setup
            app.settings.mail.baseURL = "https://mentor.example.org"
            let fixture = try await Fixture.make(on: app)
            let mentor = TestClient(app, acceptLanguage: "en")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            let forged = [("Host", "evil.example"), ("X-Forwarded-Host", "evil.example")]
            // act
            let made = try await mentor.send(.POST, "/account/calendar", headers: forged)
            let account = try await mentor.send(.GET, "/account", headers: forged)
            // validate
            #expect(made.status == .ok)
            #expect(made.body.string.contains("https://mentor.example.org/calendar/"))
            #expect(!made.body.string.contains("evil.example"))
            #expect(account.body.string.contains("https://mentor.example.org/calendar/"))
            #expect(!account.body.string.contains("evil.example"))
        }
    }

    @Test func migrationElevenHashesExistingTokensSoOldAddressesKeepWorking() async throws {
        try await withTestApp { app in
            // setup: a token stored in plain text, as before migration 011
            let fixture = try await Fixture.make(on: app)
            let sql = try #require(app.db as? any SQLDatabase)
            let old = [UInt8].random(count: 32).base64URLEncoded
            try await sql.raw("UPDATE people SET calendar_token = \(bind: old) WHERE id = \(bind: fixture.a.mentor)").run()
            // act: the migration's step, run again over that row
            try await HashCalendarTokens().prepare(on: app.db)
            try await HashCalendarTokens().prepare(on: app.db)
            // validate: stored hashed (once), and the subscribed address still opens the feed
            #expect(try await Person.find(fixture.a.mentor, on: app.db)?.calendarToken == CalendarToken.hash(old))
            #expect(try await TestClient(app).get("/calendar/\(old).ics").status == .ok)
        }
    }
}
