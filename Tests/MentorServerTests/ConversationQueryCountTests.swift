import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

/// The conversation page reads each table once, however many agenda items, actions,
/// evidence, scores and observations the conversation has.
@Suite struct ConversationQueryCountTests {
    /// Statements of `GET /conversations/:id` for the mentor, session and viewer included
    /// (21 before the page folder, 15 with it, 13 reads by column since issue 18; one more
    /// when the page also takes a shown message out of the session).
    static let limit = 14

    @Test func theMentorsConversationPageReadsEachTableOnce() async throws {
        try await withTestApp { app in
            // setup: two of every record, and a transcript with three speakers.
            let fixture = try await Fixture.make(on: app)
            let mentor = TestClient(app, acceptLanguage: "en")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            try await Self.fill(fixture, with: mentor, on: app.db)
            let path = "/conversations/\(fixture.a.conversation)"
            let counter = QueryCounter.install(on: app)
            // act
            let (statements, response) = try await counter.measure { try await mentor.get(path) }
            // validate
            #expect(response.status == .ok)
            let page = response.body.string
            #expect(page.contains("Second agenda item") && page.contains("Second action") && page.contains("Second evidence"))
            #expect(page.contains("Second behaviour") && page.contains("Second note") && page.contains("Guest"))
            print("GET /conversations/:id as the mentor: \(statements.count) statements")
            #expect(statements.count <= Self.limit, "\(statements.count) statements:\n\(statements.joined(separator: "\n"))")
        }
    }

    /// The same page with one more of everything runs the same number of statements.
    @Test func moreRecordsDoNotAddStatements() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let mentor = TestClient(app, acceptLanguage: "en")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            try await Self.fill(fixture, with: mentor, on: app.db)
            let path = "/conversations/\(fixture.a.conversation)"
            let counter = QueryCounter.install(on: app)
            let (before, _) = try await counter.measure { try await mentor.get(path) }
            // act
            try await Self.fill(fixture, with: mentor, on: app.db, suffix: " again")
            let (after, _) = try await counter.measure { try await mentor.get(path) }
            // validate
            #expect(after.count == before.count, "\(before.count) then \(after.count)")
        }
    }

    static func fill(_ fixture: Fixture, with mentor: TestClient, on db: any Database, suffix: String = "") async throws {
        let path = "/conversations/\(fixture.a.conversation)"
        let goal = LearningGoal(mentorshipID: fixture.a.pair, menteeID: fixture.a.mentee, title: "Second goal\(suffix)", description: "",
                                successCriteria: "", targetDate: nil, status: .open, theme: nil)
        try await goal.create(on: db)
        let earlier = Conversation(mentorshipID: fixture.a.pair, scheduledAt: Date(timeIntervalSinceNow: -86_400 * 14), durationMinutes: 45,
                                   place: "Room 2", initiatedBy: .mentee, status: .held)
        try await earlier.create(on: db)
        let open = ActionItem(mentorshipID: fixture.a.pair, conversationID: try earlier.requireID(), ownerSide: .mentor,
                              text: "Earlier action\(suffix)", dueOn: nil, doneOn: nil)
        try await open.create(on: db)
        #expect(try await mentor.post(path + "/agenda", [("agendaText", "Second agenda item\(suffix)")]).status == .seeOther)
        #expect(try await mentor.post(path + "/actions", [("actionText", "Second action\(suffix)"), ("owner", "mentor"), ("dueOn", "")]).status == .seeOther)
        for (goalID, text) in [(fixture.a.goal, "First evidence\(suffix)"), (try goal.requireID(), "Second evidence\(suffix)")] {
            #expect(try await mentor.post(path + "/evidence", [("goal", goalID.uuidString), ("evidenceText", text)]).status == .seeOther)
        }
        for behaviour in ["First behaviour\(suffix)", "Second behaviour\(suffix)"] {
            #expect(try await mentor.post(path + "/scores", [("value", fixture.a.value.uuidString), ("score", "4"), ("behaviour", behaviour)]).status == .seeOther)
        }
        for note in ["First note\(suffix)", "Second note\(suffix)"] {
            #expect(try await mentor.post(path + "/observations", [("pattern", "waits_for_others"), ("effect", "hinders"), ("observationNote", note)]).status == .seeOther)
        }
        // With the mentor's own estimate first, so the page shows the measured figures (issue 14).
        let upload = try await mentor.upload(path + "/transcript", field: "file", filename: "meeting.vtt", content: TranscriptServerTests.vtt,
                                             fields: [("estimate", "40")])
        #expect(upload.status == .seeOther)
    }
}
