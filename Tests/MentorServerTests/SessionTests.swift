import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

/// Sessions made only when needed, bound to hashed keys, ended on the server by time, by a
/// password change and by "sign out everywhere" (issue 11, item 8).
@Suite struct SessionTests {
    static func sessionRows(_ app: Application) async throws -> [StoredSession] {
        try await StoredSession.query(on: app.db).all()
    }

    static func row(of client: TestClient, _ app: Application) async throws -> StoredSession {
        let value = try #require(client.cookies[Sessions.cookieName])
        return try #require(try await StoredSession.query(on: app.db).filter(\.$key == Sessions.hash(SessionID(string: value))).first())
    }

    @Test func visitorsPagesAndFormsWriteNoSessionRow() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app, acceptLanguage: "en")
            // act
            try await client.get("/signin")
            try await client.get("/signin?next=/mirror")
            let switched = try await client.post("/language", [("lang", "nl"), ("back", "/signin")])
            let wrong = try await client.post("/signin", [("email", fixture.a.emails[.mentor]!), ("password", "wrong-password")])
            let page = try await client.get("/signin")
            // validate
            #expect(switched.status == .seeOther)
            #expect(wrong.status == .unauthorized)
            #expect(try await Self.sessionRows(app).isEmpty)
            #expect(client.cookies[Sessions.cookieName] == nil)
            #expect(client.cookies[CSRF.cookieName] != nil)
            #expect(TestClient.csrfToken(in: page.body.string)?.isEmpty == false)
            // The switch is remembered without a session.
            #expect(page.body.string.contains("<html lang=\"nl\""))
        }
    }

    @Test func visitorsTokenFitsOnlyItsOwnCookie() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let alice = TestClient(app)
            try await alice.get("/signin")
            let alicesToken = try #require(alice.csrf)
            let mallory = TestClient(app)
            try await mallory.get("/signin")
            let cookieless = TestClient(app)
            cookieless.csrf = alicesToken
            let tampered = TestClient(app)
            tampered.cookies = alice.cookies
            tampered.cookies[CSRF.cookieName] = String(alice.cookies[CSRF.cookieName]!.dropLast()) + "A"
            if tampered.cookies[CSRF.cookieName] == alice.cookies[CSRF.cookieName] { tampered.cookies[CSRF.cookieName] = String(alice.cookies[CSRF.cookieName]!.dropLast()) + "B" }
            tampered.csrf = alicesToken
            let form = [("email", fixture.a.emails[.mentor]!), ("password", Fixture.password), ("_csrf", alicesToken)]
            // act
            let byMallory = try await mallory.post("/signin", form)
            let withoutCookie = try await cookieless.post("/signin", form)
            let withTamperedCookie = try await tampered.post("/signin", form)
            let byAlice = try await alice.post("/signin", form)
            // validate
            #expect(byMallory.status == .forbidden)
            #expect(withoutCookie.status == .forbidden)
            #expect(withTamperedCookie.status == .forbidden)
            #expect(byAlice.status == .seeOther)
        }
    }

    @Test func signInStoresOnlyAHashOfTheCookieAndWhoseSessionItIs() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app)
            // act
            try await client.signIn(fixture.a.emails[.mentor]!)
            let thief = TestClient(app)
            let rows = try await Self.sessionRows(app)
            thief.cookie = "\(Sessions.cookieName)=\(rows.first?.key ?? "")"
            let stolen = try await thief.get("/account")
            // validate
            let value = try #require(client.cookies[Sessions.cookieName])
            #expect(rows.count == 1)
            #expect(rows.first?.key == Sessions.hash(SessionID(string: value)))
            #expect(rows.first?.key != value)
            #expect(rows.first?.personID == fixture.a.mentor)
            #expect(rows.first?.createdAt != nil)
            #expect(rows.first?.lastSeenAt != nil)
            #expect(stolen.status == .seeOther)
        }
    }

    @Test func idleSessionEndsOnTheServer() async throws {
        try await withTestApp { app in
            // setup: the browser still sends the cookie, but nothing happened for over 8 hours
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app)
            try await client.signIn(fixture.a.emails[.mentor]!)
            let row = try await Self.row(of: client, app)
            row.lastSeenAt = Date(timeIntervalSinceNow: -(SessionPolicy.standard.idle + 60))
            try await row.save(on: app.db)
            // act
            let response = try await client.get("/account")
            // validate
            #expect(response.status == .seeOther)
            #expect(try await Self.sessionRows(app).isEmpty)
            #expect(client.cookies[Sessions.cookieName] == nil)
        }
    }

    @Test func busySessionEndsAfterItsAbsoluteLifetime() async throws {
        try await withTestApp { app in
            // setup: used a minute ago, but signed in more than 24 hours ago
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app)
            try await client.signIn(fixture.a.emails[.mentor]!)
            let row = try await Self.row(of: client, app)
            row.createdAt = Date(timeIntervalSinceNow: -(SessionPolicy.standard.absolute + 60))
            row.lastSeenAt = Date(timeIntervalSinceNow: -60)
            try await row.save(on: app.db)
            // act
            let response = try await client.get("/account")
            // validate
            #expect(response.status == .seeOther)
            #expect(try await Self.sessionRows(app).isEmpty)
        }
    }

    @Test func lastSeenIsWrittenAtMostEveryFewMinutes() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app)
            try await client.signIn(fixture.a.emails[.mentor]!)
            let row = try await Self.row(of: client, app)
            let oneMinuteAgo = Date(timeIntervalSinceNow: -60)
            row.lastSeenAt = oneMinuteAgo
            try await row.save(on: app.db)
            // act
            try await client.get("/")
            let afterRecentUse = try #require(try await Self.row(of: client, app).lastSeenAt)
            let tenMinutesAgo = Date(timeIntervalSinceNow: -600)
            row.lastSeenAt = tenMinutesAgo
            try await row.save(on: app.db)
            try await client.get("/")
            let afterPause = try #require(try await Self.row(of: client, app).lastSeenAt)
            // validate
            #expect(abs(afterRecentUse.timeIntervalSince(oneMinuteAgo)) < 1)
            #expect(afterPause.timeIntervalSince(tenMinutesAgo) > 500)
        }
    }

    @Test func schedulerPurgesRunOutSessionsAndOldCounters() async throws {
        try await withTestApp { app in
            // setup: three sessions, two of them run out; an old and a current address counter
            let fixture = try await Fixture.make(on: app)
            var clients: [TestClient] = []
            for role in [Role.mentor, .mentee, .coordinator] {
                let client = TestClient(app)
                try await client.signIn(fixture.a.emails[role]!)
                clients.append(client)
            }
            let idle = try await Self.row(of: clients[0], app)
            idle.lastSeenAt = Date(timeIntervalSinceNow: -(SessionPolicy.standard.idle + 60))
            try await idle.save(on: app.db)
            let old = try await Self.row(of: clients[1], app)
            old.createdAt = Date(timeIntervalSinceNow: -(SessionPolicy.standard.absolute + 60))
            try await old.save(on: app.db)
            _ = try await SignInLimits.countAddressAttempt("address:old", limit: 5, windowMinutes: 15, now: Date(timeIntervalSinceNow: -3600), on: app.db)
            _ = try await SignInLimits.countAddressAttempt("address:new", limit: 5, windowMinutes: 15, now: Date(), on: app.db)
            let job = try #require(Scheduler.standardJobs.first { $0.name == "sessions" })
            // act
            let result = try await job.run(app, "test-worker", Date())
            // validate
            #expect(result == "2 sessions, 1 sign-in counters")
            #expect(try await Self.sessionRows(app).map(\.personID) == [Optional(fixture.a.coordinator)])
            #expect(try await clients[2].get("/").status == .ok)
        }
    }

    @Test func passwordChangeEndsOtherSessionsButNotThisOne() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let laptop = TestClient(app, acceptLanguage: "en")
            let phone = TestClient(app)
            let colleague = TestClient(app)
            try await laptop.signIn(fixture.a.emails[.mentor]!)
            try await phone.signIn(fixture.a.emails[.mentor]!)
            try await colleague.signIn(fixture.a.emails[.mentee]!)
            // act
            let change = try await laptop.post("/account/password", [("current", Fixture.password), ("new", "a-brand-new-password"),
                                                                     ("repeated", "a-brand-new-password")])
            let account = try await laptop.get("/account")
            // validate
            #expect(change.status == .seeOther)
            #expect(account.status == .ok)
            #expect(account.body.string.contains("You are signed out in every other browser and device."))
            #expect(try await phone.get("/account").status == .seeOther)
            #expect(try await colleague.get("/account").status == .ok)
        }
    }

    @Test func endAllEndsEverySessionOfOnePersonOnly() async throws {
        try await withTestApp { app in
            // setup: what an administrator's reset or a reset link calls
            let fixture = try await Fixture.make(on: app)
            let laptop = TestClient(app)
            let phone = TestClient(app)
            let colleague = TestClient(app)
            try await laptop.signIn(fixture.a.emails[.mentor]!)
            try await phone.signIn(fixture.a.emails[.mentor]!)
            try await colleague.signIn(fixture.a.emails[.mentee]!)
            // act
            try await Sessions.endAll(personID: fixture.a.mentor, on: app.db)
            // validate
            #expect(try await laptop.get("/account").status == .seeOther)
            #expect(try await phone.get("/account").status == .seeOther)
            #expect(try await colleague.get("/account").status == .ok)
        }
    }

    @Test func signOutEverywhereEndsEverySessionOfThePerson() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let laptop = TestClient(app, acceptLanguage: "en")
            let phone = TestClient(app, acceptLanguage: "nl")
            let colleague = TestClient(app)
            try await laptop.signIn(fixture.a.emails[.mentor]!)
            try await phone.signIn(fixture.a.emails[.mentor]!)
            try await colleague.signIn(fixture.a.emails[.mentee]!)
            let english = try await laptop.get("/account")
            let dutch = try await phone.get("/account")
            // act
            let response = try await laptop.post("/account/signout-everywhere")
            let signInPage = try await laptop.get(response.headers.first(name: .location) ?? "/signin")
            // validate
            #expect(english.body.string.contains("You are signed in in 2 browsers or devices, this one included."))
            #expect(english.body.string.contains("Sign out everywhere"))
            #expect(dutch.body.string.contains("Overal uitloggen"))
            #expect(response.status == .seeOther)
            #expect(signInPage.body.string.contains("You are signed out everywhere."))
            #expect(try await laptop.get("/account").status == .seeOther)
            #expect(try await phone.get("/account").status == .seeOther)
            #expect(try await colleague.get("/account").status == .ok)
            let audit = try await AuditEvent.query(on: app.db).filter(\.$action == "signout").count()
            #expect(audit == 1)
        }
    }

    @Test func sessionWithNothingLeftInItIsRemoved() async throws {
        try await withTestApp { app in
            // setup: a signed-in session, then signing out
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app)
            try await client.signIn(fixture.a.emails[.mentor]!)
            #expect(try await Self.sessionRows(app).count == 1)
            // act
            try await client.post("/signout")
            try await client.get("/signin?signedout=1")
            // validate
            #expect(try await Self.sessionRows(app).isEmpty)
            #expect(client.cookies[Sessions.cookieName] == nil)
        }
    }
}
