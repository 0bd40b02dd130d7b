import Testing
import Foundation
import Vapor
import Fluent
@testable import MentorServer

/// The account pages' queries, on their own, and what the account page costs.
@Suite struct AccountQueryTests {
    @Test func theAccountQueryCountsLiveSessionsAndHidesTheFeedsSecret() async throws {
        try await withTestApp { app in
            // setup: the mentor signed in twice, with the feed on
            let fixture = try await Fixture.make(on: app)
            for _ in 0..<2 { try await TestClient(app).signIn(fixture.a.emails[.mentor]!) }
            let person = try #require(try await Person.find(fixture.a.mentor, on: app.db))
            person.calendarToken = CalendarToken.hash(CalendarToken.make())
            person.language = .en
            try await person.save(on: app.db)
            // act
            let model = try await AccountPage.Query.model(personID: fixture.a.mentor, baseURL: "https://mentor.example.org",
                                                          firm: app.settings.timeZone, errors: ["new": "x"], flash: "hello",
                                                          now: app.now, on: app.db)
            // validate
            #expect(model == AccountPage.Model(languageSetting: .en, errors: ["new": "x"],
                                               calendarFeedURL: "https://mentor.example.org/calendar/…",
                                               emailChoice: EmailChoice(person), activeSessions: 2,
                                               timeZone: .init(setting: nil, firm: app.settings.timeZone.identifier,
                                                               choices: TimeZoneChoice.all(firm: app.settings.timeZone, now: app.now)),
                                               flash: "hello"))
            await #expect(throws: PageError.self) {
                try await AccountPage.Query.model(personID: UUID(), baseURL: "", firm: app.settings.timeZone, flash: nil, now: app.now, on: app.db)
            }
        }
    }

    @Test func theFeedQueryRefusesMalformedAndUnknownTokens() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let token = CalendarToken.make()
            let person = try #require(try await Person.find(fixture.a.mentee, on: app.db))
            person.calendarToken = CalendarToken.hash(token)
            try await person.save(on: app.db)
            // act, validate: the token opens the feed with or without `.ics`, nothing else does
            #expect(try await CalendarFeedQuery.feed(token: token, now: app.now, on: app.db) != nil)
            #expect(try await CalendarFeedQuery.feed(token: token + ".ics", now: app.now, on: app.db) != nil)
            #expect(try await CalendarFeedQuery.feed(token: CalendarToken.make(), now: app.now, on: app.db) == nil)
            #expect(try await CalendarFeedQuery.feed(token: "short", now: app.now, on: app.db) == nil)
            #expect(try await CalendarFeedQuery.feed(token: CalendarToken.hash(token), now: app.now, on: app.db) == nil)
            person.active = false
            try await person.save(on: app.db)
            #expect(try await CalendarFeedQuery.feed(token: token, now: app.now, on: app.db) == nil)
        }
    }

    @Test func theAccountPageReadsAFixedNumberOfStatements() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let mentor = TestClient(app, acceptLanguage: "en")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            let counter = QueryCounter.install(on: app)
            // act
            let (statements, response) = try await counter.measure { try await mentor.get("/account") }
            // validate: the session and viewer, then the person and the count of their sessions
            #expect(response.status == .ok)
            #expect(statements.count <= 4, "\(statements)")
            print("account page statements: \(statements.count)")
        }
    }
}
