import Foundation
import MentorCore

/// Hand-made figures for the mirror pages' mocks: two pairs with held conversations, scores,
/// a goal with evidence, actions and observations, computed by the real formulas.
enum MirrorMocks {
    static let now = Date(timeIntervalSince1970: 1_767_225_600) // 2026-01-01
    static let day = 86_400.0
    static let valueID = UUID(uuidString: "00000000-0000-4000-8000-0000000000d1")!
    static let values = [CoreValueRecord(id: valueID, name: "Eigenaarschap <script>")]
    static let settings = MirrorSettings.lastSixMonths(now: now)
    static let period = settings.period

    static func pair(_ number: UInt8, name: String) -> PairRecord {
        func id(_ kind: UInt8) -> UUID {
            UUID(uuid: (0, 0, 0, 0, 0, 0, 0x40, 0, 0x80, 0, 0, 0, 0, 0, kind, number))
        }
        let dates = (1...4).map { now.addingTimeInterval(-Double($0) * 21 * day) }
        // The two latest conversations have a transcript, and an estimate given before it; the
        // oldest has an item carried from before, so every part of question 1 shows.
        let conversations = dates.enumerated().map { index, date in
            let transcript = index < 2
            return ConversationRecord(
                id: id(UInt8(0x10 + index)), date: date, status: .held, initiator: index.isMultiple(of: 2) ? .mentee : .mentor,
                agenda: [AgendaRecord(author: .mentee, addedBeforehand: true), AgendaRecord(author: .mentor, addedBeforehand: false)]
                    + (index == 3 ? [AgendaRecord(author: .mentee, addedBeforehand: false, carried: true)] : []),
                estimatedTalkShare: 0.3 + Double(index) * 0.05,
                measured: transcript ? MeasuredTalk(mentorShare: 0.5 + Double(index) * 0.04, openQuestions: 4, closedQuestions: 2, statements: 30,
                                                    longestMonologueSeconds: 80) : nil,
                talkMoves: transcript ? TalkMoves(openQuestions: 4, closedQuestions: 2, reflected: 1, advised: 6, informed: 9, toldStories: 2,
                                                  waitedShare: 0.25) : nil,
                estimateBeforeMeasured: transcript ? 0.3 + Double(index) * 0.05 : nil)
        }
        let goal = id(0x30)
        var record = PairRecord(
            pairID: id(0x01), menteeName: name, conversations: conversations,
            agreement: AgreementRecord(discussedOn: dates[3], mentorConfirmedAt: dates[3], menteeConfirmedAt: dates[3]),
            scores: conversations.map { ScoreRecord(valueID: valueID, conversationID: $0.id, date: $0.date, score: 3) },
            goals: [GoalRecord(id: goal, title: "Delegate <b>more</b>", theme: GoalTheme.workOrganisation.rawValue, status: .inProgress)],
            evidence: [EvidenceRecord(goalID: goal, conversationID: conversations[1].id, date: dates[1])],
            actions: [ActionRecord(owner: .mentee, due: dates[2], done: dates[2]), ActionRecord(owner: .mentee, due: dates[0], done: nil, carriedCount: 2)],
            observations: [ObservationRecord(conversationID: conversations[0].id, date: dates[0],
                                             pattern: AttitudePattern.waitsForOthers.rawValue, effect: .hinders)])
        // The mentee's view: the first pair's mentee answered three conversations (shown), the
        // second's two (hidden on its own; across the mentees the five are summed).
        record.menteeAnswers = conversations.prefix(number == 1 ? 3 : 2).enumerated().map { index, conversation in
            MenteeAnswerRecord(conversationID: conversation.id, room: 2 + index, challenge: 3)
        }
        // Issue 14, items 5-7: a focus chosen before the two latest conversations, the agreement's
        // written terms, and the goal's words counted in the two transcripts.
        record.focus = FocusRecord(focus: .openQuestions, since: dates[1].addingTimeInterval(-day))
        // The first pair keeps its agreement (planning together: 2 of 4 each); the second agreed that the mentee plans (2 of 4: it differs).
        record.agreement?.terms = AgreementTerms(frequency: "Every three weeks", whoPlans: number == 1 ? "Samen <b>plannen</b>" : "The mentee <b>plans</b>",
                                                 preparation: "Agenda <script>")
        for index in 0..<2 { record.conversations[index].goalMentions = [GoalMentionCount(goalID: goal, mentor: 2 + index, mentee: 5)] }
        return record
    }

    static let pairs = [pair(1, name: "Ayla <script>alert(1)</script>"), pair(2, name: "Bram & <Partners>")]
    static let mirrors = pairs.map { Mirror.compute($0, values: values, settings: settings) }
}
