import Testing
import Foundation
import Vapor
import VaporTesting
@testable import MentorServer

/// The counter itself: it sees the statements of a request, the session and viewer included.
@Suite struct QueryCounterTests {
    @Test func countsTheStatementsOfASignedInPage() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let counter = QueryCounter.install(on: app)
            let client = TestClient(app)
            try await client.signIn(fixture.a.emails[.mentor]!)
            let (statements, response) = try await counter.measure { try await client.get("/account") }
            #expect(response.status == .ok)
            // The session, the person, their roles, organisation and unread count: one statement.
            // (The account page counts the person's other sessions itself, with a COUNT of its own.)
            let sessionReads = statements.filter { $0.contains("_fluent_sessions") && !$0.contains("COUNT(\"_fluent_sessions") }
            #expect(sessionReads.count == 1, "\(statements)")
            #expect(sessionReads.first.map { $0.contains("person_roles") && $0.contains("organisations") && $0.contains("notifications") } == true)
            #expect(!statements.contains { $0.hasPrefix("SELECT \"person_roles\"") || $0.hasPrefix("SELECT \"organisations\"") }, "\(statements)")
            // A form post reads the same statement without counting notifications.
            let (posted, _) = try await counter.measure { try await client.post("/account/language", [("language", "")]) }
            #expect(posted.first { $0.contains("_fluent_sessions") }.map { !$0.contains("notifications") } == true, "\(posted)")
            // Health checks and the style sheet never read the session, also when a cookie comes along.
            let (signedInHealth, _) = try await counter.measure { try await client.get("/health") }
            #expect(signedInHealth == ["SELECT 1"], "\(signedInHealth)")
            // A load balancer's check (no cookie) runs its one probe statement.
            let (health, _) = try await counter.measure { try await TestClient(app).get("/health") }
            #expect(health == ["SELECT 1"], "\(health)")
        }
    }
}
