import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

/// A paused pair keeps its mentee and a place of its mentor in matching; publishing never makes
/// a second open pair for a mentee (issue 15).
@Suite struct MatchingPausedPairTests {
    static func pause(_ pairID: UUID, on db: any Database) async throws {
        try await Mentorship.query(on: db).filter(\.$id == pairID).set(\.$status, to: .paused).update()
    }

    @Test func aPausedPairsMenteeIsMatchedAndHerMentorsPlaceTaken() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            try await Self.pause(fixture.a.pair, on: app.db)
            let programme = try #require(try await Programme.find(fixture.a.programme, on: app.db))
            let round = try await MatchingRound.load(programme: programme, organisationID: fixture.a.id, now: Date(), on: app.db)
            #expect(!round.mentees.contains { $0.id == fixture.a.mentee.uuidString })
            #expect(round.mentees.contains { $0.id == fixture.a.spare.uuidString })
            #expect(!round.proposal.pairs.contains { $0.mentee == fixture.a.mentee.uuidString })
            #expect(round.mentors.first { $0.id == fixture.a.mentor.uuidString }?.placesLeft == 2)
            // Once the pair has ended she is free again.
            try await Mentorship.query(on: app.db).filter(\.$id == fixture.a.pair).set(\.$status, to: .ended).update()
            let later = try await MatchingRound.load(programme: programme, organisationID: fixture.a.id, now: Date(), on: app.db)
            #expect(later.mentees.contains { $0.id == fixture.a.mentee.uuidString })
        }
    }

    @Test func publishingWithAStaleMarkForAPausedMenteeMakesNoSecondPair() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            // setup: the coordinator locked mentee and mentor while their pair was ended, then it was paused.
            try await MatchingMark(programmeID: fixture.a.programme, menteeID: fixture.a.mentee, mentorID: fixture.a.mentor, mark: .locked).create(on: app.db)
            try await Self.pause(fixture.a.pair, on: app.db)
            let coordinator = TestClient(app, acceptLanguage: "en")
            try await coordinator.signIn(fixture.a.emails[.coordinator]!)
            let path = SiteURL.matching(programme: fixture.a.programme).path
            #expect(!(try await coordinator.get(path).body.string.contains("Mentee A")))
            // act
            #expect(try await coordinator.post(SiteURL.matchingPublish(programme: fixture.a.programme).path).status == .seeOther)
            // validate: her only pair is the paused one; the spare mentee was proposed.
            let hers = try await Mentorship.query(on: app.db).filter(\.$mentee.$id == fixture.a.mentee).all()
            #expect(hers.map(\.status) == [.paused])
            #expect(try await Mentorship.query(on: app.db).filter(\.$mentee.$id == fixture.a.spare).filter(\.$status == .proposed).count() == 1)
        }
    }

    /// Issue 15, second part: the round itself no longer proposes the same two people again (a
    /// stale lock included), so publishing goes through without a second pair of them; the 409 of
    /// publishing stays for a round that changed under it, and the database refuses such a pair too.
    @Test func publishingWithAStaleLockOnHerOwnMentorMakesNoSecondPairOfThem() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            // setup: a second programme, where the fixture's mentee is locked with the mentor she already has (paused).
            let second = Programme(organisationID: fixture.a.id, name: "Second", startsOn: Date(timeIntervalSinceNow: -86_400),
                                   endsOn: Date(timeIntervalSinceNow: 86_400 * 200), cadenceDays: 28)
            try await second.create(on: app.db)
            let secondID = try second.requireID()
            try await Self.pause(fixture.a.pair, on: app.db)
            try await MatchingMark(programmeID: secondID, menteeID: fixture.a.mentee, mentorID: fixture.a.mentor, mark: .locked).create(on: app.db)
            let coordinator = TestClient(app, acceptLanguage: "en")
            try await coordinator.signIn(fixture.a.emails[.coordinator]!)
            // act
            let response = try await coordinator.post(SiteURL.matchingPublish(programme: secondID).path)
            // validate: published, and mentee and mentor still have exactly one open pair together (the paused one).
            #expect(response.status == .seeOther)
            let together = try await Mentorship.query(on: app.db).filter(\.$mentee.$id == fixture.a.mentee).filter(\.$mentor.$id == fixture.a.mentor)
                .filter(\.$status != .ended).all()
            #expect(together.map(\.status) == [.paused])
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "matching_publish").count() == 1)
        }
    }
}
