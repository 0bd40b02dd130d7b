import Testing
import Foundation
@testable import MentorCore

/// How well the mentor sees their own share (issue 14): the estimate given before the measured
/// share against that share. Each expected value is computed by hand in the comment beside it.
@Suite struct CalibrationTests {
    static func conversation(_ daysAgo: Double, estimate: Double?, measured: Double?) -> ConversationRecord {
        ConversationRecord(id: UUID(), date: MirrorTests.daysAgo(daysAgo), status: .held, initiator: .mentor, estimatedTalkShare: estimate,
                           measured: measured.map { MeasuredTalk(mentorShare: $0, openQuestions: 0, closedQuestions: 0, statements: 0, longestMonologueSeconds: 0) },
                           estimateBeforeMeasured: estimate)
    }

    static func calibration(_ conversations: [ConversationRecord]) -> CalibrationFigure {
        MirrorTests.mirror(PairRecord(pairID: UUID(), menteeName: "A", conversations: conversations)).calibration
    }

    @Test func aMentorWhoPutsTheirShareLowerIsToldByHowMuchAndThatTheyAreGettingCloser() {
        // Gaps (estimate - measured) * 100: 0.30 - 0.45 = -15; 0.40 - 0.50 = -10; 0.35 - 0.37 = -2.
        // mean = -27 / 3 = -9 -> "9 points lower"; distance = (15 + 10 + 2) / 3 = 9.
        // Trend: halves of 1 (the middle left out): earlier 15, later 2; 2 <= 15 - 5 -> closer.
        // Left out: a transcript without an estimate beforehand (counted apart), an estimate
        // without a transcript, and a conversation outside the period.
        let figure = Self.calibration([
            Self.conversation(300, estimate: 0.1, measured: 0.9),
            Self.conversation(90, estimate: 0.30, measured: 0.45),
            Self.conversation(75, estimate: nil, measured: 0.60),
            Self.conversation(60, estimate: 0.40, measured: 0.50),
            Self.conversation(45, estimate: 0.40, measured: nil),
            Self.conversation(30, estimate: 0.35, measured: 0.37),
        ])
        #expect(figure.points.map(\.gapPoints) == [-15, -10, -2])
        #expect(figure.meanGapPoints == -9)
        #expect(figure.meanDistancePoints == 9)
        #expect(figure.direction == .lower)
        #expect(figure.earlierDistancePoints == 15 && figure.laterDistancePoints == 2)
        #expect(figure.trend == .closer)
        #expect(figure.measuredWithoutEstimate == 1)
    }

    @Test func gapsEitherWayAverageOutButTheDistanceSaysHowFarOff() {
        // Gaps: 0.43 - 0.40 = +3 and 0.37 - 0.40 = -3; mean 0 -> about right (within 5); distance 3.
        // Halves: earlier 3, later 3 -> steady.
        let figure = Self.calibration([Self.conversation(40, estimate: 0.43, measured: 0.40), Self.conversation(10, estimate: 0.37, measured: 0.40)])
        #expect(figure.meanGapPoints == 0 && figure.direction == .aboutRight)
        #expect(figure.meanDistancePoints == 3)
        #expect(figure.trend == .steady)
    }

    @Test func estimatesMovingAwayAreFurther() {
        // Gaps: 0.38 - 0.40 = -2; 0.60 - 0.40 = +20; 0.70 - 0.50 = +20; 0.72 - 0.50 = +22.
        // mean = 60 / 4 = 15 -> higher; distance = 64 / 4 = 16.
        // Halves of 2: earlier (2 + 20) / 2 = 11, later (20 + 22) / 2 = 21 >= 11 + 5 -> further.
        let figure = Self.calibration([
            Self.conversation(80, estimate: 0.38, measured: 0.40), Self.conversation(60, estimate: 0.60, measured: 0.40),
            Self.conversation(40, estimate: 0.70, measured: 0.50), Self.conversation(20, estimate: 0.72, measured: 0.50),
        ])
        #expect(figure.meanGapPoints == 15 && figure.direction == .higher)
        #expect(figure.meanDistancePoints == 16)
        #expect(figure.earlierDistancePoints == 11 && figure.laterDistancePoints == 21)
        #expect(figure.trend == .further)
    }

    @Test func oneConversationGivesTheGapButNoTrend() {
        // 0.30 - 0.45 = -15: "you put your share 15 points lower than it was"; a trend needs two.
        let figure = Self.calibration([Self.conversation(10, estimate: 0.30, measured: 0.45)])
        #expect(figure.meanGapPoints == -15 && figure.direction == .lower)
        #expect(figure.trend == nil)
    }

    @Test func theCurrentEstimateIsNotTheOneBeforehand() {
        // The mentor changed the estimate to 0.45 after seeing 0.45; the one given before (0.30) counts: gap -15.
        var conversation = Self.conversation(10, estimate: 0.30, measured: 0.45)
        conversation.estimatedTalkShare = 0.45
        #expect(Self.calibration([conversation]).meanGapPoints == -15)
    }

    @Test func noTranscriptsNoCalibration() {
        let figure = Self.calibration([Self.conversation(10, estimate: 0.30, measured: nil)])
        #expect(figure.points.isEmpty && figure.meanGapPoints == nil && figure.direction == nil && figure.trend == nil)
    }
}

@Suite struct EstimateFirstTests {
    static let now = Date(timeIntervalSince1970: 1_780_000_000)
    static let empty = EstimateFirst.State(estimate: nil, estimateBeforeMeasured: nil, measuredShownAt: nil)

    @Test func anEstimateOnTheMentorsUploadIsKeptAsTheOneBeforehand() {
        let state = EstimateFirst.afterUpload(Self.empty, byMentor: true, given: 0.3, now: Self.now)
        #expect(state == .init(estimate: 0.3, estimateBeforeMeasured: 0.3, measuredShownAt: Self.now))
        #expect(!EstimateFirst.mustAsk(hasTranscript: true, state))
    }

    @Test func anEstimateGivenEarlierIsKeptWhenEitherSideUploads() {
        let earlier = EstimateFirst.State(estimate: 0.4, estimateBeforeMeasured: nil, measuredShownAt: nil)
        #expect(EstimateFirst.afterUpload(earlier, byMentor: true, given: nil, now: Self.now).estimateBeforeMeasured == 0.4)
        // The mentee's upload carries no estimate of the mentor's; what the mentor gave earlier is kept.
        let byMentee = EstimateFirst.afterUpload(earlier, byMentor: false, given: 0.9, now: Self.now)
        #expect(byMentee == .init(estimate: 0.4, estimateBeforeMeasured: 0.4, measuredShownAt: Self.now))
    }

    @Test func withoutAnEstimateTheMentorIsAskedFirstAndCanAnswerOnce() {
        let uploaded = EstimateFirst.afterUpload(Self.empty, byMentor: false, given: 0.9, now: Self.now)
        #expect(uploaded == Self.empty)
        #expect(EstimateFirst.mustAsk(hasTranscript: true, uploaded))
        #expect(!EstimateFirst.mustAsk(hasTranscript: false, uploaded))
        let answered = EstimateFirst.answer(.estimate(0.35), to: uploaded, now: Self.now)
        #expect(answered == .init(estimate: 0.35, estimateBeforeMeasured: 0.35, measuredShownAt: Self.now))
        // Once the figures were shown, neither a second answer nor a new upload changes the estimate beforehand.
        #expect(EstimateFirst.answer(.estimate(0.9), to: answered, now: Self.now + 60) == answered)
        let again = EstimateFirst.afterUpload(answered, byMentor: true, given: 0.6, now: Self.now + 60)
        #expect(again == .init(estimate: 0.6, estimateBeforeMeasured: 0.35, measuredShownAt: Self.now))
    }

    @Test func skippingShowsTheFiguresWithoutAnEstimate() {
        let skipped = EstimateFirst.answer(.skip, to: Self.empty, now: Self.now)
        #expect(skipped == .init(estimate: nil, estimateBeforeMeasured: nil, measuredShownAt: Self.now))
        #expect(!EstimateFirst.mustAsk(hasTranscript: true, skipped))
        #expect(EstimateFirst.answer(.estimate(0.3), to: skipped, now: Self.now + 60) == skipped)
    }
}

/// The records tell the truth (issue 14): carried items and the period of carried actions.
@Suite struct MirrorRecordsTests {
    @Test func aCarriedItemIsNeverPreparedAndCountsWhereItWasBrought() {
        // Three held conversations:
        // 1: the mentee's item added beforehand -> prepared.
        // 2: only an item carried from conversation 1 (stored as "beforehand" by the old copy) -> not prepared.
        // 3: the mentor logged it afterwards and recorded one item as the mentee's, plus an own item.
        // preparedShare = 1 / 3. Agenda initiative over the items brought (carried left out):
        // mentee 2 (conversations 1 and 3) of 3 -> 0.6667; beforehand 1 of 3. One carried item.
        let conversations = [
            MirrorTests.conversation(90, by: .mentee, agenda: [AgendaRecord(author: .mentee, addedBeforehand: true)]),
            MirrorTests.conversation(60, by: .mentor, agenda: [AgendaRecord(author: .mentee, addedBeforehand: true, carried: true)]),
            MirrorTests.conversation(30, by: .mentor, agenda: [AgendaRecord(author: .mentee, addedBeforehand: false),
                                                               AgendaRecord(author: .mentor, addedBeforehand: false)]),
        ]
        let mirror = MirrorTests.mirror(PairRecord(pairID: UUID(), menteeName: "A", conversations: conversations))
        #expect(abs(mirror.goalDirectedness.preparedShare! - 1.0 / 3) < 1e-9)
        #expect(mirror.agendaInitiative.items == 3 && mirror.agendaInitiative.menteeItems == 2)
        #expect(abs(mirror.agendaInitiative.menteeShare! - 2.0 / 3) < 1e-9)
        #expect(abs(mirror.agendaInitiative.beforehandShare! - 1.0 / 3) < 1e-9)
        #expect(mirror.initiative.carriedItems == 1)
        #expect(mirror.conversationInitiative.series[1].menteeAgendaShare == nil)
        // Initiative: conversations 1/3, agenda 2/3 -> mean 0.5 -> shared.
        #expect(abs(mirror.initiative.menteeShare! - 0.5) < 1e-9 && mirror.initiative.holder == .shared)
    }

    @Test func actionsCarriedTwiceRespectThePeriod() {
        // The period is the last 180 days. Counted: agreed 300 days ago but due 20 days ago; agreed
        // 30 days ago without a due date. Not counted: agreed 300 and due 250 days ago (before the
        // period); carried once; the mentor's; neither date known. -> 2.
        let actions = [
            ActionRecord(owner: .mentee, due: MirrorTests.daysAgo(20), done: nil, carriedCount: 2, agreedOn: MirrorTests.daysAgo(300)),
            ActionRecord(owner: .mentee, due: nil, done: nil, carriedCount: 3, agreedOn: MirrorTests.daysAgo(30)),
            ActionRecord(owner: .mentee, due: MirrorTests.daysAgo(250), done: nil, carriedCount: 4, agreedOn: MirrorTests.daysAgo(300)),
            ActionRecord(owner: .mentee, due: MirrorTests.daysAgo(10), done: nil, carriedCount: 1, agreedOn: MirrorTests.daysAgo(30)),
            ActionRecord(owner: .mentor, due: MirrorTests.daysAgo(10), done: nil, carriedCount: 5, agreedOn: MirrorTests.daysAgo(30)),
            ActionRecord(owner: .mentee, due: nil, done: nil, carriedCount: 2),
        ]
        let mirror = MirrorTests.mirror(PairRecord(pairID: UUID(), menteeName: "A", actions: actions))
        #expect(mirror.goalDirectedness.actionsCarriedTwice == 2)
    }
}
