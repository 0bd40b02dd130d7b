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

    @Test func sessionCookieIsHttpOnlyAndSameSite() async throws {
        try await withTestApp { app in
            let client = TestClient(app)
            let response = try await client.get("/signin")
            let cookie = response.headers[.setCookie].first { $0.hasPrefix("mentor-session=") } ?? ""
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
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
            #expect(nl.body.string.contains("Dit e-mailadres en wachtwoord horen niet bij elkaar"))
            #expect(en.status == .unauthorized)
            #expect(en.body.string.contains("That email address and password do not match"))
            #expect(unknown.body.string.contains("That email address and password do not match"))
            #expect(try await dutch.get("/account").status == .seeOther)
        }
    }

    @Test func repeatedFailuresLockTheAccountAndSayUntilWhen() async throws {
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
            #expect(statuses == [401, 401, 401, 401, 429])
            #expect(withRightPassword.status == .tooManyRequests)
            #expect(withRightPassword.body.string.contains("locked until"))
            let person = try await Person.find(fixture.a.mentee, on: app.db)
            #expect(person?.lockedUntil != nil)
        }
    }

    @Test func lockoutMessageIsDutchForDutchReaders() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app, acceptLanguage: "nl")
            for _ in 0..<5 { try await client.signIn(fixture.a.emails[.mentee]!, password: "wrong-password") }
            let response = try await client.signIn(fixture.a.emails[.mentee]!)
            #expect(response.body.string.contains("geblokkeerd tot"))
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
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app)
            try await client.get("/signin")
            let before = client.cookie
            try await client.signIn(fixture.a.emails[.mentor]!)
            #expect(before != nil)
            #expect(client.cookie != before)
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
