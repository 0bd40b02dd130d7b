import Testing
import Foundation
import Vapor
import VaporTesting
@testable import MentorServer
import MentorCore

/// The application has one clock: moving it moves every handler's and job's "now".
@Suite struct ClockTests {
    @Test func aSessionRunsOutWhenTheApplicationsClockMovesOn() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let start = Date()
            app.clock = .fixed(start)
            let client = TestClient(app)
            try await client.signIn(fixture.a.emails[.mentor]!)
            #expect(try await client.get("/account").status == .ok)
            // Within the idle time the session holds; past the absolute lifetime it does not.
            app.clock = .fixed(start.addingTimeInterval(3 * 3600))
            #expect(try await client.get("/account").status == .ok)
            app.clock = .fixed(start.addingTimeInterval(SessionPolicy.standard.absolute + 60))
            let later = try await client.get("/account")
            #expect(later.status == .seeOther)
            #expect(later.headers.first(name: .location)?.hasPrefix("/signin") == true)
        }
    }

    @Test func aNewConversationIsProposedAWeekFromTheApplicationsToday() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = app.settings.timeZone
            let now = calendar.date(from: DateComponents(year: 2031, month: 5, day: 5, hour: 9))!
            app.clock = .fixed(now)
            let client = TestClient(app)
            try await client.signIn(fixture.a.emails[.mentor]!)
            let page = try await client.get("/mentorships/\(fixture.a.pair)/conversations/new")
            #expect(page.status == .ok)
            #expect(page.body.string.contains(#"value="2031-05-12""#))
        }
    }
}
