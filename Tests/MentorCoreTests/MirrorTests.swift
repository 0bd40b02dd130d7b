import Testing
import Foundation
@testable import MentorCore

/// Worked examples; each expected value is computed by hand in the comment beside it.
@Suite struct MirrorTests {
    static let now = Date(timeIntervalSince1970: 1_780_000_000)
    static let settings = MirrorSettings(period: DateInterval(start: now.addingTimeInterval(-180 * 86_400), end: now), now: now)
    static func daysAgo(_ days: Double) -> Date { now.addingTimeInterval(-days * 86_400) }
    static let valueA = CoreValueRecord(id: UUID(), name: "Ownership")
    static let valueB = CoreValueRecord(id: UUID(), name: "Openness")

    static func conversation(_ daysAgo: Double, by initiator: PairSide, agenda: [AgendaRecord] = [], estimate: Double? = nil,
                             measured: MeasuredTalk? = nil, status: ConversationStatus = .held) -> ConversationRecord {
        ConversationRecord(id: UUID(), date: Self.daysAgo(daysAgo), status: status, initiator: initiator, agenda: agenda,
                           estimatedTalkShare: estimate, measured: measured)
    }

    static func mirror(_ pair: PairRecord) -> Mirror {
        Mirror.compute(pair, values: [valueA, valueB], settings: settings)
    }

    @Test func noConversationsGivesNoNumbersButSaysSo() {
        let mirror = Self.mirror(PairRecord(pairID: UUID(), menteeName: "A"))
        #expect(mirror.conversationInitiative.menteeShare == nil)
        #expect(mirror.conversationInitiative.heldConversations == 0)
        #expect(mirror.agendaInitiative.menteeShare == nil)
        #expect(mirror.talkShare.mean == nil)
        #expect(mirror.balance.position == nil)
        #expect(mirror.agreement.state == .missing)
        #expect(mirror.coreValues.neverScored == ["Ownership", "Openness"])
        #expect(mirror.goalDirectedness.score == nil)
    }

    @Test func oneConversationIsTooLittleForAShare() {
        // One held conversation, initiated by the mentee: below the minimum of 2, so no share,
        // but the count (1 of 1) is there to say what the figure would be based on.
        let mirror = Self.mirror(PairRecord(pairID: UUID(), menteeName: "A", conversations: [Self.conversation(10, by: .mentee, estimate: 0.4)]))
        #expect(mirror.conversationInitiative.menteeShare == nil)
        #expect(mirror.conversationInitiative.initiatedByMentee == 1)
        #expect(mirror.talkShare.series.count == 1)
        #expect(mirror.talkShare.mean == nil)
    }

    @Test func allInitiativeWithTheMentor() {
        // Three held conversations, all initiated by the mentor; agenda: mentor 4 items, mentee 0.
        // conversationInitiative = 0/3 = 0; agendaInitiative = 0/4 = 0.
        // Estimates 0.60, 0.70, 0.65 -> mean 0.65, above the 25-45 % band.
        // talk component = 1/3 + (0.65 - 0.45) / 0.55 * 2/3 = 0.3333 + 0.2424 = 0.5758
        // No transcripts, so talk is the only part of sending: position = 0.5758 -> too much.
        // Initiative is its own figure: mean(0, 0) = 0 < 0.35 -> held by the mentor.
        let mentorItem = AgendaRecord(author: .mentor, addedBeforehand: true)
        let pair = PairRecord(pairID: UUID(), menteeName: "A", conversations: [
            Self.conversation(90, by: .mentor, agenda: [mentorItem, mentorItem], estimate: 0.60),
            Self.conversation(60, by: .mentor, agenda: [mentorItem], estimate: 0.70),
            Self.conversation(30, by: .mentor, agenda: [mentorItem], estimate: 0.65),
        ])
        let mirror = Self.mirror(pair)
        #expect(mirror.conversationInitiative.menteeShare == 0)
        #expect(mirror.agendaInitiative.menteeShare == 0)
        #expect(mirror.agendaInitiative.beforehandShare == 1)
        #expect(abs(mirror.talkShare.mean! - 0.65) < 1e-9)
        #expect(mirror.talkShare.position == .above)
        #expect(abs(mirror.sending.position! - 0.5758) < 0.0005)
        #expect(mirror.sending.verdict == .tooMuch)
        #expect(mirror.sending.reasons == [.talkAboveBand] && mirror.sending.counterweights.isEmpty)
        #expect(mirror.initiative.holder == .mentor)
        // The older key repeats the sending position with the talk reason only.
        #expect(mirror.balance.position == mirror.sending.position && mirror.balance.verdict == .tooMuch)
        #expect(mirror.balance.reasons == [.talkAboveBand] && mirror.balance.initiativeComponent == nil)
    }

    @Test func allInitiativeWithTheMentee() {
        // Two conversations by the mentee, each with one mentee item added beforehand and one
        // mentor item added during. conversationInitiative = 2/2 = 1; agenda = 2/4 = 0.5;
        // menteeBeforehandShare = 2/2 = 1; beforehandShare = 2/4 = 0.5.
        // Estimates 0.20 and 0.30 -> mean 0.25, the band's low edge: talk component = (0.25 - 0.35) / 0.10 / 3 = -1/3.
        // Sending: talk only, position -1/3, not below -1/3 -> balanced, because the talk is within the range.
        // Initiative, beside it: mean(1, 0.5) = 0.75 > 0.65 -> held by the mentee.
        let items = [AgendaRecord(author: .mentee, addedBeforehand: true), AgendaRecord(author: .mentor, addedBeforehand: false)]
        let mirror = Self.mirror(PairRecord(pairID: UUID(), menteeName: "A", conversations: [
            Self.conversation(40, by: .mentee, agenda: items, estimate: 0.20),
            Self.conversation(10, by: .mentee, agenda: items, estimate: 0.30),
        ]))
        #expect(mirror.conversationInitiative.menteeShare == 1)
        #expect(mirror.agendaInitiative.menteeShare == 0.5)
        #expect(mirror.agendaInitiative.beforehandShare == 0.5)
        #expect(mirror.agendaInitiative.menteeBeforehandShare == 1)
        #expect(abs(mirror.sending.position! + 1.0 / 3) < 1e-9)
        #expect(mirror.sending.verdict == .balanced)
        #expect(mirror.sending.reasons == [.talkWithinBand])
        #expect(abs(mirror.initiative.menteeShare! - 0.75) < 1e-9 && mirror.initiative.holder == .mentee)
        #expect(mirror.goalDirectedness.preparedShare == 1)
    }

    @Test func measuredSharesWinOverEstimatesAndBringQuestions() {
        // Conversation 1: estimate 0.5 and a transcript measuring 0.62 -> 0.62 (measured).
        // Conversation 2: estimate 0.40, no transcript -> 0.40 (estimated).
        // Conversation 3: no estimate, no transcript -> left out.
        // mean = (0.62 + 0.40) / 2 = 0.51. Questions 3 open + 1 closed, 36 statements (shown as figures).
        // The transcript carries no moves here, so sending has its talk part only:
        // 1/3 + (0.51 - 0.45) / 0.55 * 2/3 = 0.3333 + 0.0727 = 0.4061 -> too much.
        let measured = MeasuredTalk(mentorShare: 0.62, openQuestions: 3, closedQuestions: 1, statements: 36, longestMonologueSeconds: 95)
        let mirror = Self.mirror(PairRecord(pairID: UUID(), menteeName: "A", conversations: [
            Self.conversation(50, by: .mentor, estimate: 0.5, measured: measured),
            Self.conversation(30, by: .mentee, estimate: 0.40),
            Self.conversation(10, by: .mentee),
        ]))
        #expect(mirror.talkShare.series.map(\.source) == [.measured, .estimated])
        #expect(abs(mirror.talkShare.mean! - 0.51) < 1e-9)
        #expect(mirror.talkShare.measuredConversations == 1 && mirror.talkShare.estimatedConversations == 1)
        #expect(mirror.talkShare.openQuestions == 3 && mirror.talkShare.closedQuestions == 1)
        #expect(mirror.talkShare.longestMonologueSeconds == 95)
        #expect(abs(mirror.sending.position! - 0.4061) < 0.0005)
        #expect(mirror.sending.movesComponent == nil && mirror.sending.verdict == .tooMuch)
    }

    @Test func aValueScoredOnceHasNoTrendAndTheOtherIsNeverScored() {
        let conversation = Self.conversation(20, by: .mentor)
        let mirror = Self.mirror(PairRecord(pairID: UUID(), menteeName: "A", conversations: [conversation],
                                            scores: [ScoreRecord(valueID: Self.valueA.id, conversationID: conversation.id, date: conversation.date, score: 3)]))
        #expect(mirror.coreValues.values.count == 1)
        #expect(mirror.coreValues.values[0].latest == 3)
        #expect(mirror.coreValues.values[0].previous == nil)
        #expect(mirror.coreValues.values[0].trend == nil)
        #expect(mirror.coreValues.neverScored == ["Openness"])
    }

    @Test func valueTrendComparesTheLatestTwoScores() {
        // Scores 2 (60 days ago), 4 (30 days ago), 3 (5 days ago): latest 3, previous 4 -> down.
        let scores = [(60.0, 2), (30.0, 4), (5.0, 3)].map { ScoreRecord(valueID: Self.valueA.id, conversationID: UUID(), date: Self.daysAgo($0.0), score: $0.1) }
        let figure = Self.mirror(PairRecord(pairID: UUID(), menteeName: "A", scores: scores.reversed())).coreValues.values[0]
        #expect(figure.latest == 3 && figure.previous == 4 && figure.trend == .down)
        #expect(figure.scores == 3 && figure.withBehaviour == 3)
        #expect(figure.series.map(\.score) == [2, 4, 3])
    }

    @Test func aGoalNeverEvidencedCountsEveryHeldConversation() {
        let goal = GoalRecord(id: UUID(), title: "Plan my work", theme: "work_organisation", status: .inProgress)
        let other = GoalRecord(id: UUID(), title: "Client skills", theme: "client_skills", status: .open)
        let conversations = [Self.conversation(80, by: .mentor), Self.conversation(50, by: .mentor), Self.conversation(20, by: .mentor)]
        // Evidence for `other` in the first conversation only: 2 held conversations since.
        let mirror = Self.mirror(PairRecord(pairID: UUID(), menteeName: "A", conversations: conversations, goals: [goal, other],
                                            evidence: [EvidenceRecord(goalID: other.id, conversationID: conversations[0].id, date: conversations[0].date)]))
        #expect(mirror.learningGoals[0].evidenceCount == 0)
        #expect(mirror.learningGoals[0].lastEvidenceOn == nil)
        #expect(mirror.learningGoals[0].conversationsSinceEvidence == 3)
        #expect(mirror.learningGoals[1].evidenceCount == 1)
        #expect(mirror.learningGoals[1].conversationsSinceEvidence == 2)
    }

    @Test func lateActionsAndNoPreparationShowTheWorkOrganisationPattern() {
        // Mentee's actions due in the period: 4. Done on time: the first (done on its due day).
        // Late: the second (done 3 days after). Open: the third and fourth. On time = 1/4 = 0.25.
        // Prepared: 1 of 3 held conversations has a mentee item added beforehand = 0.3333.
        // score = (0.25 + 0.3333) / 2 = 0.2917 < 0.5 with an open work-organisation goal -> the pattern.
        // Carried twice or more: the third (carried 2) and fourth (carried 3) = 2 (both due in the period).
        let due = [Self.daysAgo(100), Self.daysAgo(70), Self.daysAgo(40), Self.daysAgo(20)]
        let actions = [
            ActionRecord(owner: .mentee, due: due[0], done: due[0].addingTimeInterval(3600)),
            ActionRecord(owner: .mentee, due: due[1], done: due[1].addingTimeInterval(3 * 86_400)),
            ActionRecord(owner: .mentee, due: due[2], done: nil, carriedCount: 2),
            ActionRecord(owner: .mentee, due: due[3], done: nil, carriedCount: 3),
            ActionRecord(owner: .mentor, due: due[3], done: nil, carriedCount: 5),
        ]
        let conversations = [
            Self.conversation(90, by: .mentor, agenda: [AgendaRecord(author: .mentee, addedBeforehand: true)]),
            Self.conversation(60, by: .mentor, agenda: [AgendaRecord(author: .mentee, addedBeforehand: false)]),
            Self.conversation(30, by: .mentor),
        ]
        let goal = GoalRecord(id: UUID(), title: "Get my work organisation in order", theme: "work_organisation", status: .inProgress)
        let figure = Self.mirror(PairRecord(pairID: UUID(), menteeName: "A", conversations: conversations, goals: [goal], actions: actions)).goalDirectedness
        #expect(figure.actionsDue == 4)
        #expect(figure.actionsOnTimeShare == 0.25)
        #expect(abs(figure.preparedShare! - 1.0 / 3) < 1e-9)
        #expect(abs(figure.score! - 0.2917) < 0.0005)
        #expect(figure.actionsCarriedTwice == 2)
        #expect(figure.workOrganisationPattern)
    }

    @Test func agreementDueForReviewAfterSixMonthsOrAChange() {
        let old = AgreementRecord(discussedOn: Self.daysAgo(250), mentorConfirmedAt: Self.daysAgo(249), menteeConfirmedAt: Self.daysAgo(248))
        let stale = MirrorMath.agreement(old, situationChanges: [], now: Self.now)
        #expect(stale.state == .confirmed && stale.reviewDue && stale.ageDays == 250)
        let fresh = AgreementRecord(discussedOn: Self.daysAgo(30), mentorConfirmedAt: Self.daysAgo(30), menteeConfirmedAt: Self.daysAgo(29))
        #expect(!MirrorMath.agreement(fresh, situationChanges: [Self.daysAgo(40)], now: Self.now).reviewDue)
        let changed = MirrorMath.agreement(fresh, situationChanges: [Self.daysAgo(10)], now: Self.now)
        #expect(changed.reviewDue && changed.situationChangedSince)
        let written = MirrorMath.agreement(AgreementRecord(discussedOn: nil, mentorConfirmedAt: nil, menteeConfirmedAt: nil), situationChanges: [], now: Self.now)
        #expect(written.state == .written && written.ageDays == nil)
    }

    @Test func attitudeCountsPatternsAndSuggestsAnApproach() {
        let observations = [
            ObservationRecord(conversationID: UUID(), date: Self.daysAgo(50), pattern: "waits_for_others", effect: .hinders),
            ObservationRecord(conversationID: UUID(), date: Self.daysAgo(20), pattern: "waits_for_others", effect: .hinders),
            ObservationRecord(conversationID: UUID(), date: Self.daysAgo(10), pattern: "takes_initiative", effect: .helps),
            ObservationRecord(conversationID: UUID(), date: Self.daysAgo(400), pattern: "acts_as_if_knowing", effect: .hinders),
        ]
        let figure = MirrorMath.attitude(observations, period: Self.settings.period)
        #expect(figure.observations.count == 3)
        #expect(figure.patterns.map(\.pattern) == ["takes_initiative", "waits_for_others"])
        #expect(figure.patterns[1].hinders == 2 && figure.patterns[1].approach == .handBackInitiative)
        #expect(figure.patterns[0].approach == .moreSpace)
    }

    @Test func plannedAndOutOfPeriodConversationsAreLeftOut() {
        let mirror = Self.mirror(PairRecord(pairID: UUID(), menteeName: "A", conversations: [
            Self.conversation(300, by: .mentee, estimate: 0.9),
            Self.conversation(-5, by: .mentee, estimate: 0.9, status: .planned),
            Self.conversation(20, by: .mentor, estimate: 0.3),
            Self.conversation(10, by: .mentor, estimate: 0.4),
        ]))
        #expect(mirror.conversationInitiative.heldConversations == 2)
        #expect(mirror.conversationInitiative.menteeShare == 0)
        #expect(abs(mirror.talkShare.mean! - 0.35) < 1e-9)
    }

    @Test func mirrorEncodesWithTheDocumentedKeys() throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let json = String(decoding: try encoder.encode(Self.mirror(PairRecord(pairID: UUID(), menteeName: "A"))), as: UTF8.self)
        for key in ["conversationInitiative", "agendaInitiative", "talkShare", "agreement", "coreValues", "learningGoals", "goalDirectedness", "balance", "attitude",
                    "sending", "initiative", "calibration", "standsOut"] {
            #expect(json.contains("\"\(key)\""), "\(key)")
        }
    }
}
