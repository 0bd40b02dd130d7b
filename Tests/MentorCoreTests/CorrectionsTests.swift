import Testing
import Foundation
@testable import MentorCore

@Suite struct CorrectionsTests {
    @Test func onlyTheAuthorOfAnAgendaItemChangesIt() throws {
        try Corrections.checkAuthor(.mentee, editor: .mentee)
        #expect(throws: CorrectionProblem.notTheAuthor) { try Corrections.checkAuthor(.mentee, editor: .mentor) }
        #expect(throws: CorrectionProblem.notTheAuthor) { try Corrections.checkAuthor(.mentor, editor: nil) }
        #expect(Corrections.isAuthor(.mentor, editor: .mentor))
        #expect(!Corrections.isAuthor(.mentor, editor: .mentee))
    }

    @Test func onlyAPlannedConversationIsCancelledOrMoved() throws {
        try Corrections.checkPlanned(.planned)
        #expect(throws: CorrectionProblem.notPlanned(.held)) { try Corrections.checkPlanned(.held) }
        #expect(throws: CorrectionProblem.notPlanned(.cancelled)) { try Corrections.checkPlanned(.cancelled) }
        #expect(Corrections.canCancelOrReschedule(.planned))
        #expect(!Corrections.canCancelOrReschedule(.held))
    }

    @Test func aHeldConversationIsNeverMarkedCancelled() throws {
        #expect(throws: CorrectionProblem.heldCannotBeCancelled) { try Corrections.checkStatusChange(from: .held, to: .cancelled) }
        try Corrections.checkStatusChange(from: .planned, to: .cancelled)
        try Corrections.checkStatusChange(from: .cancelled, to: .planned)
        try Corrections.checkStatusChange(from: .held, to: .held)
    }

    @Test func aThemeInUseIsNotRemoved() throws {
        try Corrections.checkRemovable(usedBy: 0)
        #expect(throws: CorrectionProblem.inUse(count: 2)) { try Corrections.checkRemovable(usedBy: 2) }
    }
}
