import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

@Suite struct ImportTests {
    /// The id the confirm form carries.
    static func uploadID(in html: String) -> String? {
        guard let range = html.range(of: #"name="upload" value="[0-9A-Fa-f-]{36}""#, options: .regularExpression) else { return nil }
        return String(html[range].dropFirst("name=\"upload\" value=\"".count).dropLast())
    }

    static let trickyFile = """
    name,email,roles,practice_group
    "Jan ""de Baas"" <b>Bakker</b>",jan@a.example,mentee,"Audit, ""Tax"" & <Advisory>"
    Noor de Wit,noor@a.example,mentee,
    "Pieter
    Smit",pieter@a.example,mentor,'">
    """

    @Test func aQuotedFieldWithQuotesAndAngleBracketsImportsEveryPreviewedRow() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let admin = TestClient(app, acceptLanguage: "en")
            try await admin.signIn(fixture.a.emails[.admin]!)
            let before = try await Person.query(on: app.db).count()
            // act
            let preview = try await admin.upload("/admin/people/import", field: "file", filename: "people.csv", content: Self.trickyFile)
            let upload = try #require(Self.uploadID(in: preview.body.string))
            let confirm = try await admin.post("/admin/people/import/confirm", [("upload", upload)])
            // validate
            #expect(preview.status == .ok)
            let previewed = preview.body.string.components(separatedBy: "<span class=\"badge\">new</span>").count - 1
            #expect(previewed == 3)
            #expect(confirm.status == .ok)
            #expect(try await Person.query(on: app.db).count() == before + previewed)
            let jan = try #require(try await Person.query(on: app.db).filter(\.$email == "jan@a.example").first())
            #expect(jan.name == "Jan \"de Baas\" <b>Bakker</b>")
            #expect(jan.practiceGroup == "Audit, \"Tax\" & <Advisory>")
            #expect(try await Person.query(on: app.db).filter(\.$email == "pieter@a.example").first()?.name == "Pieter\nSmit")
            #expect(try await PeopleImportUpload.query(on: app.db).count() == 0)
        }
    }

    @Test func anotherAdministratorOrOrganisationCannotConfirmSomeoneElsesUpload() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let owner = TestClient(app, acceptLanguage: "en")
            try await owner.signIn(fixture.a.emails[.admin]!)
            let secondAdmin = Person(organisationID: fixture.a.id, name: "Second Admin", email: "admin2@a.example",
                                     passwordHash: try await app.password.async.hash(Fixture.password))
            try await secondAdmin.create(on: app.db)
            try await PersonRole(personID: secondAdmin.id!, role: .admin).create(on: app.db)
            let colleague = TestClient(app, acceptLanguage: "en")
            try await colleague.signIn("admin2@a.example")
            let stranger = TestClient(app, acceptLanguage: "en")
            try await stranger.signIn(fixture.b.emails[.admin]!)
            let preview = try await owner.post("/admin/people/import", [("csv", "name,email,roles\nNew One,new.one@a.example,mentee\n")])
            let upload = try #require(Self.uploadID(in: preview.body.string))
            let before = try await Person.query(on: app.db).count()
            // act
            let byStranger = try await stranger.post("/admin/people/import/confirm", [("upload", upload)])
            let byColleague = try await colleague.post("/admin/people/import/confirm", [("upload", upload)])
            let withTheOldField = try await owner.post("/admin/people/import/confirm", [("csv", "name,email,roles\nSneaky,sneaky@a.example,admin\n")])
            let afterAttempts = try await Person.query(on: app.db).count()
            let byOwner = try await owner.post("/admin/people/import/confirm", [("upload", upload)])
            // validate
            #expect(byStranger.status == .unprocessableEntity)
            #expect(byStranger.body.string.contains("This preview is no longer available"))
            #expect(byColleague.status == .unprocessableEntity)
            #expect(withTheOldField.status == .unprocessableEntity)
            #expect(afterAttempts == before)
            #expect(byOwner.status == .ok)
            let created = try #require(try await Person.query(on: app.db).filter(\.$email == "new.one@a.example").first())
            #expect(created.organisationID == fixture.a.id)
            #expect(try await Person.query(on: app.db).filter(\.$email == "sneaky@a.example").count() == 0)
        }
    }

    @Test func anUploadExpiresAfterAnHourAndIsUsedOnce() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let admin = TestClient(app, acceptLanguage: "nl")
            try await admin.signIn(fixture.a.emails[.admin]!)
            let csv = "name,email,roles\nNew One,new.one@a.example,mentee\n"
            let first = try #require(Self.uploadID(in: try await admin.post("/admin/people/import", [("csv", csv)]).body.string))
            let stored = try #require(try await PeopleImportUpload.find(UUID(uuidString: first), on: app.db))
            #expect(abs(stored.expiresAt.timeIntervalSinceNow - 3600) < 60)
            stored.expiresAt = Date(timeIntervalSinceNow: -1)
            try await stored.save(on: app.db)
            // act
            let expired = try await admin.post("/admin/people/import/confirm", [("upload", first)])
            let second = try #require(Self.uploadID(in: try await admin.post("/admin/people/import", [("csv", csv)]).body.string))
            let confirmed = try await admin.post("/admin/people/import/confirm", [("upload", second)])
            let replayed = try await admin.post("/admin/people/import/confirm", [("upload", second)])
            // validate
            #expect(expired.status == .unprocessableEntity)
            #expect(expired.body.string.contains("Dit voorbeeld is niet meer beschikbaar"))
            #expect(confirmed.status == .ok)
            #expect(replayed.status == .unprocessableEntity)
            #expect(try await Person.query(on: app.db).filter(\.$email == "new.one@a.example").count() == 1)
            // The expired file was removed when the next preview was stored.
            #expect(try await PeopleImportUpload.query(on: app.db).count() == 0)
        }
    }

    @Test func importRowsWithAListOrADisplayNameAsAddressAreRefused() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let admin = TestClient(app, acceptLanguage: "en")
            try await admin.signIn(fixture.a.emails[.admin]!)
            let csv = "name,email,roles\nTwo,\"a@a.example,b@a.example\",mentee\nNamed,Named <named@a.example>,mentee\n"
            let preview = try await admin.post("/admin/people/import", [("csv", csv)])
            #expect(preview.status == .unprocessableEntity)
            #expect(preview.body.string.contains("Line 2:"))
            #expect(preview.body.string.contains("Line 3:"))
            #expect(Self.uploadID(in: preview.body.string) == nil)
        }
    }

    @Test func theAdminFormRefusesAddressesThatAreNotOnePlainAddress() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let admin = TestClient(app, acceptLanguage: "en")
            try await admin.signIn(fixture.a.emails[.admin]!)
            for email in ["a@a.example, b@a.example", "Iris <iris@a.example>", "iris@a.example\r\nBcc: x@evil.example", "iris vos@a.example"] {
                let created = try await admin.post("/admin/people", [("name", "Iris"), ("email", email), ("roles[]", "mentee")])
                #expect(created.status == .unprocessableEntity, "\(email.debugDescription)")
                #expect(created.body.string.contains("Enter a valid email address"))
                let updated = try await admin.post("/admin/people/\(fixture.a.spare)", [("name", "Spare A"), ("email", email), ("roles[]", "mentee")])
                #expect(updated.status == .unprocessableEntity, "\(email.debugDescription)")
            }
            #expect(try await Person.find(fixture.a.spare, on: app.db)?.email == "spare@a.example")
        }
    }
}
