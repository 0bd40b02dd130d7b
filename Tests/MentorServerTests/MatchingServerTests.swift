import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

@Suite struct MatchingServerTests {
    /// Three unpaired mentees in organisation A and the fixture's mentors.
    static func addMentees(_ fixture: Fixture, on app: Application) async throws -> [UUID] {
        let hash = try await app.password.async.hash(Fixture.password)
        var ids: [UUID] = []
        for (index, group) in ["Tax", "Audit", "Tax"].enumerated() {
            let person = Person(organisationID: fixture.a.id, name: "New \(index)", email: "new\(index)@a.example", passwordHash: hash, seniority: .junior, practiceGroup: group)
            try await person.create(on: app.db)
            try await PersonRole(personID: person.id!, role: .mentee).create(on: app.db)
            ids.append(person.id!)
        }
        return ids
    }

    @Test func coordinatorReviewsLocksExcludesAndPublishes() async throws {
        try await withTestApp { app in
            // setup: mentors "mentor" (2 places left) and "stranger" (3 places); spare + 3 new mentees
            let fixture = try await Fixture.make(on: app)
            let mentees = try await Self.addMentees(fixture, on: app)
            let coordinator = TestClient(app, acceptLanguage: "en")
            try await coordinator.signIn(fixture.a.emails[.coordinator]!)
            let path = "/programmes/\(fixture.a.programme)/matching"
            // act
            let review = try await coordinator.get(path)
            #expect(review.status == .ok)
            #expect(review.body.string.contains("This proposal places 4 mentees"))
            #expect(try await coordinator.post(path + "/mark", [("mentee", mentees[0].uuidString), ("mentor", fixture.a.strangerMentor.uuidString), ("action", "lock")]).status == .seeOther)
            #expect(try await coordinator.post(path + "/mark", [("mentee", mentees[1].uuidString), ("mentor", fixture.a.strangerMentor.uuidString), ("action", "exclude")]).status == .seeOther)
            let after = try await coordinator.get(path).body.string
            #expect(after.contains("locked"))
            #expect(after.contains("Excluded pairs"))
            // A person of another organisation cannot be marked.
            #expect(try await coordinator.post(path + "/mark", [("mentee", fixture.b.mentee.uuidString), ("mentor", fixture.a.mentor.uuidString), ("action", "lock")]).status == .badRequest)
            #expect(try await coordinator.post(path + "/publish").status == .seeOther)
            // validate
            let proposed = try await Mentorship.query(on: app.db).filter(\.$status == .proposed).all()
            #expect(proposed.count == 4)
            #expect(proposed.contains { $0.$mentee.id == mentees[0] && $0.$mentor.id == fixture.a.strangerMentor })
            #expect(!proposed.contains { $0.$mentee.id == mentees[1] && $0.$mentor.id == fixture.a.strangerMentor })
            #expect(try await MatchingMark.query(on: app.db).count() == 0)
            #expect(try await coordinator.get(path).body.string.contains("Every mentee in this programme has a mentor or a pending proposal."))
        }
    }

    @Test func lineManagerAndAvoidListAreNeverProposedAndTheReasonIsShown() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let spare = try #require(try await Person.find(fixture.a.spare, on: app.db))
            spare.$manager.id = fixture.a.mentor
            try await spare.save(on: app.db)
            try await MatchingPreference(personID: fixture.a.spare, kind: .avoid, targetID: fixture.a.strangerMentor, rank: 0).create(on: app.db)
            let coordinator = TestClient(app, acceptLanguage: "en")
            try await coordinator.signIn(fixture.a.emails[.coordinator]!)
            let body = try await coordinator.get("/programmes/\(fixture.a.programme)/matching").body.string
            #expect(body.contains("No mentor is possible: 1 mentor is the mentee"))
            #expect(body.contains("is the mentee&#39;s line manager") || body.contains("is the mentee's line manager"))
            #expect(body.contains("is on the mentee&#39;s avoid list") || body.contains("is on the mentee's avoid list"))
        }
    }

    @Test func wishesAreSavedAndShapeTheSuggestionsWhereMenteesChoose() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let programme = try #require(try await Programme.find(fixture.a.programme, on: app.db))
            programme.matchingMode = "mentee_choice"
            try await programme.save(on: app.db)
            let spare = try #require(try await Person.find(fixture.a.spare, on: app.db))
            let mentee = TestClient(app, acceptLanguage: "en")
            try await mentee.signIn(spare.email)
            #expect(try await mentee.post("/account/preferences", [("wish1", fixture.a.strangerMentor.uuidString), ("wish2", fixture.b.mentor.uuidString)]).status == .seeOther)
            let wishes = try await MatchingPreference.query(on: app.db).filter(\.$person.$id == fixture.a.spare).all()
            #expect(wishes.map { $0.$target.id } == [fixture.a.strangerMentor])
            let page = try await mentee.get("/mentors").body.string
            #expect(page.contains("Your three best suggestions"))
            #expect(page.contains("the mentee&#39;s wish number 1") || page.contains("the mentee's wish number 1"))
        }
    }

    @Test func programmeMatchingSettingsAreValidated() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let admin = TestClient(app, acceptLanguage: "en")
            try await admin.signIn(fixture.a.emails[.admin]!)
            var form = [("name", "Cycle"), ("startsOn", "2026-03-01"), ("endsOn", "2026-09-01"), ("cadenceDays", "28"),
                        ("matchingMode", "mentee_choice"), ("idealGap", "2"), ("groupRule", "different")]
            let bad = try await admin.post("/admin/programmes/\(fixture.a.programme)", form + ["200", "0", "0", "0", "0", "0"].map { ("weights[]", $0) })
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Enter whole numbers from 0 to 100"))
            form.append(contentsOf: ["50", "10", "10", "10", "10", "10"].map { ("weights[]", $0) })
            #expect(try await admin.post("/admin/programmes/\(fixture.a.programme)", form).status == .seeOther)
            let saved = try #require(try await Programme.find(fixture.a.programme, on: app.db))
            #expect(saved.letsMenteesChoose)
            #expect(saved.matchingSettings.rules.idealSeniorityGap == 2)
            #expect(saved.matchingSettings.rules.practiceGroup == .different)
            #expect(saved.matchingSettings.weights.expertise == 0.5)
        }
    }
}
