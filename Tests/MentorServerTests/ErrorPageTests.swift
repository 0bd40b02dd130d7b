import Testing
import Foundation
import Vapor
import SQLKit
import VaporTesting
@testable import MentorServer

@Suite struct ErrorPageTests {
    @Test func aFailureWhileReadingTheViewerBecomesTheErrorPageAndIsCounted() async throws {
        try await withTestApp { app in
            // setup: a signed-in mentor, then the table the viewer middleware reads is gone
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app, acceptLanguage: "en")
            try await client.signIn(fixture.a.emails[.mentor]!)
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.raw("DROP TABLE \(ident: PersonRole.schema)").run()
            // act
            let response = try await client.get("/")
            // validate: the localized page with its status, and the metrics saw a 5xx
            #expect(response.status == .internalServerError)
            #expect(response.body.string.contains(T.errorTitle(.en)))
            #expect(response.headers.first(name: "Content-Security-Policy")?.contains("base-uri 'none'") == true)
            let metrics = try await TestClient(app).get("/metrics").body.string
            #expect(metrics.contains("status=\"5xx\""))
        }
    }

    @Test func aFailureWhileReadingTheSessionBecomesTheLocalizedErrorPageAndIsCounted() async throws {
        try await withTestApp { app in
            // setup: a signed-in mentor (a session cookie), then the sessions table is renamed away
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app, acceptLanguage: "nl")
            try await client.signIn(fixture.a.emails[.mentor]!)
            #expect(client.cookie != nil)
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.raw("ALTER TABLE \(ident: StoredSession.schema) RENAME TO broken_sessions").run()
            // act: the session middleware's read fails before any handler runs
            let response = try await client.get("/")
            // validate: the error page in the browser's language, with the security headers, and counted
            #expect(response.status == .internalServerError)
            #expect(response.body.string.contains(T.errorTitle(.nl)))
            #expect(response.body.string.contains(#"<html lang="nl""#))
            #expect(response.headers.first(name: "Content-Security-Policy")?.contains("base-uri 'none'") == true)
            let metrics = try await TestClient(app).get("/metrics").body.string
            #expect(metrics.contains("status=\"5xx\""))
            try await sql.raw("ALTER TABLE broken_sessions RENAME TO \(ident: StoredSession.schema)").run()
        }
    }
}
