import Testing
import Foundation
@testable import MentorCore

/// A worked example of a programme's health, every expected figure computed in the comments.
@Suite struct ProgrammeHealthTests {
    static func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text + "T00:00:00Z")! }
    static let (p1, p2, p3, p4, p5) = (UUID(), UUID(), UUID(), UUID(), UUID())
    static let (c1, c2, c3, c4) = (UUID(), UUID(), UUID(), UUID())
    static let (a, b, c) = (UUID(), UUID(), UUID())

    static func input(pulse: [HealthInput.PulseAnswer]) -> HealthInput {
        typealias Pair = HealthInput.Pair
        typealias Talk = HealthInput.Conversation
        return HealthInput(
            now: date("2026-06-01"), cadenceDays: 28, pulseIntervalDays: 60,
            pairs: [
                Pair(id: p1, mentorName: "Jeroen", menteeName: "Emma", status: .active, createdAt: date("2026-01-01"), startedOn: date("2026-01-01"), agreementDiscussed: true),
                Pair(id: p2, mentorName: "Lisa", menteeName: "Daan", status: .active, createdAt: date("2026-03-01"), startedOn: date("2026-03-01"), agreementDiscussed: false),
                Pair(id: p3, mentorName: "Ahmed", menteeName: "Sanne", status: .paused, createdAt: date("2026-02-01"), startedOn: date("2026-02-01"), agreementDiscussed: false),
                Pair(id: p4, mentorName: "Jeroen", menteeName: "Noah", status: .proposed, createdAt: date("2026-05-25"), startedOn: nil, agreementDiscussed: false),
                Pair(id: p5, mentorName: "Lisa", menteeName: "Mila", status: .ended, createdAt: date("2025-09-01"), startedOn: date("2025-09-01"), agreementDiscussed: true),
            ],
            conversations: [
                Talk(id: c1, pair: p1, date: date("2026-01-10"), held: true, menteeInitiated: true, mentorTalkShare: 0.35),
                Talk(id: c2, pair: p1, date: date("2026-02-10"), held: true, menteeInitiated: false, mentorTalkShare: 0.62),
                Talk(id: c3, pair: p1, date: date("2026-03-10"), held: true, menteeInitiated: true, mentorTalkShare: 0.41),
                Talk(id: c4, pair: p1, date: date("2026-05-20"), held: true, menteeInitiated: true, mentorTalkShare: nil),
                Talk(id: UUID(), pair: p2, date: date("2026-03-15"), held: true, menteeInitiated: false, mentorTalkShare: 0.55),
                Talk(id: UUID(), pair: p2, date: date("2026-06-10"), held: false, menteeInitiated: false, mentorTalkShare: nil),
                Talk(id: UUID(), pair: p5, date: date("2025-10-01"), held: true, menteeInitiated: true, mentorTalkShare: 0.95),
            ],
            goals: [
                HealthInput.Goal(pair: p1, evidenceConversations: [c1]),
                HealthInput.Goal(pair: p1, evidenceConversations: [c4]),
                HealthInput.Goal(pair: p3, evidenceConversations: []),
            ],
            fitAnswers: [.goodFit, .goodFit, .notSure],
            pulseAnswers: pulse)
    }

    @Test func figuresOfTheWorkedExample() {
        let health = ProgrammeHealth.compute(Self.input(pulse: []))
        #expect(health.statusCounts == [.proposed: 1, .active: 2, .paused: 1, .ended: 1])
        // Numbered by formation: p5 (2025-09) 1, p1 2, p3 3, p2 4, p4 5; only active and paused pairs get a row.
        // p1: 151 days since 1 January / 28 = 5 expected, 4 held. The last three held are 10 Feb, 10 Mar
        //     and 20 May: the goal with evidence only on 10 January counts, the one with evidence on 20 May not.
        // p3: 120 days / 28 = 4 expected, none held, its one goal has no evidence.
        // p2: 92 days / 28 = 3 expected, 1 held (the planned one in June does not count), no goals.
        #expect(health.pairs == [
            .init(number: 2, status: .active, held: 4, expected: 5, goalsWithoutRecentEvidence: 1, agreementDiscussed: true),
            .init(number: 3, status: .paused, held: 0, expected: 4, goalsWithoutRecentEvidence: 1, agreementDiscussed: false),
            .init(number: 4, status: .active, held: 1, expected: 3, goalsWithoutRecentEvidence: 0, agreementDiscussed: false),
        ])
        // Quiet means more than 1.5 x 28 = 42 days: p2's last conversation, 15 March, is 78 days ago;
        // p1's (20 May) 12 days; p3 is paused.
        #expect(health.quiet == [.init(pair: Self.p2, mentorName: "Lisa", menteeName: "Daan", lastConversation: Self.date("2026-03-15"), daysQuiet: 78)])
        #expect(health.waiting == [.init(pair: Self.p4, mentorName: "Jeroen", menteeName: "Noah", daysWaiting: 7)])
        #expect(health.agreementsNotDiscussed == 2)
        // Mentee initiative per pair with a held conversation: p1 3/4, p2 0/1, p5 1/1; mean 1.75 / 3.
        #expect(abs(health.averageMenteeInitiative! - 1.75 / 3) < 1e-12)
        // Talk shares 0.35, 0.62, 0.41, 0.55, 0.95 fall in tenths 3, 6, 4, 5 and 9.
        #expect(health.talkShareHistogram == [0, 0, 0, 1, 1, 1, 1, 0, 0, 1])
        #expect(health.fitAnswers == [.goodFit: 2, .notSure: 1, .notAGoodFit: 0])
    }

    @Test func pulseResultsStayHiddenBelowThreePeople() {
        // The window is the last 60 days: after 2 April. The 1 March answer falls outside.
        let two = [
            HealthInput.PulseAnswer(person: Self.a, value: 4, improvement: "More time", date: Self.date("2026-05-01")),
            HealthInput.PulseAnswer(person: Self.b, value: 5, improvement: "", date: Self.date("2026-05-10")),
            HealthInput.PulseAnswer(person: Self.a, value: 3, improvement: "Old answer", date: Self.date("2026-03-01")),
        ]
        let hidden = ProgrammeHealth.compute(Self.input(pulse: two)).pulse
        #expect(hidden == .init(answers: 2, respondents: 2, average: nil, distribution: nil, improvements: nil))
        // A third person: (4 + 5 + 2) / 3; values 2, 4 and 5; texts in alphabetical order, the empty one left out.
        let three = two + [HealthInput.PulseAnswer(person: Self.c, value: 2, improvement: "Agenda earlier", date: Self.date("2026-05-20"))]
        let shown = ProgrammeHealth.compute(Self.input(pulse: three)).pulse
        #expect(shown.respondents == 3 && shown.answers == 3)
        #expect(abs(shown.average! - 11.0 / 3) < 1e-12)
        #expect(shown.distribution == [0, 1, 0, 1, 1])
        #expect(shown.improvements == ["Agenda earlier", "More time"])
    }
}

@Suite struct PulseScheduleTests {
    @Test func aRoundOpensAtTheEndOfEachInterval() {
        let start = ProgrammeHealthTests.date("2026-01-01")
        // 59 days in: not yet; 60: round 1; 119: still round 1; 120: round 2.
        #expect(PulseSchedule.round(startedOn: start, now: start.addingTimeInterval(59 * 86_400), intervalDays: 60) == 0)
        #expect(PulseSchedule.round(startedOn: start, now: start.addingTimeInterval(60 * 86_400), intervalDays: 60) == 1)
        #expect(PulseSchedule.round(startedOn: start, now: start.addingTimeInterval(119 * 86_400), intervalDays: 60) == 1)
        #expect(PulseSchedule.openRound(startedOn: start, now: start.addingTimeInterval(130 * 86_400), intervalDays: 60, answeredRounds: [1]) == 2)
        #expect(PulseSchedule.openRound(startedOn: start, now: start.addingTimeInterval(130 * 86_400), intervalDays: 60, answeredRounds: [2]) == nil)
        #expect(PulseSchedule.openRound(startedOn: start, now: start.addingTimeInterval(10 * 86_400), intervalDays: 60, answeredRounds: []) == nil)
    }
}
