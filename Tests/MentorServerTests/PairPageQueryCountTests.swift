import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

/// The pair page reads each table once: its number of statements does not grow with the
/// number of conversations, goals and actions of the pair.
@Suite struct PairPageQueryCountTests {
    /// Adds `count` more conversations, each with an open action, and as many goals.
    private func grow(_ fixture: Fixture, by count: Int, on db: any Database) async throws {
        for index in 0..<count {
            let conversation = Conversation(mentorshipID: fixture.a.pair, scheduledAt: Date(timeIntervalSinceNow: -86_400 * Double(2 + index)),
                                            durationMinutes: 45, place: "Room \(index)", initiatedBy: .mentee, status: .held)
            try await conversation.create(on: db)
            try await ActionItem(mentorshipID: fixture.a.pair, conversationID: try conversation.requireID(), ownerSide: .mentor,
                                 text: "Action \(index)", dueOn: nil, doneOn: nil).create(on: db)
            try await LearningGoal(mentorshipID: fixture.a.pair, menteeID: fixture.a.mentee, title: "Goal \(index)", description: "",
                                   successCriteria: "", targetDate: nil, status: .open, theme: nil).create(on: db)
        }
    }

    @Test func thePairPageReadsEachTableOnce() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let counter = QueryCounter.install(on: app)
            let client = TestClient(app)
            try await client.signIn(fixture.a.emails[.mentor]!)
            try await grow(fixture, by: 2, on: app.db)
            // act
            let (few, response) = try await counter.measure { try await client.get("/mentorships/\(fixture.a.pair)") }
            try await grow(fixture, by: 6, on: app.db)
            let (many, _) = try await counter.measure { try await client.get("/mentorships/\(fixture.a.pair)") }
            // validate
            #expect(response.status == .ok)
            print("pair page statements: \(few.count) with 3 conversations, \(many.count) with 9")
            #expect(many.count == few.count, "\(many)")
            // 10 before issue 18's lean reads: the session, the pair (route wrapper) and six statements by column.
            #expect(few.count <= 8, "\(few)")
        }
    }
}
