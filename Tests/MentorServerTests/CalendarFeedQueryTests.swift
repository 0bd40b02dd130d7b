import Testing
import Foundation
import Vapor
import Fluent
@testable import MentorServer

/// The calendar feed reads each table once, however many pairs its person has.
@Suite struct CalendarFeedQueryTests {
    @Test func theFeedsQueriesDoNotGrowWithThePairs() async throws {
        try await withTestApp { app in
            // setup: the mentor's feed with one pair, then with four
            let fixture = try await Fixture.make(on: app)
            let mentor = TestClient(app, acceptLanguage: "en")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            let token = try await mentor.makeCalendarFeed()
            let counter = QueryCounter.install(on: app)
            let visitor = TestClient(app)
            let (before, first) = try await counter.measure { try await visitor.get("/calendar/\(token).ics") }
            let programme = try #require(try await Programme.find(fixture.a.programme, on: app.db))
            for index in 1...3 {
                let mentee = Person(organisationID: fixture.a.id, name: "Extra \(index) <script>", email: "extra\(index)@a.example",
                                    passwordHash: "x", seniority: .junior)
                try await mentee.create(on: app.db)
                let pair = Mentorship(organisationID: fixture.a.id, programmeID: try programme.requireID(), mentorID: fixture.a.mentor,
                                      menteeID: try mentee.requireID(), status: .active, startedOn: app.now)
                try await pair.create(on: app.db)
                try await Conversation(mentorshipID: try pair.requireID(), scheduledAt: app.now.addingTimeInterval(86_400 * Double(index)),
                                       durationMinutes: 45, place: "Room \(index)", initiatedBy: .mentee, status: .planned)
                    .create(on: app.db)
            }
            // act
            let (after, feed) = try await counter.measure { try await visitor.get("/calendar/\(token).ics") }
            // validate: the same number of statements, and every pair's conversation in the feed
            #expect(first.status == .ok && feed.status == .ok)
            #expect(after.count == before.count, "\(before.count) statements with one pair, \(after.count) with four")
            let events = feed.body.string.components(separatedBy: "BEGIN:VEVENT").count - 1
            let eventsBefore = first.body.string.components(separatedBy: "BEGIN:VEVENT").count - 1
            #expect(events == eventsBefore + 3)
            print("calendar feed statements: \(before.count) with one pair, \(after.count) with four")
        }
    }
}
