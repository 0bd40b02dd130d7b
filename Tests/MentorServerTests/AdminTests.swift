import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
import SQLKit
@testable import MentorServer
import MentorCore

@Suite struct PeopleImportTests {
    @Test func fileWithBadRowsImportsNothingAndNamesEveryRow() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app, acceptLanguage: "en")
            try await client.signIn(fixture.a.emails[.admin]!)
            let before = try await Person.query(on: app.db).count()
            let csv = """
            name,email,roles,seniority
            Good Person,good@a.example,mentee,junior
            ,noname@a.example,mentee,junior
            Bad Mail,not-an-email,mentor,senior
            Odd Role,odd@a.example,boss,senior
            Twice,good@a.example,mentee,medior
            """
            // act
            let preview = try await client.post("/admin/people/import", [("csv", csv)])
            let confirm = try await client.post("/admin/people/import/confirm", [("csv", csv)])
            // validate
            #expect(preview.status == .unprocessableEntity)
            let body = preview.body.string
            #expect(body.contains("Line 3: The name is empty."))
            #expect(body.contains("Line 4: &quot;not-an-email&quot; is not a valid email address.") || body.contains("Line 4: \"not-an-email\" is not a valid email address."))
            #expect(body.contains("Line 5: Unknown role"))
            #expect(body.contains("Line 6: This email address already appears on line 2."))
            #expect(!body.contains("/admin/people/import/confirm"))
            #expect(confirm.status == .unprocessableEntity)
            #expect(try await Person.query(on: app.db).count() == before)
        }
    }

    @Test func goodFileIsPreviewedThenImportedAndExistingEmailsAreUpdated() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app, acceptLanguage: "nl")
            try await client.signIn(fixture.a.emails[.admin]!)
            let before = try await Person.query(on: app.db).count()
            let csv = "naam;e-mail;rollen;senioriteit;vakgroep;expertise;taal\r\n"
                + "Noor de Wit;noor@a.example;mentee;junior;Audit;;nl\r\n"
                + "\"Smit, Pieter\";pieter@a.example;mentor|coordinator;senior;Tax;btw|fiscaal;en\r\n"
                + "Spare Renamed;spare@a.example;mentor;senior;Advisory;;\r\n"
            // act
            let preview = try await client.post("/admin/people/import", [("csv", csv)])
            let persistedBeforeConfirm = try await Person.query(on: app.db).count()
            let upload = try #require(ImportTests.uploadID(in: preview.body.string))
            let confirm = try await client.post("/admin/people/import/confirm", [("upload", upload)])
            // validate
            #expect(preview.status == .ok)
            #expect(preview.body.string.contains("bijwerken"))
            #expect(persistedBeforeConfirm == before)
            // The confirm step now answers with the page that offers invitations (was a redirect).
            #expect(confirm.status == .ok)
            #expect(try await Person.query(on: app.db).count() == before + 2)
            let pieter = try #require(try await Person.query(on: app.db).filter(\.$email == "pieter@a.example").with(\.$roleRows).first())
            #expect(pieter.name == "Smit, Pieter")
            #expect(Set(pieter.roleRows.map(\.role)) == [.mentor, .coordinator])
            #expect(pieter.expertise == ["btw", "fiscaal"])
            #expect(pieter.organisationID == fixture.a.id)
            let spare = try #require(try await Person.find(fixture.a.spare, on: app.db))
            #expect(spare.name == "Spare Renamed")
            #expect(spare.practiceGroup == "Advisory")
            let spareRoles = try await PersonRole.query(on: app.db).filter(\.$person.$id == fixture.a.spare).all().map(\.role)
            #expect(Set(spareRoles) == [.mentee, .mentor])
        }
    }

    @Test func importCannotTakeOverAnAccountOfAnotherOrganisation() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app, acceptLanguage: "en")
            try await client.signIn(fixture.a.emails[.admin]!)
            let csv = "name,email,roles\nNew One,new@a.example,mentee\nHijack,mentor@b.example,admin\n"
            let preview = try await client.post("/admin/people/import", [("csv", csv)])
            let upload = try #require(ImportTests.uploadID(in: preview.body.string))
            let response = try await client.post("/admin/people/import/confirm", [("upload", upload)])
            #expect(response.status == .unprocessableEntity)
            #expect(try await Person.query(on: app.db).filter(\.$email == "new@a.example").count() == 0)
            let other = try await Person.query(on: app.db).filter(\.$email == "mentor@b.example").first()
            #expect(other?.organisationID == fixture.b.id)
        }
    }
}

@Suite struct AdministrationTests {
    // Was adminCreatesAPersonWithRolesAndAGeneratedPassword: administrators no longer get a
    // password to pass on, but a single-use link (here without e-mail configured, so shown).
    @Test func adminCreatesAPersonWithRolesAndAnInvitationLink() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app, acceptLanguage: "en")
            try await client.signIn(fixture.a.emails[.admin]!)
            let response = try await client.post("/admin/people", [
                ("name", "Iris Vos"), ("email", "Iris.Vos@a.example"), ("roles[]", "mentor"), ("roles[]", "coordinator"),
                ("seniority", "senior"), ("practiceGroup", "Tax"), ("expertise", "VAT\ncustoms"), ("language", "en"), ("capacity", "2"),
            ])
            #expect(response.status == .ok)
            #expect(response.body.string.contains("http://127.0.0.1:8080/password/new/"))
            let iris = try #require(try await Person.query(on: app.db).filter(\.$email == "iris.vos@a.example").with(\.$roleRows).first())
            #expect(Set(iris.roleRows.map(\.role)) == [.mentor, .coordinator])
            #expect(iris.capacity == 2)
            #expect(iris.expertise == ["VAT", "customs"])
        }
    }

    @Test func invalidPersonIsRefusedWithMessagesAndNothingSaved() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app, acceptLanguage: "nl")
            try await client.signIn(fixture.a.emails[.admin]!)
            let before = try await Person.query(on: app.db).count()
            let response = try await client.post("/admin/people", [("name", ""), ("email", "mentor@b.example"), ("capacity", "99")])
            #expect(response.status == .unprocessableEntity)
            let body = response.body.string
            #expect(body.contains("Dit veld is verplicht."))
            #expect(body.contains("Kies minstens één rol."))
            #expect(body.contains("Vul een heel getal van 0 tot en met 20 in."))
            #expect(try await Person.query(on: app.db).count() == before)
        }
    }

    @Test func valuesCanBeCreatedReorderedAndRetired() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app, acceptLanguage: "en")
            try await client.signIn(fixture.a.emails[.admin]!)
            let created = try await client.post("/admin/values", [
                ("nameNL", "Openheid"), ("nameEN", "Openness"), ("descriptionNL", "Zeggen wat je denkt"), ("descriptionEN", "Say what you think"),
                ("behavioursNL", "Vraagt om feedback\nGeeft een eigen mening"), ("behavioursEN", "Asks for feedback\nGives their own view"),
            ])
            #expect(created.status == .seeOther)
            let mismatch = try await client.post("/admin/values", [("nameNL", "X"), ("nameEN", "X"), ("behavioursNL", "een\ntwee"), ("behavioursEN", "one")])
            #expect(mismatch.status == .unprocessableEntity)
            #expect(mismatch.body.string.contains("Give as many behaviours in English as in Dutch"))

            let openness = try #require(try await CoreValue.query(on: app.db).filter(\.$nameEN == "Openness").with(\.$behaviours).first())
            #expect(openness.position == 2)
            #expect(openness.behaviours.sorted { $0.position < $1.position }.map(\.textEN) == ["Asks for feedback", "Gives their own view"])

            #expect(try await client.post("/admin/values/\(openness.id!)/move", [("direction", "up")]).status == .seeOther)
            let order = try await CoreValue.query(on: app.db).filter(\.$organisation.$id == fixture.a.id).sort(\.$position).all().map(\.nameEN)
            #expect(order == ["Openness", "Ownership"])

            #expect(try await client.post("/admin/values/\(openness.id!)/retire").status == .seeOther)
            #expect(try await CoreValue.find(openness.id, on: app.db)?.retiredAt != nil)
        }
    }

    @Test func programmeDatesAreChecked() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app, acceptLanguage: "en")
            try await client.signIn(fixture.a.emails[.admin]!)
            let bad = try await client.post("/admin/programmes", [("name", "Cycle"), ("startsOn", "2026-09-01"), ("endsOn", "2026-03-01"), ("cadenceDays", "3")])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("The end date must come after the start date."))
            #expect(bad.body.string.contains("Enter a whole number of days from 7 to 180."))
            let good = try await client.post("/admin/programmes", [("name", "Cycle"), ("startsOn", "2026-03-01"), ("endsOn", "2026-09-01"), ("cadenceDays", "21")])
            #expect(good.status == .seeOther)
            #expect(try await Programme.query(on: app.db).filter(\.$name == "Cycle").first()?.cadenceDays == 21)
        }
    }

    @Test func everyChangeWritesAnAuditEvent() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app)
            try await client.signIn(fixture.a.emails[.admin]!)
            try await client.post("/admin/organisation", [("name", "Alpha Renamed"), ("defaultLanguage", "en")])
            let events = try await AuditEvent.query(on: app.db).filter(\.$organisation.$id == fixture.a.id).all()
            #expect(events.contains { $0.entity == "organisation" && $0.action == "update" && $0.$actor.id == fixture.a.admin })
        }
    }
}

@Suite struct StorageTests {
    @Test func migrationsApplyRevertAndApplyAgain() async throws {
        try await withTestApp { app in
            try await app.autoRevert()
            try await app.autoMigrate()
            let fixture = try await Fixture.make(on: app)
            #expect(try await Person.query(on: app.db).count() == 12)
            _ = fixture
        }
    }

    @Test func testsRunOnTheDatabaseTheEnvironmentNames() async throws {
        try await withTestApp { app in
            let dialect = (app.db as? any SQLDatabase)?.dialect.name
            let wanted = ProcessInfo.processInfo.environment["DATABASE_URL"] == nil ? "sqlite" : "postgresql"
            #expect(dialect == wanted)
        }
    }

    @Test func demoSeedingIsIdempotent() async throws {
        try await withTestApp { app in
            let hash = try await app.password.async.hash(DemoSeeder.password)
            let first = try await DemoSeeder.seed(on: app.db, passwordHash: hash)
            let counts = (try await Person.query(on: app.db).count(), try await Conversation.query(on: app.db).count(),
                          try await ValueScore.query(on: app.db).count())
            let second = try await DemoSeeder.seed(on: app.db, passwordHash: hash)
            let again = (try await Person.query(on: app.db).count(), try await Conversation.query(on: app.db).count(),
                         try await ValueScore.query(on: app.db).count())
            #expect(first)
            #expect(!second)
            #expect(counts == again)
            #expect(counts.0 == 19)
            #expect(counts.1 > 40)
            #expect(try await CoreValue.query(on: app.db).count() == 4)
            // the ten profiles' pairs and the proposal of last week's matching round
            #expect(try await Mentorship.query(on: app.db).count() == 11)
        }
    }

    @Test func demoAccountsCanSignIn() async throws {
        try await withTestApp { app in
            try await DemoSeeder.seed(on: app.db, passwordHash: try await app.password.async.hash(DemoSeeder.password))
            for email in ["admin@demo.example", "coordinator@demo.example", "mentor@demo.example", "mentee@demo.example"] {
                let client = TestClient(app, acceptLanguage: "nl")
                #expect(try await client.signIn(email, password: DemoSeeder.password).status == .seeOther, "\(email)")
                #expect(try await client.get("/").status == .ok)
            }
        }
    }

    @Test func healthReportsTheDatabase() async throws {
        try await withTestApp { app in
            let response = try await TestClient(app).get("/health")
            #expect(response.status == .ok)
            #expect(response.body.string.contains("\"database\":\"ok\""))
        }
    }

    @Test func metricsCountRequestsByRoute() async throws {
        try await withTestApp { app in
            let client = TestClient(app)
            try await client.get("/signin")
            try await client.get("/admin/people/\(UUID())/edit")
            let text = try await client.get("/metrics").body.string
            #expect(text.contains("mentor_http_requests_total"))
            #expect(text.contains("route=\"/signin\""))
            #expect(text.contains("route=\"/admin/people/:id/edit\""))
            #expect(text.contains("mentor_http_request_duration_seconds_bucket"))
        }
    }

    @Test func settingsRefuseBadValuesAllAtOnce() {
        #expect(throws: AppSettings.Problems.self) {
            try AppSettings.fromEnvironment(["DATABASE_URL": "mysql://x", "PORT": "eighty"])
        }
        do {
            _ = try AppSettings.fromEnvironment(["DATABASE_URL": "mysql://x", "PORT": "eighty"])
        } catch let problems as AppSettings.Problems {
            #expect(problems.messages.count == 2)
        } catch {}
        let settings = try? AppSettings.fromEnvironment(["MENTOR_DB": "/tmp/x.sqlite"])
        #expect(settings?.storage == .sqlite(path: "/tmp/x.sqlite"))
        #expect((try? AppSettings.fromEnvironment([:]))?.storage == .sqlite(path: "mentor.sqlite"))
        // E-mail settings are read in the same place: a bad base address is refused, a good one loses its trailing slash.
        #expect(throws: AppSettings.Problems.self) { try AppSettings.fromEnvironment(["MENTOR_BASE_URL": "mentor.example.org"]) }
        let mail = try? AppSettings.fromEnvironment(["MENTOR_SENDMAIL": "msmtp -t", "MENTOR_BASE_URL": "https://mentor.example.org/"]).mail
        #expect(mail?.sendmail == "msmtp -t" && mail?.baseURL == "https://mentor.example.org")
        #expect((try? AppSettings.fromEnvironment([:]))?.mail.sendmail == nil)
    }
}
