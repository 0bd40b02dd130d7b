import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

@Suite struct DataRightsTests {
    @Test func theDownloadHoldsOnesOwnDataAndNobodyElsesPrivateNotes() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let conversation = try #require(try await Conversation.find(fixture.a.conversation, on: app.db))
            conversation.privateNotes = "MENTOR-PRIVATE"
            conversation.sharedNotes = "SHARED-NOTES"
            try await conversation.save(on: app.db)
            func download(_ email: String) async throws -> String {
                let client = TestClient(app, acceptLanguage: "en")
                try await client.signIn(email)
                let response = try await client.get("/account/export.json")
                #expect(response.status == .ok && response.headers.contentType == .json)
                return response.body.string
            }
            // act
            let mentee = try await download(fixture.a.emails[.mentee]!)
            let mentor = try await download(fixture.a.emails[.mentor]!)
            let stranger = try await download(fixture.a.strangerEmail)
            // validate
            let decoded = try JSONSerialization.jsonObject(with: Data(mentee.utf8)) as? [String: Any]
            #expect((decoded?["profile"] as? [String: Any])?["email"] as? String == fixture.a.emails[.mentee]!)
            for text in ["SHARED-NOTES", "How do I plan my week?", "Draft a weekly plan", "Plan my work", "Mentor A"] {
                #expect(mentee.contains(text), "\(text) missing from the mentee's download")
                #expect(!stranger.contains(text), "\(text) in a stranger's download")
            }
            #expect(!mentee.contains("MENTOR-PRIVATE"))
            #expect(mentor.contains("MENTOR-PRIVATE") && mentor.contains("SHARED-NOTES"))
            // The readable page shows the same.
            let client = TestClient(app, acceptLanguage: "en")
            try await client.signIn(fixture.a.emails[.mentee]!)
            let page = try await client.get("/account/export").body.string
            #expect(page.contains("SHARED-NOTES") && page.contains("Plan my work") && !page.contains("MENTOR-PRIVATE"))
        }
    }

    @Test func erasureLeavesNoTraceOfTheNameOrAddress() async throws {
        try await withTestApp { app in
            // setup: the mentee's name written in notes, a transcript, the audit log and a notification.
            let fixture = try await Fixture.make(on: app)
            let mentee = try #require(try await Person.find(fixture.a.mentee, on: app.db))
            let name = mentee.name, email = mentee.email
            let conversation = try #require(try await Conversation.find(fixture.a.conversation, on: app.db))
            conversation.sharedNotes = "\(name) presented the plan."
            try await conversation.save(on: app.db)
            let analysis = TranscriptAnalysis()
            analysis.$conversation.id = fixture.a.conversation
            analysis.format = "webvtt"; analysis.language = "en"; analysis.timed = true
            analysis.mentorSpeaker = "Mentor A"; analysis.menteeSpeaker = name; analysis.mentorShare = 0.6
            analysis.figures = "{\"speakers\":[{\"name\":\"\(name)\"}]}"
            try await analysis.save(on: app.db)
            try await Audit.record("update", "person", id: mentee.id, summary: "changed \(name) <\(email)>", organisationID: fixture.a.id, actorID: fixture.a.admin, on: app.db)
            let admin = TestClient(app, acceptLanguage: "en")
            try await admin.signIn(fixture.a.emails[.admin]!)
            let menteeClient = TestClient(app)
            try await menteeClient.signIn(email)
            let path = "/admin/people/\(fixture.a.mentee)/erase"
            #expect(try await Erasure.traces(of: name, on: app.db).count >= 5, "the check must see the name before erasure")
            // act: a wrong confirmation changes nothing; the right one erases.
            #expect(try await admin.post(path, [("confirm", "someone@else")]).status == .unprocessableEntity)
            #expect(try await Person.find(fixture.a.mentee, on: app.db)?.name == name)
            #expect(try await admin.post(path, [("confirm", email)]).status == .seeOther)
            // validate
            #expect(try await Erasure.traces(of: name, on: app.db) == [])
            #expect(try await Erasure.traces(of: email, on: app.db) == [])
            // The pair's records stay for the mentor, without the mentee's identity.
            #expect(try await Conversation.find(fixture.a.conversation, on: app.db)?.sharedNotes == "[erased] presented the plan.")
            #expect(try await LearningGoal.find(fixture.a.goal, on: app.db)?.title == "Plan my work")
            let mentor = TestClient(app)
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            #expect(try await mentor.get("/conversations/\(fixture.a.conversation)").status == .ok)
            // The erased person can no longer sign in, and their old session is gone.
            #expect(try await menteeClient.get("/account").status == .seeOther)
            #expect(try await TestClient(app).signIn(email).status != .seeOther)
            let audit = try await AuditEvent.query(on: app.db).filter(\.$action == "erase").all()
            #expect(audit.count == 1 && audit[0].summary == "personal data erased")
            // An admin of another organisation cannot erase A's people.
            let other = TestClient(app)
            try await other.signIn(fixture.b.emails[.admin]!)
            #expect(try await other.post("/admin/people/\(fixture.a.mentor)/erase", [("confirm", fixture.a.emails[.mentor]!)]).status == .notFound)
        }
    }

    @Test func retentionClearsTheContentOfPairsEndedLongEnoughAgo() async throws {
        try await withTestApp { app in
            // setup: retention 30 days; A's pair ended 40 days ago, B's pair 10 days ago.
            let fixture = try await Fixture.make(on: app)
            try await Organisation.query(on: app.db).set(\.$retentionDays, to: 30).update()
            for (pair, days) in [(fixture.a.pair, 40.0), (fixture.b.pair, 10.0)] {
                try await Mentorship.query(on: app.db).filter(\.$id == pair).set(\.$status, to: .ended)
                    .set(\.$endedOn, to: Date(timeIntervalSinceNow: -86_400 * days)).update()
                try await Conversation.query(on: app.db).filter(\.$mentorship.$id == pair).set(\.$sharedNotes, to: "NOTES").update()
            }
            // act
            let cleared = try await Retention.run(now: Date(), on: app.db)
            // validate: A's texts are gone, its figures stay; B's pair is untouched.
            #expect(cleared == 1)
            let conversation = try #require(try await Conversation.find(fixture.a.conversation, on: app.db))
            #expect(conversation.sharedNotes == "" && conversation.status == .held && conversation.initiatedBy == .mentor)
            #expect(try await AgendaItem.query(on: app.db).filter(\.$conversation.$id == fixture.a.conversation).count() == 0)
            #expect(try await ActionItem.find(fixture.a.action, on: app.db)?.text == "")
            #expect(try await Mentorship.find(fixture.a.pair, on: app.db)?.contentDeletedAt != nil)
            #expect(try await Conversation.find(fixture.b.conversation, on: app.db)?.sharedNotes == "NOTES")
            #expect(try await AgendaItem.query(on: app.db).filter(\.$conversation.$id == fixture.b.conversation).count() == 1)
            #expect(try await Retention.run(now: Date(), on: app.db) == 0)
        }
    }
}
