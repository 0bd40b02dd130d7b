import Testing
import Foundation
@testable import MentorCore

/// Who may move a pair, and what each place may do on it, per status.
@Suite struct PairMovesTests {
    @Test func theMentorAnswersAProposedPairAndNobodyElseMovesIt() {
        #expect(PairMoves.allowed(status: .proposed, place: .mentor) == [.accept, .decline])
        #expect(PairMoves.allowed(status: .proposed, place: .coordinator) == [])
        // Issue 15: the mentee may now withdraw her own request while it is proposed.
        #expect(PairMoves.allowed(status: .proposed, place: .mentee) == [.withdraw])
    }

    @Test func theMenteeWithdrawsOnlyAProposedPair() throws {
        try PairMoves.check(.withdraw, status: .proposed, place: .mentee)
        #expect(PairMove.withdraw.target == .ended)
        for status in [MentorshipStatus.active, .paused, .ended] {
            #expect(throws: WorkflowProblem.statusChangeNotAllowed(from: status, to: .ended)) {
                try PairMoves.check(.withdraw, status: status, place: .mentee)
            }
        }
        for place in [PairPlace.mentor, .coordinator] {
            #expect(throws: WorkflowProblem.statusChangeNotAllowed(from: .proposed, to: .ended)) {
                try PairMoves.check(.withdraw, status: .proposed, place: place)
            }
        }
        #expect(PairActions.of(status: .proposed, place: .mentee).moves == [.withdraw])
        #expect(PairMoves.move(from: .proposed, to: .ended) == .decline)
    }

    @Test func mentorAndCoordinatorPauseResumeAndEndARunningPair() {
        for place in [PairPlace.mentor, .coordinator] {
            #expect(PairMoves.allowed(status: .active, place: place) == [.pause, .end])
            #expect(PairMoves.allowed(status: .paused, place: place) == [.resume, .end])
            #expect(PairMoves.allowed(status: .ended, place: place) == [])
        }
        #expect(PairMoves.allowed(status: .active, place: .mentee) == [])
    }

    @Test func aMoveNotOfferedIsRefusedWithItsTarget() {
        #expect(throws: WorkflowProblem.statusChangeNotAllowed(from: .active, to: .active)) {
            try PairMoves.check(.accept, status: .active, place: .mentor)
        }
        #expect(throws: WorkflowProblem.statusChangeNotAllowed(from: .ended, to: .ended)) {
            try PairMoves.check(.decline, status: .ended, place: .mentor)
        }
        #expect(throws: WorkflowProblem.statusChangeNotAllowed(from: .ended, to: .active)) {
            _ = try PairMoves.check(from: .ended, to: .active, place: .mentor, reason: "")
        }
        #expect(throws: WorkflowProblem.statusChangeNotAllowed(from: .proposed, to: .active)) {
            _ = try PairMoves.check(from: .proposed, to: .active, place: .coordinator, reason: "")
        }
        #expect(throws: WorkflowProblem.statusChangeNotAllowed(from: .paused, to: .paused)) {
            _ = try PairMoves.check(from: .paused, to: .paused, place: .mentor, reason: "")
        }
    }

    @Test func endingARunningPairNeedsAReason() throws {
        #expect(throws: WorkflowProblem.endReasonRequired) {
            _ = try PairMoves.check(from: .active, to: .ended, place: .mentor, reason: "  ")
        }
        #expect(try PairMoves.check(from: .active, to: .ended, place: .coordinator, reason: "Moved office") == .end)
        #expect(try PairMoves.check(from: .paused, to: .active, place: .mentor, reason: "") == .resume)
        #expect(try PairMoves.check(from: .active, to: .paused, place: .mentor, reason: "") == .pause)
    }

    @Test func theFitCheckOpensAfterAHeldConversationUntilThePairEnds() {
        #expect(throws: WorkflowProblem.fitCheckTooEarly) { try PairMoves.checkFitCheck(status: .active, heldConversations: 0) }
        #expect(throws: WorkflowProblem.pairEnded) { try PairMoves.checkFitCheck(status: .ended, heldConversations: 2) }
        #expect(throws: Never.self) { try PairMoves.checkFitCheck(status: .paused, heldConversations: 1) }
        #expect(PairActions.of(status: .active, place: .mentee, heldConversations: 1).answerFitCheck)
        #expect(!PairActions.of(status: .active, place: .mentee, heldConversations: 0).answerFitCheck)
        #expect(!PairActions.of(status: .active, place: .coordinator, heldConversations: 3).answerFitCheck)
    }

    @Test func actionsFollowThePlaceAndTheStatus() {
        let mentee = PairActions.of(status: .active, place: .mentee)
        #expect(mentee.writeGoal && mentee.planConversation && mentee.openProgress && !mentee.openMirror && mentee.moves.isEmpty)
        let mentor = PairActions.of(status: .proposed, place: .mentor)
        #expect(!mentor.planConversation && !mentor.openMirror && mentor.editAgreement && mentor.moves == [.accept, .decline])
        let coordinator = PairActions.of(status: .paused, place: .coordinator)
        #expect(!coordinator.seeContent && !coordinator.editAgreement && coordinator.moves == [.resume, .end])
        let ended = PairActions.of(status: .ended, place: .mentee, heldConversations: 4)
        #expect(!ended.writeGoal && !ended.planConversation && !ended.editAgreement && ended.openProgress)
    }
}
