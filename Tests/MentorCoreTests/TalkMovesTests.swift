import Testing
import Foundation
import MentorCore

/// The mentor's moves from a transcript, as the mirror's input carries them (issue 13); the
/// mirror's verdicts do not read them yet (issue 14 will).
@Suite struct TalkMovesTests {
    static let now = Date(timeIntervalSince1970: 1_780_000_000)

    @Test func aConversationCarriesTheMentorsMovesAndNoneWithoutATranscript() {
        let moves = TalkMoves(openQuestions: 2, closedQuestions: 1, reflected: 1, advised: 1, advisedWithPermission: 1, informed: 0, toldStories: 1)
        let measured = MeasuredTalk(mentorShare: 0.46, openQuestions: 2, closedQuestions: 1, statements: 3, longestMonologueSeconds: 8)
        let record = ConversationRecord(id: UUID(), date: Self.now, status: .held, initiator: .mentor, measured: measured, talkMoves: moves)
        #expect(record.talkMoves == moves)
        #expect(record.talkMoves?.asked == 3)
        #expect(ConversationRecord(id: UUID(), date: Self.now, status: .held, initiator: .mentee).talkMoves == nil)
    }

    @Test func movesAddUpOverConversations() {
        let first = TalkMoves(openQuestions: 2, closedQuestions: 1, reflected: 1, advised: 1, advisedWithPermission: 1, informed: 0, toldStories: 1)
        let second = TalkMoves(openQuestions: 3, closedQuestions: 4, reflected: 0, advised: 2, advisedWithPermission: 0, informed: 5, toldStories: 0)
        let total = TalkMoves.total([first, second])
        #expect(total == TalkMoves(openQuestions: 5, closedQuestions: 5, reflected: 1, advised: 3, advisedWithPermission: 1, informed: 5, toldStories: 1))
        #expect(total.asked == 10)
        #expect(TalkMoves.total([]) == .zero)
    }

    /// Since issue 14 the moves are part of sending and receiving; every other figure stays the same.
    @Test func theMovesChangeOnlySendingAndReceiving() {
        let measured = MeasuredTalk(mentorShare: 0.6, openQuestions: 1, closedQuestions: 4, statements: 20, longestMonologueSeconds: 90)
        let conversations = (1...3).map { index in
            ConversationRecord(id: UUID(), date: Self.now.addingTimeInterval(Double(-index) * 14 * 86_400), status: .held, initiator: .mentor,
                               measured: measured)
        }
        var withMoves = conversations
        for index in withMoves.indices { withMoves[index].talkMoves = TalkMoves(openQuestions: 1, closedQuestions: 4, advised: 6, informed: 9) }
        let settings = MirrorSettings.lastSixMonths(now: Self.now)
        let pairID = UUID()
        let without = Mirror.compute(PairRecord(pairID: pairID, menteeName: "Emma", conversations: conversations), values: [], settings: settings)
        let with = Mirror.compute(PairRecord(pairID: pairID, menteeName: "Emma", conversations: withMoves), values: [], settings: settings)
        // Per conversation: advice 6 + information 9 = 15 telling, 1 + 4 = 5 questions: totals 45 and 15.
        // moves = (45 - 15) / 60 = 0.5; talk (0.6) = 1/3 + 0.15 / 0.55 * 2/3 = 0.5152;
        // position = (0.6 * 0.5152 + 0.3 * 0.5) / 0.9 = (0.3091 + 0.15) / 0.9 = 0.5101, against 0.5152 without moves.
        #expect(abs(without.sending.position! - 0.5152) < 0.0005 && without.sending.reasons == [.talkAboveBand])
        #expect(abs(with.sending.position! - 0.5101) < 0.0005 && with.sending.reasons == [.talkAboveBand, .mostlyTelling])
        #expect(with.sending.telling == 45 && with.sending.receiving == 15)
        var same = with
        same.sending = without.sending
        same.balance = without.balance
        #expect(same == without)
    }
}
