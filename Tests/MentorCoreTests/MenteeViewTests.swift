import Testing
import Foundation
@testable import MentorCore

/// The mentee's view (issue 14): the mentor sees the mentee's answers only as counts per point
/// of the scale, and only from three answers on. Each expected value is worked out by hand in
/// the comment beside it.
@Suite struct MenteeViewTests {
    static func held(_ daysAgo: Double, status: ConversationStatus = .held) -> ConversationRecord {
        ConversationRecord(id: UUID(), date: MirrorTests.daysAgo(daysAgo), status: status, initiator: .mentor)
    }

    static func pair(_ conversations: [ConversationRecord], answers: [(Int, Int, Int)]) -> PairRecord {
        var pair = PairRecord(pairID: UUID(), menteeName: "A", conversations: conversations)
        pair.menteeAnswers = answers.map { MenteeAnswerRecord(conversationID: conversations[$0.0].id, room: $0.1, challenge: $0.2) }
        return pair
    }

    @Test func twoAnswersShowNothingNotEvenTheirCount() {
        // 2 answers < threshold 3: hidden, with no count and no distribution.
        let conversations = [Self.held(40), Self.held(20)]
        let figure = MirrorTests.mirror(Self.pair(conversations, answers: [(0, 4, 3), (1, 2, 1)])).menteeView
        #expect(figure == .hidden)
        #expect(figure.shown == false && figure.answers == nil && figure.room == nil && figure.challenge == nil)
        #expect(figure.threshold == 3)
    }

    @Test func threeAnswersShowTheCountsPerPointOfEachQuestion() {
        // Room: 4, 2, 4 -> point 2 once, point 4 twice -> [0, 1, 0, 2, 0].
        // Challenge: 3, 1, 3 -> point 1 once, point 3 twice -> [1, 0, 2, 0, 0].
        let conversations = [Self.held(60), Self.held(40), Self.held(20)]
        let figure = MirrorTests.mirror(Self.pair(conversations, answers: [(0, 4, 3), (1, 2, 1), (2, 4, 3)])).menteeView
        #expect(figure.shown)
        #expect(figure.answers == 3)
        #expect(figure.room == [0, 1, 0, 2, 0])
        #expect(figure.challenge == [1, 0, 2, 0, 0])
        #expect(figure.counts(.room) == figure.room && figure.counts(.challenge) == figure.challenge)
    }

    @Test func onlyAnswersToHeldConversationsOfThePeriodCount() {
        // Five answers, but one is about a conversation 300 days ago (outside the six months),
        // one about a planned conversation, one has a point 6 (outside 1-5): 2 are left -> hidden.
        let conversations = [Self.held(300), Self.held(50), Self.held(30, status: .planned), Self.held(20), Self.held(10)]
        let figure = MirrorTests.mirror(Self.pair(conversations, answers: [(0, 5, 5), (1, 3, 3), (2, 3, 3), (3, 6, 3), (4, 1, 2)])).menteeView
        #expect(figure == .hidden)
        // With one more held conversation answered (room 5, challenge 5) there are 3:
        // room 3, 1, 5 -> [1, 0, 1, 0, 1]; challenge 3, 2, 5 -> [0, 1, 1, 0, 1].
        var more = conversations
        more.append(Self.held(5))
        let shown = MirrorTests.mirror(Self.pair(more, answers: [(0, 5, 5), (1, 3, 3), (2, 3, 3), (3, 6, 3), (4, 1, 2), (5, 5, 5)])).menteeView
        #expect(shown.answers == 3)
        #expect(shown.room == [1, 0, 1, 0, 1])
        #expect(shown.challenge == [0, 1, 1, 0, 1])
    }

    @Test func aSecondAnswerToTheSameConversationIsNotCountedTwice() {
        // Three answer rows but two are about conversation 0: 2 conversations -> hidden.
        let conversations = [Self.held(40), Self.held(20)]
        #expect(MirrorTests.mirror(Self.pair(conversations, answers: [(0, 4, 3), (0, 4, 3), (1, 2, 1)])).menteeView == .hidden)
    }

    @Test func acrossMenteesTheDistributionsAreSummedUnderTheSameThreshold() {
        // Mentee A answered twice (room 5, 4; challenge 3, 3), mentee B once (room 2; challenge 4):
        // each alone is hidden; summed there are 3: room [0, 1, 0, 1, 1], challenge [0, 0, 2, 1, 0].
        let a = Self.pair([Self.held(40), Self.held(20)], answers: [(0, 5, 3), (1, 4, 3)])
        let b = Self.pair([Self.held(30)], answers: [(0, 2, 4)])
        #expect(MirrorTests.mirror(a).menteeView == .hidden)
        #expect(MirrorTests.mirror(b).menteeView == .hidden)
        let settings = MirrorSettings.lastSixMonths(now: MirrorTests.now)
        let overall = Mirror.acrossMentees([a, b], settings: settings)?.menteeView
        #expect(overall?.answers == 3)
        #expect(overall?.room == [0, 1, 0, 1, 1])
        #expect(overall?.challenge == [0, 0, 2, 1, 0])
    }

    @Test func theDistributionCountsEachPointOfTheScale() {
        // 1, 1, 5, 3, 0 (ignored), 7 (ignored) -> [2, 0, 1, 0, 1].
        #expect(MenteeView.distribution([1, 1, 5, 3, 0, 7]) == [2, 0, 1, 0, 1])
        #expect(MenteeView.distribution([]) == [0, 0, 0, 0, 0])
    }

    @Test func theJSONNamesTheFigureAndLeavesOutWhatIsHidden() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(String(decoding: try encoder.encode(MenteeViewFigure.hidden), as: UTF8.self) == #"{"shown":false,"threshold":3}"#)
        let shown = MenteeViewFigure(shown: true, answers: 3, room: [0, 1, 0, 2, 0], challenge: [1, 0, 2, 0, 0])
        #expect(String(decoding: try encoder.encode(shown), as: UTF8.self)
                == #"{"answers":3,"challenge":[1,0,2,0,0],"room":[0,1,0,2,0],"shown":true,"threshold":3}"#)
    }
}

extension MenteeViewTests {
    @Test func theMenteeAnswersOnlyAboutAHeldConversationOfAnOpenPairWithTheQuestionsOn() {
        #expect(MenteeView.refusal(conversation: .held, pairEnded: false, switchedOff: false) == nil)
        #expect(MenteeView.refusal(conversation: .planned, pairEnded: false, switchedOff: false) == .notHeld)
        #expect(MenteeView.refusal(conversation: .cancelled, pairEnded: false, switchedOff: false) == .notHeld)
        #expect(MenteeView.refusal(conversation: .held, pairEnded: true, switchedOff: false) == .pairEnded)
        #expect(MenteeView.refusal(conversation: .held, pairEnded: false, switchedOff: true) == .switchedOff)
        // Not held comes first: a planned conversation is not asked about, switched off or not.
        #expect(MenteeView.refusal(conversation: .planned, pairEnded: true, switchedOff: true) == .notHeld)
    }
}
