import Testing
import Foundation
import Vapor
import Fluent
import SQLKit
import VaporTesting
@testable import MentorServer
import MentorCore

/// Decisions for everyone in a pair (issue 15): mentee and mentor answer a proposal of
/// matching, the coordinator withdraws one or undoes a round until someone accepted, and the
/// same two people never get a second open pair. Every form is submitted as rendered.
@Suite struct PairDecisionsServerTests {
    /// The coordinator publishes programme A's round from the matching page's form; the spare
    /// mentee is the one mentee without a pair, so hers is the proposal.
    static func publish(_ fixture: Fixture, on app: Application) async throws -> (pair: Mentorship, coordinator: TestClient) {
        let coordinator = TestClient(app, acceptLanguage: "en")
        try await coordinator.signIn(fixture.a.emails[.coordinator]!)
        let page = try await coordinator.get(SiteURL.matching(programme: fixture.a.programme).path).body.string
        let form = try #require(RenderedForm(in: page, actionPrefix: SiteURL.matchingPublish(programme: fixture.a.programme).path))
        let response = try await coordinator.post(form.action, form.fields)
        #expect(response.status == .seeOther)
        let pair = try #require(try await Mentorship.query(on: app.db).filter(\.$mentee.$id == fixture.a.spare).first())
        #expect(pair.status == .proposed && pair.roundID != nil && pair.requestedBy == nil)
        return (pair, coordinator)
    }

    static func mentorEmail(of pair: Mentorship, _ fixture: Fixture) -> String {
        pair.$mentor.id == fixture.a.mentor ? fixture.a.emails[.mentor]! : fixture.a.strangerEmail
    }

    @Test func menteeAndMentorBothAcceptAProposalAndItStartsAtTheSecondYes() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let (pair, _) = try await Self.publish(fixture, on: app)
            let pairID = try pair.requireID()
            let mentee = TestClient(app, acceptLanguage: "nl")
            try await mentee.signIn("spare@a.example")
            // The list of pairs names the proposal waiting for her answer.
            let list = try await mentee.get(SiteURL.pairs.path).body.string
            #expect(list.contains(T.proposalsWaiting(.nl)) && list.contains(T.waitsForYourAnswer(.nl)) && list.contains(SiteURL.pair(pairID).path))
            // act: she accepts from the pair page's form
            let page = try await mentee.get(SiteURL.pair(pairID).path).body.string
            #expect(page.contains(T.proposalLead(.nl)) && !page.contains(T.withdrawRequest(.nl)))
            let accept = try #require(RenderedForm(in: page, actionPrefix: SiteURL.pairAccept(pairID).path))
            #expect(try await mentee.post(accept.action, accept.fields).status == .seeOther)
            // validate: she said yes, the pair waits for the mentor
            var after = try #require(try await Mentorship.find(pairID, on: app.db))
            #expect(after.status == .proposed && after.menteeAcceptedAt != nil && after.mentorAcceptedAt == nil && after.startedOn == nil)
            #expect(!(try await mentee.get(SiteURL.pair(pairID).path).body.string.contains(SiteURL.pairAccept(pairID).path)))
            #expect(try await mentee.post(SiteURL.pairAccept(pairID).path).status == .conflict)
            #expect(!(try await mentee.get(SiteURL.pairs.path).body.string.contains(T.proposalsWaiting(.nl))))
            // act: the mentor accepts from his page
            let mentor = TestClient(app, acceptLanguage: "en")
            try await mentor.signIn(Self.mentorEmail(of: pair, fixture))
            let mentorPage = try await mentor.get(SiteURL.pair(pairID).path).body.string
            #expect(mentorPage.contains(T.menteeHasAccepted(.en)))
            let mentorAccept = try #require(RenderedForm(in: mentorPage, actionPrefix: SiteURL.pairAccept(pairID).path))
            #expect(try await mentor.post(mentorAccept.action, mentorAccept.fields).status == .seeOther)
            // validate: the second yes starts it
            after = try #require(try await Mentorship.find(pairID, on: app.db))
            #expect(after.status == .active && after.mentorAcceptedAt != nil && after.startedOn != nil)
            let summaries = try await AuditEvent.query(on: app.db).filter(\.$action == "accept").all().map(\.summary).sorted()
            #expect(summaries == ["mentee accepted the proposal", "mentor accepted the proposal"])
        }
    }

    @Test func theMenteeDeclinesAProposalWithAReasonTheMentorReads() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let (pair, _) = try await Self.publish(fixture, on: app)
            let pairID = try pair.requireID()
            let mentee = TestClient(app, acceptLanguage: "en")
            try await mentee.signIn("spare@a.example")
            // act
            let page = try await mentee.get(SiteURL.pair(pairID).path).body.string
            let decline = try #require(RenderedForm(in: page, actionPrefix: SiteURL.pairDecline(pairID).path))
            let response = try await mentee.post(decline.action, decline.filled(["reason": "I would rather learn from <someone> in Tax"]))
            // validate
            #expect(response.status == .seeOther)
            let after = try #require(try await Mentorship.find(pairID, on: app.db))
            #expect(after.status == .ended && after.declinedBy == .mentee && after.declineReason == "I would rather learn from <someone> in Tax")
            let mentor = TestClient(app, acceptLanguage: "en")
            try await mentor.signIn(Self.mentorEmail(of: pair, fixture))
            let mentorPage = try await mentor.get(SiteURL.pair(pairID).path).body.string
            #expect(mentorPage.contains(T.declinedBy(.mentee)(.en)) && mentorPage.contains("from &lt;someone&gt; in Tax"))
            // Nothing more to decide on an ended pair.
            #expect(try await mentor.post(SiteURL.pairAccept(pairID).path).status == .conflict)
            #expect(try await mentee.post(SiteURL.pairDecline(pairID).path).status == .conflict)
        }
    }

    @Test func nobodyButThePairsOwnMenteeAnswersHerProposal() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let (pair, coordinator) = try await Self.publish(fixture, on: app)
            let pairID = try pair.requireID()
            // Another mentee of A, a mentee and a mentor of B: not found; the coordinator may not say yes for her.
            let other = TestClient(app)
            try await other.signIn(fixture.a.emails[.mentee]!)
            #expect(try await other.post(SiteURL.pairAccept(pairID).path).status == .notFound)
            #expect(try await other.post(SiteURL.pairDecline(pairID).path).status == .notFound)
            for email in [fixture.b.emails[.mentee]!, fixture.b.emails[.mentor]!] {
                let outsider = TestClient(app)
                try await outsider.signIn(email)
                #expect(try await outsider.post(SiteURL.pairAccept(pairID).path).status == .notFound)
            }
            #expect(try await coordinator.post(SiteURL.pairAccept(pairID).path).status == .forbidden)
            let after = try #require(try await Mentorship.find(pairID, on: app.db))
            #expect(after.status == .proposed && after.menteeAcceptedAt == nil && after.mentorAcceptedAt == nil)
        }
    }

    @Test func theCoordinatorWithdrawsAProposalFromThePairPage() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let (pair, coordinator) = try await Self.publish(fixture, on: app)
            let pairID = try pair.requireID()
            // The mentor already said yes; it can still be withdrawn while it has not started.
            try await Mentorship.query(on: app.db).filter(\.$id == pairID).set(\.$mentorAcceptedAt, to: Date()).update()
            let page = try await coordinator.get(SiteURL.pair(pairID).path).body.string
            #expect(page.contains(T.withdrawProposalConfirm(.en)))
            let form = try #require(RenderedForm(in: page, actionPrefix: SiteURL.pairWithdrawProposal(pairID).path))
            // B's coordinator cannot reach it.
            let otherCoordinator = TestClient(app)
            try await otherCoordinator.signIn(fixture.b.emails[.coordinator]!)
            #expect(try await otherCoordinator.post(form.action).status == .notFound)
            // act
            #expect(try await coordinator.post(form.action, form.fields).status == .seeOther)
            // validate
            let after = try #require(try await Mentorship.find(pairID, on: app.db))
            #expect(after.status == .ended && after.endReason == PairMoves.proposalWithdrawnReason)
            #expect(try await coordinator.get(SiteURL.pair(pairID).path).body.string.contains("proposal withdrawn by the coordinator"))
            #expect(try await coordinator.post(form.action, form.fields).status == .conflict)
            // A running pair is not a proposal to withdraw.
            #expect(try await coordinator.post(SiteURL.pairWithdrawProposal(fixture.a.pair).path).status == .conflict)
            #expect(try await Mentorship.find(fixture.a.pair, on: app.db)?.status == .active)
        }
    }

    @Test func aRoundIsUndoneWhileNobodyAcceptedAndItsMenteesAreMatchedAgain() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let (pair, coordinator) = try await Self.publish(fixture, on: app)
            let roundID = try #require(pair.roundID)
            let path = SiteURL.matching(programme: fixture.a.programme).path
            let page = try await coordinator.get(path).body.string
            #expect(page.contains(T.publishedRounds(.en)) && page.contains(T.undoRoundConfirm(.en)))
            let form = try #require(RenderedForm(in: page, actionPrefix: SiteURL.matchingUndo(programme: fixture.a.programme).path))
            // act
            let response = try await coordinator.post(form.action, form.fields)
            // validate
            #expect(response.status == .seeOther && response.headers.first(name: .location) == path)
            let after = try #require(try await Mentorship.find(try pair.requireID(), on: app.db))
            #expect(after.status == .ended && after.endReason == PairMoves.roundUndoneReason)
            #expect(try await PublishedRound.find(roundID, on: app.db)?.undoneAt != nil)
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "matching_undo").count() == 1)
            let again = try await coordinator.get(path).body.string
            #expect(!again.contains(T.undoRoundConfirm(.en)) && again.contains("Spare A"))
            // A second undo of the same round changes nothing.
            let twice = try await coordinator.post(form.action, form.fields)
            #expect(twice.status == .conflict && twice.body.string.contains("undone already"))
        }
    }

    @Test func undoIsRefusedOnceSomeoneInTheRoundAcceptedAndNothingChanges() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let (pair, coordinator) = try await Self.publish(fixture, on: app)
            let pairID = try pair.requireID()
            // The coordinator has the page open with its undo form ...
            let page = try await coordinator.get(SiteURL.matching(programme: fixture.a.programme).path).body.string
            let form = try #require(RenderedForm(in: page, actionPrefix: SiteURL.matchingUndo(programme: fixture.a.programme).path))
            // ... while the mentee accepts.
            let mentee = TestClient(app)
            try await mentee.signIn("spare@a.example")
            #expect(try await mentee.post(SiteURL.pairAccept(pairID).path).status == .seeOther)
            // act
            let response = try await coordinator.post(form.action, form.fields)
            // validate: refused with the reason, the proposal and the round as they were
            #expect(response.status == .conflict)
            #expect(response.body.string.contains("This round can no longer be undone: someone has accepted in 1 pair"))
            let after = try #require(try await Mentorship.find(pairID, on: app.db))
            #expect(after.status == .proposed && after.menteeAcceptedAt != nil && after.endReason == nil)
            #expect(try await PublishedRound.find(try #require(pair.roundID), on: app.db)?.undoneAt == nil)
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "matching_undo").count() == 0)
            #expect(!(try await coordinator.get(SiteURL.matching(programme: fixture.a.programme).path).body.string.contains(T.undoRoundConfirm(.en))))
        }
    }

    @Test func aRoundOfAnotherProgrammeOrOrganisationCannotBeUndoneHere() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let (pair, coordinator) = try await Self.publish(fixture, on: app)
            let round = try #require(pair.roundID)
            let second = Programme(organisationID: fixture.a.id, name: "Second", startsOn: Date(timeIntervalSinceNow: -86_400),
                                   endsOn: Date(timeIntervalSinceNow: 86_400 * 200), cadenceDays: 28)
            try await second.create(on: app.db)
            // act: the round's id sent to another programme's undo, and by B's coordinator to A's programme
            let elsewhere = try await coordinator.post(SiteURL.matchingUndo(programme: try second.requireID()).path, [("round", round.uuidString)])
            let other = TestClient(app)
            try await other.signIn(fixture.b.emails[.coordinator]!)
            let outsider = try await other.post(SiteURL.matchingUndo(programme: fixture.a.programme).path, [("round", round.uuidString)])
            let garbled = try await coordinator.post(SiteURL.matchingUndo(programme: fixture.a.programme).path, [("round", "not-an-id")])
            // validate
            #expect(elsewhere.status == .notFound && outsider.status == .notFound && garbled.status == .badRequest)
            #expect(try await Mentorship.find(try pair.requireID(), on: app.db)?.status == .proposed)
        }
    }

    @Test func matchingSkipsThePausedPairsMenteeAndNeverProposesTheSameTwoPeopleAgain() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            // setup: her pair is paused; in a second programme she is in the round, locked with her own mentor.
            try await Mentorship.query(on: app.db).filter(\.$id == fixture.a.pair).set(\.$status, to: .paused).update()
            let second = Programme(organisationID: fixture.a.id, name: "Second", startsOn: Date(timeIntervalSinceNow: -86_400),
                                   endsOn: Date(timeIntervalSinceNow: 86_400 * 200), cadenceDays: 28)
            try await second.create(on: app.db)
            try await MatchingMark(programmeID: try second.requireID(), menteeID: fixture.a.mentee, mentorID: fixture.a.mentor, mark: .locked)
                .create(on: app.db)
            // act
            let first = try #require(try await Programme.find(fixture.a.programme, on: app.db))
            let inFirst = try await MatchingRound.load(programme: first, organisationID: fixture.a.id, now: Date(), on: app.db)
            let inSecond = try await MatchingRound.load(programme: second, organisationID: fixture.a.id, now: Date(), on: app.db)
            // validate: skipped in her own programme; elsewhere never with her own mentor, lock or not
            #expect(!inFirst.mentees.contains { $0.id == fixture.a.mentee.uuidString })
            #expect(!inSecond.proposal.pairs.contains { $0.mentee == fixture.a.mentee.uuidString && $0.mentor == fixture.a.mentor.uuidString })
            #expect(inSecond.mentors.first { $0.id == fixture.a.mentor.uuidString }?.placesLeft == 2)
        }
    }

    @Test func theDatabaseHoldsOneOpenPairOfTheSameTwoPeople() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let second = Programme(organisationID: fixture.a.id, name: "Second", startsOn: Date(timeIntervalSinceNow: -86_400),
                                   endsOn: Date(timeIntervalSinceNow: 86_400 * 200), cadenceDays: 28)
            try await second.create(on: app.db)
            let secondID = try second.requireID()
            // act: a second open pair of the fixture's mentor and mentee, written past every check
            let duplicate = Mentorship(organisationID: fixture.a.id, programmeID: secondID, mentorID: fixture.a.mentor,
                                       menteeID: fixture.a.mentee, status: .proposed)
            await #expect(throws: (any Error).self) { try await duplicate.create(on: app.db) }
            // An ended one beside it is history, and allowed.
            try await Mentorship(organisationID: fixture.a.id, programmeID: secondID, mentorID: fixture.a.mentor, menteeID: fixture.a.mentee,
                                 status: .ended).create(on: app.db)
            // The coordinator's form says why instead.
            let coordinator = TestClient(app, acceptLanguage: "en")
            try await coordinator.signIn(fixture.a.emails[.coordinator]!)
            let page = try await coordinator.get(SiteURL.pairNew.path).body.string
            let form = try #require(RenderedForm(in: page, actionPrefix: SiteURL.pairs.path))
            let response = try await coordinator.post(form.action, form.fields.filter { !["programme", "mentor", "mentee"].contains($0.0) }
                + [("programme", secondID.uuidString), ("mentor", fixture.a.mentor.uuidString), ("mentee", fixture.a.mentee.uuidString)])
            #expect(response.status == .unprocessableEntity && response.body.string.contains(T.workflowProblem(.pairExists)(.en)))
            #expect(try await Mentorship.query(on: app.db).filter(\.$mentee.$id == fixture.a.mentee).filter(\.$status != .ended).count() == 1)
        }
    }

    @Test func theMigrationClosesSecondOpenPairsKeepingTheOneThatWentFurthest() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let sql = try #require(app.db as? any SQLDatabase)
            // setup: the data as the bug left it, before the guard
            try await sql.drop(index: AddPairDecisionsAndAvailability.openPairIndex).run()
            let duplicate = Mentorship(organisationID: fixture.a.id, programmeID: fixture.a.programme, mentorID: fixture.a.mentor,
                                       menteeID: fixture.a.mentee, status: .proposed)
            try await duplicate.create(on: app.db)
            // act
            try await AddPairDecisionsAndAvailability.closeSecondOpenPairs(on: app.db, now: Date())
            try await sql.raw("CREATE UNIQUE INDEX \(ident: AddPairDecisionsAndAvailability.openPairIndex) ON mentorships (mentor_id, mentee_id) WHERE status <> 'ended'").run()
            // validate
            #expect(try await Mentorship.find(fixture.a.pair, on: app.db)?.status == .active)
            let closed = try #require(try await Mentorship.find(try duplicate.requireID(), on: app.db))
            #expect(closed.status == .ended && closed.endReason == AddPairDecisionsAndAvailability.secondPairReason)
        }
    }
}
