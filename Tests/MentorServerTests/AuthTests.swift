import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer

@Suite struct AuthTests {
    @Test func signInWithTheRightPasswordOpensTheHomePage() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app, acceptLanguage: "en")
            // act
            let response = try await client.signIn(fixture.a.emails[.mentor]!)
            let home = try await client.get("/")
            // validate
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location) == "/")
            #expect(home.status == .ok)
            #expect(home.body.string.contains("Mentor A"))
        }
    }

    @Test func sessionAndFormCookiesAreHttpOnlyAndSameSite() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app)
            // act
            let page = try await client.get("/signin")
            let signIn = try await client.post("/signin", [("email", fixture.a.emails[.mentor]!), ("password", Fixture.password)])
            // validate
            let formCookie = page.headers[.setCookie].first { $0.hasPrefix("mentor-csrf=") } ?? ""
            let sessionCookie = signIn.headers[.setCookie].first { $0.hasPrefix("mentor-session=") } ?? ""
            for cookie in [formCookie, sessionCookie] {
                #expect(cookie.contains("HttpOnly"))
                #expect(cookie.contains("SameSite=Lax"))
            }
        }
    }

    @Test func wrongPasswordIsRefusedInDutchAndInEnglish() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let dutch = TestClient(app, acceptLanguage: "nl-NL,nl;q=0.9")
            let english = TestClient(app, acceptLanguage: "en-GB,en;q=0.9")
            // act
            let nl = try await dutch.signIn(fixture.a.emails[.mentor]!, password: "not-the-password")
            let en = try await english.signIn(fixture.a.emails[.mentor]!, password: "not-the-password")
            let unknown = try await english.signIn("nobody@a.example", password: "whatever-it-is")
            // validate
            #expect(nl.status == .unauthorized)
            #expect(nl.body.string.contains("Het e-mailadres of het wachtwoord klopt niet"))
            #expect(en.status == .unauthorized)
            #expect(en.body.string.contains("That email address and password do not match"))
            #expect(unknown.body.string.contains("That email address and password do not match"))
            #expect(try await dutch.get("/account").status == .seeOther)
        }
    }

    @Test func repeatedFailuresLockTheAccountWithoutSayingSo() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app, acceptLanguage: "en")
            let email = fixture.a.emails[.mentee]!
            // act
            var statuses: [UInt] = []
            for _ in 0..<5 { statuses.append(try await client.signIn(email, password: "wrong-password").status.code) }
            let withRightPassword = try await client.signIn(email)
            // validate
            // The answers do not change when the lock starts: that would tell an attacker the
            // address exists. The message names the rule for everyone.
            #expect(statuses == [401, 401, 401, 401, 401])
            #expect(withRightPassword.status == .unauthorized)
            #expect(withRightPassword.body.string.contains("After 5 failed attempts in a row an account is locked for 15 minutes."))
            let person = try await Person.find(fixture.a.mentee, on: app.db)
            #expect(person?.lockedUntil != nil)
        }
    }

    @Test func lockoutRuleIsDutchForDutchReaders() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app, acceptLanguage: "nl")
            for _ in 0..<5 { try await client.signIn(fixture.a.emails[.mentee]!, password: "wrong-password") }
            let response = try await client.signIn(fixture.a.emails[.mentee]!)
            #expect(response.body.string.contains("Na 5 mislukte pogingen achter elkaar wordt een account 15 minuten geblokkeerd."))
        }
    }

    @Test func formWithoutTheSessionTokenIsRefusedAndChangesNothing() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app, acceptLanguage: "en")
            try await client.signIn(fixture.a.emails[.admin]!)
            // act
            let forged = try await client.post("/admin/organisation", [("name", "Forged"), ("defaultLanguage", "en"), ("_csrf", "not-the-token")])
            let missing = try await client.post("/admin/organisation", [("name", "Forged"), ("defaultLanguage", "en"), ("_csrf", "")])
            // validate
            #expect(forged.status == .forbidden)
            #expect(forged.body.string.contains("The form has expired"))
            #expect(missing.status == .forbidden)
            let organisation = try await Organisation.find(fixture.a.id, on: app.db)
            #expect(organisation?.name == "Alpha Accountants")
        }
    }

    @Test func signInFormAlsoNeedsTheToken() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app)
            let response = try await client.post("/signin", [("email", fixture.a.emails[.admin]!), ("password", Fixture.password), ("_csrf", "x")])
            #expect(response.status == .forbidden)
        }
    }

    @Test func signOutEndsTheSession() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app)
            try await client.signIn(fixture.a.emails[.mentor]!)
            let oldCookie = client.cookie
            // act
            let response = try await client.post("/signout")
            // validate
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location) == "/signin?signedout=1")
            #expect(try await client.get("/account").status == .seeOther)
            // The old cookie no longer opens anything.
            let replay = TestClient(app)
            replay.cookie = oldCookie
            #expect(try await replay.get("/account").status == .seeOther)
        }
    }

    @Test func signInGivesANewSessionID() async throws {
        try await withTestApp { app in
            // setup: a browser that holds a session already (planted, or from an earlier sign-in)
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app)
            try await client.signIn(fixture.a.emails[.mentee]!)
            let before = client.cookie
            // act
            try await client.signIn(fixture.a.emails[.mentor]!)
            // validate
            #expect(before != nil)
            #expect(client.cookie != nil)
            #expect(client.cookie != before)
            let replay = TestClient(app)
            replay.cookie = before
            #expect(try await replay.get("/account").status == .seeOther)
        }
    }

    @Test func changingPasswordNeedsTheCurrentOne() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app, acceptLanguage: "en")
            try await client.signIn(fixture.a.emails[.mentor]!)
            // act
            let wrong = try await client.post("/account/password", [("current", "wrong-one"), ("new", "a-new-password"), ("repeated", "a-new-password")])
            let right = try await client.post("/account/password", [("current", Fixture.password), ("new", "a-new-password"), ("repeated", "a-new-password")])
            // validate
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.body.string.contains("Your current password is not correct."))
            #expect(right.status == .seeOther)
            let again = TestClient(app)
            #expect(try await again.signIn(fixture.a.emails[.mentor]!, password: "a-new-password").status == .seeOther)
        }
    }

    @Test func deactivatedPersonCannotSignIn() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let admin = TestClient(app)
            try await admin.signIn(fixture.a.emails[.admin]!)
            let spare = try await Person.find(fixture.a.spare, on: app.db)!
            let session = TestClient(app)
            try await session.signIn(spare.email)
            #expect(try await admin.post("/admin/people/\(fixture.a.spare)/active").status == .seeOther)
            #expect(try await session.get("/account").status == .seeOther)
            #expect(try await TestClient(app).signIn(spare.email).status == .unauthorized)
        }
    }
}
