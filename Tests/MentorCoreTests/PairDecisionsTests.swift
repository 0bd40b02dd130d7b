import Testing
import Foundation
@testable import MentorCore

/// Decisions on a pair matching proposed: both sides say yes, either may say no, the coordinator
/// may take it back, and a round can be undone until anyone has accepted (issue 15).
@Suite struct PairDecisionsTests {
    static let proposal = PairStanding(origin: .matching)

    @Test func bothSidesAnswerAMatchingProposalAndTheCoordinatorMayWithdrawIt() {
        #expect(PairMoves.allowed(status: .proposed, place: .mentee, standing: Self.proposal) == [.accept, .decline])
        #expect(PairMoves.allowed(status: .proposed, place: .mentor, standing: Self.proposal) == [.accept, .decline])
        #expect(PairMoves.allowed(status: .proposed, place: .coordinator, standing: Self.proposal) == [.withdrawProposal])
        #expect(PairMove.withdrawProposal.target == .ended)
        // A request stays the mentee's to withdraw and the mentor's to answer; no coordinator move.
        #expect(PairMoves.allowed(status: .proposed, place: .mentee, standing: .request) == [.withdraw])
        #expect(PairMoves.allowed(status: .proposed, place: .coordinator, standing: .request) == [])
    }

    @Test func afterHerYesTheMenteeCanStillDeclineButNotAcceptAgain() throws {
        let accepted = PairStanding(origin: .matching, menteeAccepted: true)
        #expect(PairMoves.allowed(status: .proposed, place: .mentee, standing: accepted) == [.decline])
        #expect(PairMoves.allowed(status: .proposed, place: .mentor, standing: accepted) == [.accept, .decline])
        #expect(throws: WorkflowProblem.statusChangeNotAllowed(from: .proposed, to: .active)) {
            try PairMoves.check(.accept, status: .proposed, place: .mentee, standing: accepted)
        }
        try PairMoves.check(.decline, status: .proposed, place: .mentee, standing: accepted)
    }

    @Test func aProposalStartsWhenTheSecondSideAccepts() {
        #expect(Self.proposal.afterAccepting(by: .mentee) == .waitsFor(.mentor))
        #expect(Self.proposal.afterAccepting(by: .mentor) == .waitsFor(.mentee))
        #expect(PairStanding(origin: .matching, mentorAccepted: true).afterAccepting(by: .mentee) == .startsPair)
        #expect(PairStanding(origin: .matching, menteeAccepted: true).afterAccepting(by: .mentor) == .startsPair)
        // A request was the mentee's yes already.
        #expect(PairStanding.request.afterAccepting(by: .mentor) == .startsPair)
    }

    @Test func nobodyMovesAPairThatIsNoLongerProposed() {
        for status in [MentorshipStatus.active, .paused, .ended] {
            #expect(!PairMoves.allowed(status: status, place: .mentee, standing: Self.proposal).contains(.accept))
            #expect(!PairMoves.allowed(status: status, place: .coordinator, standing: Self.proposal).contains(.withdrawProposal))
        }
        #expect(throws: WorkflowProblem.statusChangeNotAllowed(from: .active, to: .ended)) {
            try PairMoves.check(.withdrawProposal, status: .active, place: .coordinator, standing: Self.proposal)
        }
        #expect(throws: WorkflowProblem.statusChangeNotAllowed(from: .proposed, to: .ended)) {
            try PairMoves.check(.withdrawProposal, status: .proposed, place: .mentor, standing: Self.proposal)
        }
    }

    @Test func aRoundIsUndoneOnlyWhileNobodyInItAccepted() throws {
        try PairMoves.checkUndo([Self.proposal, Self.proposal], undone: false)
        #expect(throws: RoundUndoProblem.someoneAccepted(pairs: 2)) {
            try PairMoves.checkUndo([PairStanding(origin: .matching, menteeAccepted: true), Self.proposal,
                                     PairStanding(origin: .matching, mentorAccepted: true, menteeAccepted: true)], undone: false)
        }
        #expect(throws: RoundUndoProblem.alreadyUndone) { try PairMoves.checkUndo([Self.proposal], undone: true) }
    }

    @Test func thePairPageOffersExactlyTheDecisions() {
        let mentee = PairActions.of(status: .proposed, place: .mentee, standing: Self.proposal)
        #expect(mentee.moves == [.accept, .decline] && !mentee.openProgress && !mentee.writeGoal)
        #expect(PairActions.of(status: .proposed, place: .coordinator, standing: Self.proposal).moves == [.withdrawProposal])
    }
}
