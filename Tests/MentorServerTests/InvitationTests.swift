import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

/// The path of the first password link in a page or e-mail, e.g. `/password/new/abc…`.
func passwordLinkPath(in text: String) -> String? {
    guard let range = text.range(of: #"/password/new/[A-Za-z0-9_-]{20,}"#, options: .regularExpression) else { return nil }
    return String(text[range])
}

/// The `<input …>` tag whose value is `value`.
func inputTag(in html: String, value: String) -> String? {
    guard let valueRange = html.range(of: "value=\"\(value)\""),
          let start = html[..<valueRange.lowerBound].range(of: "<input", options: .backwards),
          let end = html[valueRange.upperBound...].firstIndex(of: ">") else { return nil }
    return String(html[start.lowerBound...end])
}

@Suite struct InvitationTests {
    /// Creates a person through the admin form as organisation A's administrator.
    func createPerson(_ client: TestClient, email: String = "iris.vos@a.example") async throws -> TestingHTTPResponse {
        try await client.post("/admin/people", [("name", "Iris Vos"), ("email", email), ("roles[]", "mentee"), ("capacity", "3")])
    }

    @Test func withoutEmailTheAdminSeesTheSingleUseLinkOnceAndItStoresOnlyAHash() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let admin = TestClient(app, acceptLanguage: "en")
            try await admin.signIn(fixture.a.emails[.admin]!)
            // act
            let created = try await createPerson(admin)
            // validate
            #expect(created.status == .ok)
            let page = created.body.string
            #expect(page.contains("E-mail is not set up on this server"))
            let path = try #require(passwordLinkPath(in: page))
            #expect(page.contains("http://127.0.0.1:8080" + path))
            let token = String(path.dropFirst(PasswordLinks.pathPrefix.count))
            let iris = try #require(try await Person.query(on: app.db).filter(\.$email == "iris.vos@a.example").first())
            let links = try await PasswordLink.query(on: app.db).filter(\.$person.$id == iris.id!).all()
            #expect(links.count == 1)
            #expect(links.first?.tokenHash == PasswordLinks.hash(token))
            #expect(links.first?.tokenHash != token)
            #expect(links.first?.kind == .invitation)
            let lifetime = (links.first?.expiresAt.timeIntervalSince(links.first?.createdAt ?? Date())) ?? 0
            #expect(abs(lifetime - 7 * 86_400) < 60)
            // The audit says a link was shown to pass on, and never holds the token.
            let events = try await AuditEvent.query(on: app.db).filter(\.$entityID == iris.id!).all()
            #expect(events.contains { $0.action == "invite" && $0.summary.contains("shown to the administrator") && $0.$actor.id == fixture.a.admin })
            #expect(!events.contains { $0.summary.contains(token) })
            // The person is told in the product that an administrator made a link.
            let notices = try await MentorServer.Notification.query(on: app.db).filter(\.$person.$id == iris.id!).all()
            #expect(notices.map(\.kind) == [NotificationKind.passwordLinkSent.rawValue])
            // The people list does not show it again.
            #expect(!(try await admin.get("/admin/people").body.string.contains(token)))
        }
    }

    @Test func theInvitedPersonChoosesAPasswordOnceAndIsSignedIn() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let admin = TestClient(app, acceptLanguage: "en")
            try await admin.signIn(fixture.a.emails[.admin]!)
            let path = try #require(passwordLinkPath(in: try await createPerson(admin).body.string))
            let invited = TestClient(app, acceptLanguage: "nl")
            // act
            let page = try await invited.get(path)
            let tooShort = try await invited.post(path, [("new", "kort"), ("repeated", "kort")])
            let isEmail = try await invited.post(path, [("new", "iris.vos@a.example"), ("repeated", "iris.vos@a.example")])
            let isOrganisation = try await invited.post(path, [("new", "alpha accountants"), ("repeated", "alpha accountants")])
            let differ = try await invited.post(path, [("new", "een-lang-wachtwoord"), ("repeated", "een-ander-wachtwoord")])
            let saved = try await invited.post(path, [("new", "een-lang-wachtwoord"), ("repeated", "een-lang-wachtwoord")])
            let home = try await invited.get("/")
            let again = try await TestClient(app).post(path, [("new", "nog-een-wachtwoord"), ("repeated", "nog-een-wachtwoord")])
            let reopened = try await TestClient(app, acceptLanguage: "en").get(path)
            // validate
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Welkom, Iris Vos"))
            #expect(tooShort.status == .unprocessableEntity)
            #expect(tooShort.body.string.contains("Kies een wachtwoord van minstens 12 tekens."))
            #expect(isEmail.body.string.contains("Je wachtwoord mag niet je e-mailadres zijn"))
            #expect(isOrganisation.body.string.contains("Je wachtwoord mag niet de naam van je organisatie zijn."))
            #expect(differ.body.string.contains("De twee nieuwe wachtwoorden zijn niet gelijk."))
            #expect(saved.status == .seeOther)
            #expect(saved.headers.first(name: .location) == "/")
            #expect(home.status == .ok)
            #expect(home.body.string.contains("Je wachtwoord is opgeslagen en je bent ingelogd."))
            #expect(again.status == .notFound)
            #expect(reopened.status == .notFound)
            #expect(reopened.body.string.contains("This link cannot be used"))
            #expect(try await TestClient(app).signIn("iris.vos@a.example", password: "een-lang-wachtwoord").status == .seeOther)
            let iris = try #require(try await Person.query(on: app.db).filter(\.$email == "iris.vos@a.example").first())
            let events = try await AuditEvent.query(on: app.db).filter(\.$entityID == iris.id!).all()
            #expect(events.contains { $0.action == "password-link-used" && $0.summary == "password set through an invitation link" })
        }
    }

    @Test func withEmailTheInvitationGoesThroughTheOutboxWithTheConfiguredAddressNotTheHost() async throws {
        try await withTestApp { app in
            // setup
            app.settings.mail.sendmail = "cat > /dev/null"
            app.settings.mail.baseURL = "https://mentor.example.org"
            let fixture = try await Fixture.make(on: app)
            let admin = TestClient(app, acceptLanguage: "en")
            try await admin.signIn(fixture.a.emails[.admin]!)
            // act
            let created = try await createPerson(admin)
            let list = try await admin.get("/admin/people")
            // validate
            #expect(created.status == .seeOther)
            #expect(passwordLinkPath(in: list.body.string) == nil)
            #expect(list.body.string.contains("Iris Vos was created and invited by e-mail."))
            let messages = try await OutboxMessage.query(on: app.db).filter(\.$recipient == "iris.vos@a.example").all()
            #expect(messages.count == 1)
            let body = messages.first?.body ?? ""
            #expect(body.contains("https://mentor.example.org/password/new/"))
            #expect(body.contains("Admin A, beheerder bij Alpha Accountants"))
            #expect(messages.first?.status == "pending")
            let path = try #require(passwordLinkPath(in: body))
            #expect(try await TestClient(app).get(path).status == .ok)
            let iris = try #require(try await Person.query(on: app.db).filter(\.$email == "iris.vos@a.example").first())
            let events = try await AuditEvent.query(on: app.db).filter(\.$entityID == iris.id!).all()
            #expect(events.contains { $0.action == "invite" && $0.summary == "invitation link sent by e-mail" })
        }
    }

    @Test func sendAgainRetiresTheEarlierLinkAndSettingAPasswordEndsEveryOtherSession() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let admin = TestClient(app, acceptLanguage: "en")
            try await admin.signIn(fixture.a.emails[.admin]!)
            let mentee = TestClient(app)
            try await mentee.signIn(fixture.a.emails[.mentee]!)
            let otherDevice = TestClient(app)
            try await otherDevice.signIn(fixture.a.emails[.mentee]!)
            // act
            let first = try #require(passwordLinkPath(in: try await admin.post("/admin/people/\(fixture.a.mentee)/invitation").body.string))
            let second = try #require(passwordLinkPath(in: try await admin.post("/admin/people/\(fixture.a.mentee)/invitation").body.string))
            let oldOne = try await TestClient(app).get(first)
            let used = try await TestClient(app).post(second, [("new", "a-brand-new-passphrase"), ("repeated", "a-brand-new-passphrase")])
            // validate
            #expect(first != second)
            #expect(oldOne.status == .notFound)
            #expect(used.status == .seeOther)
            #expect(try await mentee.get("/account").status == .seeOther)
            #expect(try await otherDevice.get("/account").status == .seeOther)
            #expect(try await admin.get("/account").status == .ok)
            #expect(try await TestClient(app).signIn(fixture.a.emails[.mentee]!).status == .unauthorized)
            // The edit page says when the last link went out and that it was used.
            let edit = try await admin.get("/admin/people/\(fixture.a.mentee)/edit").body.string
            #expect(edit.contains("Last link sent"))
            #expect(edit.contains(": used."))
        }
    }

    @Test func theAdminFormHasNoPasswordAndAPostedPasswordIsRefused() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let admin = TestClient(app, acceptLanguage: "en")
            try await admin.signIn(fixture.a.emails[.admin]!)
            let before = try #require(try await Person.find(fixture.a.spare, on: app.db)).passwordHash
            // act
            let edit = try await admin.get("/admin/people/\(fixture.a.spare)/edit")
            let new = try await admin.get("/admin/people/new")
            let update = try await admin.post("/admin/people/\(fixture.a.spare)", [
                ("name", "Spare A"), ("email", "spare@a.example"), ("roles[]", "mentee"), ("capacity", "3"), ("password", "set-by-the-admin"),
            ])
            let create = try await admin.post("/admin/people", [
                ("name", "New One"), ("email", "new.one@a.example"), ("roles[]", "mentee"), ("password", "set-by-the-admin"),
            ])
            // validate
            #expect(!edit.body.string.contains("type=\"password\""))
            #expect(!new.body.string.contains("type=\"password\""))
            #expect(edit.body.string.contains("Administrators do not set passwords."))
            #expect(update.status == .unprocessableEntity)
            #expect(update.body.string.contains("Administrators can no longer set a password."))
            #expect(create.status == .unprocessableEntity)
            #expect(try await Person.find(fixture.a.spare, on: app.db)?.passwordHash == before)
            #expect(try await Person.query(on: app.db).filter(\.$email == "new.one@a.example").count() == 0)
            #expect(try await TestClient(app).signIn("spare@a.example", password: "set-by-the-admin").status == .unauthorized)
        }
    }

    @Test func anotherOrganisationsAdminCannotSendLinksForThisOrganisation() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let other = TestClient(app, acceptLanguage: "en")
            try await other.signIn(fixture.b.emails[.admin]!)
            // act
            let single = try await other.post("/admin/people/\(fixture.a.mentee)/invitation")
            let chosen = try await other.post("/admin/people/invitations", [("people[]", fixture.a.mentee.uuidString), ("people[]", fixture.a.mentor.uuidString)])
            let mentee = TestClient(app)
            try await mentee.signIn(fixture.a.emails[.mentee]!)
            let notAdmin = try await mentee.post("/admin/people/\(fixture.a.mentee)/invitation")
            // validate
            #expect(single.status == .notFound)
            #expect(chosen.status == .seeOther)
            #expect(notAdmin.status == .forbidden)
            #expect(try await PasswordLink.query(on: app.db).count() == 0)
        }
    }

    @Test func deactivatedPeopleGetNoLinkAndTheirLinksStopWorking() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let admin = TestClient(app, acceptLanguage: "en")
            try await admin.signIn(fixture.a.emails[.admin]!)
            let path = try #require(passwordLinkPath(in: try await admin.post("/admin/people/\(fixture.a.spare)/invitation").body.string))
            // act
            try await admin.post("/admin/people/\(fixture.a.spare)/active")
            let afterDeactivation = try await TestClient(app).get(path)
            let refused = try await admin.post("/admin/people/\(fixture.a.spare)/invitation")
            // validate
            #expect(afterDeactivation.status == .notFound)
            #expect(refused.status == .seeOther)
            #expect(try await admin.get("/admin/people/\(fixture.a.spare)/edit").body.string.contains("This account is deactivated."))
            #expect(try await PasswordLink.query(on: app.db).filter(\.$person.$id == fixture.a.spare).count() == 1)
        }
    }

    @Test func anExpiredInvitationIsRefused() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let admin = TestClient(app, acceptLanguage: "en")
            try await admin.signIn(fixture.a.emails[.admin]!)
            let path = try #require(passwordLinkPath(in: try await admin.post("/admin/people/\(fixture.a.spare)/invitation").body.string))
            let link = try #require(try await PasswordLink.query(on: app.db).first())
            link.expiresAt = Date(timeIntervalSinceNow: -1)
            try await link.save(on: app.db)
            // act
            let page = try await TestClient(app).get(path)
            let post = try await TestClient(app).post(path, [("new", "a-brand-new-passphrase"), ("repeated", "a-brand-new-passphrase")])
            // validate
            #expect(page.status == .notFound)
            #expect(post.status == .notFound)
            #expect(try await PasswordLink.find(link.id, on: app.db)?.usedAt == nil)
        }
    }

    @Test func aGuessedOrMangledTokenOpensNothing() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let admin = TestClient(app, acceptLanguage: "en")
            try await admin.signIn(fixture.a.emails[.admin]!)
            let path = try #require(passwordLinkPath(in: try await admin.post("/admin/people/\(fixture.a.spare)/invitation").body.string))
            let client = TestClient(app)
            // The stored hash itself is no key, nor is the token with a character changed.
            let hash = try #require(try await PasswordLink.query(on: app.db).first()).tokenHash
            #expect(try await client.get(PasswordLinks.pathPrefix + hash).status == .notFound)
            #expect(try await client.get(String(path.dropLast()) + (path.hasSuffix("A") ? "B" : "A")).status == .notFound)
            #expect(try await client.get(PasswordLinks.pathPrefix + "x").status == .notFound)
            #expect(try await client.get(path).status == .ok)
        }
    }

    @Test func afterAnImportTheAdminInvitesOnlyTheRowsChosen() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let admin = TestClient(app, acceptLanguage: "en")
            try await admin.signIn(fixture.a.emails[.admin]!)
            let csv = "name,email,roles\nNoor de Wit,noor@a.example,mentee\nPieter Smit,pieter@a.example,mentor\nSpare Again,spare@a.example,mentee\n"
            let preview = try await admin.post("/admin/people/import", [("csv", csv)])
            let upload = try #require(ImportTests.uploadID(in: preview.body.string))
            // act
            let done = try await admin.post("/admin/people/import/confirm", [("upload", upload)])
            let noor = try #require(try await Person.query(on: app.db).filter(\.$email == "noor@a.example").first())
            let sent = try await admin.post("/admin/people/invitations", [("people[]", noor.id!.uuidString)])
            // validate
            #expect(done.status == .ok)
            let page = done.body.string
            #expect(page.contains("Import complete: 2 people added, 1 updated."))
            #expect(inputTag(in: page, value: noor.id!.uuidString)?.contains(" checked") == true)
            #expect(inputTag(in: page, value: fixture.a.spare.uuidString)?.contains(" checked") == false)
            #expect(sent.status == .ok)
            #expect(passwordLinkPath(in: sent.body.string) != nil)
            #expect(try await PasswordLink.query(on: app.db).all().map { $0.$person.id } == [noor.id!])
            let none = try await admin.post("/admin/people/invitations")
            #expect(none.status == .seeOther)
        }
    }
}
