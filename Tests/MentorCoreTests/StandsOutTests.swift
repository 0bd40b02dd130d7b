import Testing
import Foundation
@testable import MentorCore

/// "What stands out" (issue 14): at most three lines, picked in a fixed order.
@Suite struct StandsOutTests {
    static func measured(_ daysAgo: Double, estimate: Double, measured: Double, by initiator: PairSide = .mentor) -> ConversationRecord {
        ConversationRecord(id: UUID(), date: MirrorTests.daysAgo(daysAgo), status: .held, initiator: initiator, estimatedTalkShare: estimate,
                           measured: MeasuredTalk(mentorShare: measured, openQuestions: 0, closedQuestions: 0, statements: 0, longestMonologueSeconds: 0),
                           estimateBeforeMeasured: estimate)
    }

    @Test func theFirstThreeThatApplyInOrder() {
        // Measured 0.60 and 0.70 (mean 0.65): talk = 1/3 + 0.20 / 0.55 * 2/3 = 0.5758 -> too much (talk above the range).
        // Estimates 0.45 and 0.55: gaps -15 and -15 -> mean -15 (10 or more) -> stands out.
        // No agreement -> stands out; the mentor initiated both (initiative 0 -> mentor) -> fourth, left out.
        let mirror = MirrorTests.mirror(PairRecord(pairID: UUID(), menteeName: "A", conversations: [
            Self.measured(40, estimate: 0.45, measured: 0.60), Self.measured(10, estimate: 0.55, measured: 0.70),
        ]))
        #expect(mirror.standsOut.map(\.kind) == [.sending, .calibration, .agreement])
        #expect(mirror.standsOut[0].verdict == .tooMuch && mirror.standsOut[0].reason == .talkAboveBand && mirror.standsOut[0].section == .sending)
        #expect(mirror.standsOut[1].points == -15 && mirror.standsOut[1].section == .calibration)
        #expect(mirror.standsOut[2].reviewDue == false && mirror.standsOut[2].section == .expectations)
        #expect(mirror.initiative.holder == .mentor)
    }

    @Test func aBalancedMirrorWithAnAgreementShowsTheGoalNotSeen() {
        // Estimates 0.35, 0.40, 0.30 (mean 0.35, within the range) -> balanced: no sending line.
        // Estimates equal to what was measured -> gap 0: no calibration line. Agreement confirmed
        // 10 days ago, discussed then: no line. Initiative: the mentee started 2 of 3 -> 0.6667 > 0.65,
        // no agenda -> the mentee's: no line. An open goal never seen in 3 held conversations -> the only line.
        let now = MirrorTests.now
        let goal = GoalRecord(id: UUID(), title: "Present to a client", theme: nil, status: .open)
        let mirror = MirrorTests.mirror(PairRecord(
            pairID: UUID(), menteeName: "A",
            conversations: [Self.measured(60, estimate: 0.35, measured: 0.35, by: .mentee), Self.measured(40, estimate: 0.40, measured: 0.40, by: .mentee),
                            Self.measured(20, estimate: 0.30, measured: 0.30)],
            agreement: AgreementRecord(discussedOn: now.addingTimeInterval(-10 * 86_400), mentorConfirmedAt: now.addingTimeInterval(-10 * 86_400),
                                       menteeConfirmedAt: now.addingTimeInterval(-10 * 86_400)),
            goals: [goal]))
        #expect(mirror.sending.verdict == .balanced && mirror.calibration.meanGapPoints == 0 && mirror.initiative.holder == .mentee)
        #expect(mirror.standsOut == [StandOut(kind: .goalNotSeen, section: .goals, count: 3, goalTitle: "Present to a client")])
    }

    @Test func acrossMenteesOnlyTheMentorsOwnFiguresStandOut() {
        // Two pairs without agreements (each would have an agreement line) and too-much sending:
        // across them only sending (0.65 -> too much) and the initiative (the mentor's) remain.
        let pairs = (0..<2).map { _ in
            PairRecord(pairID: UUID(), menteeName: "A", conversations: [
                MirrorTests.conversation(40, by: .mentor, estimate: 0.60), MirrorTests.conversation(10, by: .mentor, estimate: 0.70)])
        }
        #expect(MirrorTests.mirror(pairs[0]).standsOut.map(\.kind) == [.sending, .agreement, .initiative])
        let across = Mirror.acrossMentees(pairs, settings: MirrorTests.settings)!
        #expect(across.standsOut.map(\.kind) == [.sending, .initiative])
    }
}
