import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

/// Small gaps closed after the first round of issue 15: the person form keeps to the
/// organisation's highest capacity, and the personal-data page says the e-mail choice in the
/// account page's three-way words.
@Suite struct LeftoversServerTests {
    static let capMessage = "Je organisatie staat hoogstens 4 mentees per mentor toe (bij Organisatie). Vul een heel getal van 0 tot en met 4 in."

    @Test func thePersonFormRefusesACapacityAboveTheOrganisationsMaximum() async throws {
        try await withTestApp { app in
            // setup: organisation A allows at most 4; the stranger mentor was given 6 before it was lowered
            let fixture = try await Fixture.make(on: app)
            try await Organisation.query(on: app.db).filter(\.$id == fixture.a.id).set(\.$maxCapacity, to: 4).update()
            try await Person.query(on: app.db).filter(\.$id == fixture.a.strangerMentor).set(\.$capacity, to: 6).update()
            let admin = try await CorrectionServerTests.signedIn(app, fixture.a.emails[.admin]!, language: "nl")
            let new = SiteURL.adminPersonNew.path, people = SiteURL.adminPeople.path
            let before = try await Person.query(on: app.db).count()
            let typed = ["name": "Iris Vos", "email": "iris.vos@a.example", "roles": "mentor"]
            // act: a new person with 5
            let refused = try await CorrectionServerTests.submit(admin, page: new, action: people, typed.merging(["capacity": "5"]) { $1 })
            // validate: the form again with the message, nothing saved
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains(Self.capMessage))
            #expect(try await Person.query(on: app.db).count() == before)
            // act: with 4 it is saved
            let saved = try await CorrectionServerTests.submit(admin, page: new, action: people, typed.merging(["capacity": "4"]) { $1 })
            #expect([.ok, .seeOther].contains(saved.status))
            #expect(try await Person.query(on: app.db).filter(\.$email == "iris.vos@a.example").first()?.capacity == 4)
            // act: editing the stranger keeps the 6 given before, but does not raise it
            let edit = SiteURL.adminPersonEdit(fixture.a.strangerMentor).path, update = SiteURL.adminPerson(fixture.a.strangerMentor).path
            #expect(try await CorrectionServerTests.submit(admin, page: edit, action: update).status == .seeOther)
            #expect(try await Person.find(fixture.a.strangerMentor, on: app.db)?.capacity == 6)
            let raised = try await CorrectionServerTests.submit(admin, page: edit, action: update, ["capacity": "7"])
            #expect(raised.status == .unprocessableEntity && raised.body.string.contains(Self.capMessage))
            #expect(try await Person.find(fixture.a.strangerMentor, on: app.db)?.capacity == 6)
            #expect(try await CorrectionServerTests.submit(admin, page: edit, action: update, ["capacity": "3"]).status == .seeOther)
            #expect(try await Person.find(fixture.a.strangerMentor, on: app.db)?.capacity == 3)
            // A number out of every range still gets the general message.
            let wild = try await CorrectionServerTests.submit(admin, page: new, action: people, typed.merging(["capacity": "99"]) { $1 })
            #expect(wild.status == .unprocessableEntity && wild.body.string.contains("Vul een heel getal van 0 tot en met 20 in."))
        }
    }

    @Test func theRuleAllowsZeroUpToTheMaximumAndKeepsAnOlderHigherNumber() throws {
        try Availability.checkAssignedCapacity(0, maximum: 4, current: nil)
        try Availability.checkAssignedCapacity(4, maximum: 4, current: nil)
        try Availability.checkAssignedCapacity(6, maximum: 4, current: 6)
        #expect(throws: AvailabilityProblem.aboveOrganisationMaximum(maximum: 4)) { try Availability.checkAssignedCapacity(5, maximum: 4, current: nil) }
        #expect(throws: AvailabilityProblem.aboveOrganisationMaximum(maximum: 4)) { try Availability.checkAssignedCapacity(7, maximum: 4, current: 6) }
        #expect(throws: AvailabilityProblem.aboveOrganisationMaximum(maximum: 4)) { try Availability.checkAssignedCapacity(-1, maximum: 4, current: 3) }
    }

    @Test(arguments: [(EmailChoice.everyEvent, "Bij elke gebeurtenis en herinnering"), (.remindersOnly, "Alleen bij herinneringen"),
                      (.never, "Nooit: ik lees alles in Mentor Mirror")])
    func thePersonalDataPageShowsTheThreeWayEmailChoice(choice: EmailChoice, words: String) async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let mentee = try #require(try await Person.find(fixture.a.mentee, on: app.db))
            choice.apply(to: mentee)
            try await mentee.save(on: app.db)
            let client = try await CorrectionServerTests.signedIn(app, fixture.a.emails[.mentee]!, language: "nl")
            // act
            let page = try await client.get(SiteURL.accountExport.path)
            let download = try await client.get(SiteURL.accountExportJSON.path)
            // validate: the account page's words, and the stored choice in the download
            #expect(page.status == .ok)
            let body = page.body.string
            #expect(body.contains(T.emailChoiceHeading(.nl)) && body.contains(words))
            #expect(!body.contains("Herinneringen per e-mail of alleen in Mentor Mirror"))
            let decoded = try JSONSerialization.jsonObject(with: Data(download.body.string.utf8)) as? [String: Any]
            let profile = try #require(decoded?["profile"] as? [String: Any])
            #expect(profile["emailChoice"] as? String == choice.rawValue)
            #expect(profile["remindersByEmail"] as? Bool == (choice != .never))
        }
    }
}
