import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

@Suite struct PasswordResetTests {
    func withMail(_ app: Application) {
        app.settings.mail.sendmail = "cat > /dev/null"
        app.settings.mail.baseURL = "https://mentor.example.org"
    }

    /// The notice of the forgot-password page, with the address typed replaced, so two answers can be compared.
    func notice(_ response: TestingHTTPResponse, typed: String) -> String? {
        let body = response.body.string
        guard let start = body.range(of: "role=\"status\">"), let end = body[start.upperBound...].range(of: "</div>") else { return nil }
        return body[start.upperBound..<end.lowerBound].replacingOccurrences(of: typed, with: "…")
    }

    @Test func theSignInPageOffersForgotYourPassword() async throws {
        try await withTestApp { app in
            let page = try await TestClient(app, acceptLanguage: "nl").get("/signin").body.string
            #expect(page.contains("href=\"/password/forgot\""))
            #expect(page.contains("Wachtwoord vergeten?"))
            #expect(try await TestClient(app).get("/password/forgot").status == .ok)
        }
    }

    @Test func knownUnknownAndDeactivatedAddressesGetTheSamePageAndMessage() async throws {
        try await withTestApp { app in
            // setup
            withMail(app)
            let fixture = try await Fixture.make(on: app)
            let admin = TestClient(app)
            try await admin.signIn(fixture.a.emails[.admin]!)
            try await admin.post("/admin/people/\(fixture.a.spare)/active")
            let client = TestClient(app, acceptLanguage: "en")
            // act
            let known = try await client.post("/password/forgot", [("email", "Mentee@A.example")])
            let unknown = try await client.post("/password/forgot", [("email", "nobody@a.example")])
            let deactivated = try await client.post("/password/forgot", [("email", "spare@a.example")])
            // validate
            #expect(known.status == .ok && unknown.status == .ok && deactivated.status == .ok)
            let knownNotice = try #require(notice(known, typed: "mentee@a.example"))
            #expect(knownNotice.contains("If … belongs to an account, a link to choose a new password is on its way."))
            #expect(notice(unknown, typed: "nobody@a.example") == knownNotice)
            #expect(notice(deactivated, typed: "spare@a.example") == knownNotice)
            let messages = try await OutboxMessage.query(on: app.db).all()
            #expect(messages.map(\.recipient) == ["mentee@a.example"])
            #expect(try await PasswordLink.query(on: app.db).count() == 1)
        }
    }

    @Test func theResetLinkWorksOnceForAnHourLiftsTheLockAndEndsOtherSessions() async throws {
        try await withTestApp { app in
            // setup
            withMail(app)
            let fixture = try await Fixture.make(on: app)
            let email = fixture.a.emails[.mentee]!
            let signedIn = TestClient(app)
            try await signedIn.signIn(email)
            for _ in 0..<5 { try await TestClient(app).signIn(email, password: "wrong-password") }
            #expect(try await Person.find(fixture.a.mentee, on: app.db)?.lockedUntil != nil)
            let client = TestClient(app, acceptLanguage: "en")
            // act
            try await client.post("/password/forgot", [("email", email)])
            let message = try #require(try await OutboxMessage.query(on: app.db).first())
            let path = try #require(passwordLinkPath(in: message.body))
            let page = try await client.get(path)
            let saved = try await client.post(path, [("new", "my-own-new-passphrase"), ("repeated", "my-own-new-passphrase")])
            let second = try await TestClient(app).post(path, [("new", "another-passphrase-x"), ("repeated", "another-passphrase-x")])
            // validate
            #expect(message.body.contains("https://mentor.example.org/password/new/"))
            #expect(message.subject == "Een nieuw wachtwoord voor Mentor Mirror")
            let link = try #require(try await PasswordLink.query(on: app.db).first())
            #expect(link.kind == .reset)
            #expect(abs(link.expiresAt.timeIntervalSince(link.createdAt ?? Date()) - 3600) < 60)
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Choose a new password for mentee@a.example"))
            #expect(saved.status == .seeOther)
            #expect(second.status == .notFound)
            #expect(try await signedIn.get("/account").status == .seeOther)
            #expect(try await client.get("/account").status == .ok)
            #expect(try await TestClient(app).signIn(email, password: "my-own-new-passphrase").status == .seeOther)
            let events = try await AuditEvent.query(on: app.db).filter(\.$entityID == fixture.a.mentee).all()
            #expect(events.contains { $0.action == "reset-request" && $0.$actor.id == nil })
            #expect(events.contains { $0.summary == "password set through a reset link" })
        }
    }

    @Test func askingAgainWithinFiveMinutesSendsNoSecondEmail() async throws {
        try await withTestApp { app in
            withMail(app)
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app, acceptLanguage: "en")
            let first = try await client.post("/password/forgot", [("email", fixture.a.emails[.mentor]!)])
            let second = try await client.post("/password/forgot", [("email", fixture.a.emails[.mentor]!)])
            #expect(first.status == .ok && second.status == .ok)
            #expect(notice(first, typed: "x") == notice(second, typed: "x"))
            #expect(try await OutboxMessage.query(on: app.db).count() == 1)
        }
    }

    @Test func withoutEmailNothingIsMadeAndTheAnswerStaysTheSame() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let response = try await TestClient(app, acceptLanguage: "en").post("/password/forgot", [("email", fixture.a.emails[.mentor]!)])
            #expect(response.status == .ok)
            #expect(response.body.string.contains("a link to choose a new password is on its way"))
            #expect(try await PasswordLink.query(on: app.db).count() == 0)
            #expect(try await OutboxMessage.query(on: app.db).count() == 0)
        }
    }

    @Test func aListOrADisplayNameIsNotAnAddress() async throws {
        try await withTestApp { app in
            withMail(app)
            _ = try await Fixture.make(on: app)
            let client = TestClient(app, acceptLanguage: "nl")
            for typed in ["mentee@a.example, mentor@a.example", "Mentee <mentee@a.example>", "mentee@a.example\r\nBcc: x@evil.example", ""] {
                let response = try await client.post("/password/forgot", [("email", typed)])
                #expect(response.status == .unprocessableEntity, "\(typed.debugDescription)")
                #expect(response.body.string.contains("Vul een geldig e-mailadres in"))
            }
            #expect(try await OutboxMessage.query(on: app.db).count() == 0)
        }
    }

    @Test func aLinkIsUsedOnceEvenWhenTwoRequestsRace() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let person = try #require(try await Person.find(fixture.a.mentor, on: app.db))
            _ = try await PasswordLinks.issue(.reset, for: person, by: nil, settings: app.settings, now: app.now, on: app.db)
            let link = try #require(try await PasswordLink.query(on: app.db).first())
            // Both requests passed the first check; only one may win the conditional update.
            #expect(try await PasswordLinks.consume(link, now: Date(), on: app.db))
            #expect(!(try await PasswordLinks.consume(link, now: Date(), on: app.db)))
        }
    }

    @Test func theAccountPagesPasswordChangeFollowsTheSameRules() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app, acceptLanguage: "en")
            try await client.signIn(fixture.a.emails[.mentor]!)
            func change(_ new: String) async throws -> TestingHTTPResponse {
                try await client.post("/account/password", [("current", Fixture.password), ("new", new), ("repeated", new)])
            }
            // act
            let short = try await change("eleven-char")
            let long = try await change(String(repeating: "é", count: 37))
            let organisation = try await change("Alpha Accountants")
            let address = try await change("mentor@a.example")
            let good = try await change("twelve-chars")
            // validate
            #expect(short.status == .unprocessableEntity)
            #expect(short.body.string.contains("Choose a password of at least 12 characters."))
            #expect(long.body.string.contains("longer than 72 bytes"))
            #expect(organisation.body.string.contains("cannot be the name of your organisation"))
            #expect(address.body.string.contains("cannot be your e-mail address"))
            #expect(good.status == .seeOther)
            #expect(try await client.get("/account").body.string.contains("At least 12 characters and at most 72 bytes"))
        }
    }

    @Test func createAdminRefusesPasswordsAgainstTheRules() throws {
        let base = ["--email", "you@firm.example", "--name", "You", "--organisation", "Your Firm Advisory"]
        #expect(throws: (any Error).self) { try CreateAdminCommand.parse(base + ["--password", "short-one"]) }
        #expect(throws: (any Error).self) { try CreateAdminCommand.parse(base + ["--password", "you@firm.example"]) }
        #expect(throws: (any Error).self) { try CreateAdminCommand.parse(base + ["--password", "YOUR FIRM ADVISORY"]) }
        #expect(throws: (any Error).self) { try CreateAdminCommand.parse(base + ["--password", String(repeating: "x", count: 73)]) }
        #expect(throws: (any Error).self) { try CreateAdminCommand.parse(["--email", "You <you@firm.example>", "--name", "You", "--organisation", "F"]) }
        #expect(throws: Never.self) { try CreateAdminCommand.parse(base + ["--password", "a-good-long-passphrase"]) }
    }
}
