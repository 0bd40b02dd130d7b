import Testing
import Foundation
import MentorCore

@Suite struct MirrorAcrossMenteesTests {
    static let now = Date(timeIntervalSince1970: 1_767_225_600)

    static func pair(initiators: [PairSide]) -> PairRecord {
        PairRecord(pairID: UUID(), menteeName: "M", conversations: initiators.enumerated().map { index, side in
            ConversationRecord(id: UUID(), date: now.addingTimeInterval(-Double(index + 1) * 86_400 * 7), status: .held, initiator: side)
        })
    }

    @Test func oneMenteeHasNoFigureAcrossMentees() {
        #expect(Mirror.acrossMentees([Self.pair(initiators: [.mentee])], settings: .lastSixMonths(now: Self.now)) == nil)
        #expect(Mirror.acrossMentees([], settings: .lastSixMonths(now: Self.now)) == nil)
    }

    @Test func theFiguresAcrossMenteesCountEveryPairsConversations() throws {
        let pairs = [Self.pair(initiators: [.mentee, .mentee]), Self.pair(initiators: [.mentor, .mentor])]
        let overall = try #require(Mirror.acrossMentees(pairs, settings: .lastSixMonths(now: Self.now)))
        #expect(overall.conversationInitiative.heldConversations == 4)
        #expect(overall.conversationInitiative.menteeShare == 0.5)
    }
}
