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
            // At least the session, the person and their roles are read.
            #expect(statements.count >= 3, "\(statements)")
            // A load balancer's check (no cookie) runs its one probe statement.
            let (health, _) = try await counter.measure { try await TestClient(app).get("/health") }
            #expect(health == ["SELECT 1"], "\(health)")
        }
    }
}
