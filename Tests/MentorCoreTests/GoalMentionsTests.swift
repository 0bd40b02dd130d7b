import Testing
import Foundation
@testable import MentorCore

/// Who names the learning goal (issue 14, item 7). Each expected value is counted by hand in the
/// comment beside it.
@Suite struct GoalMentionsTests {
    static let goal = GoalWords(goalID: UUID(), title: "Beter delegeren", synonyms: ["uitbesteden, werk overdragen", "de"])

    @Test func theTermsAreTheTitlesContentWordsAndTheSynonymPhrases() {
        // "Beter" is a stop word; the synonym "de" only stop words, so it is dropped.
        #expect(GoalMentions.terms(Self.goal) == [["delegeren"], ["uitbesteden"], ["werk", "overdragen"]])
        #expect(GoalMentions.terms(GoalWords(goalID: UUID(), title: "Feedback to clients")) == [["feedback"], ["clients"]])
    }

    @Test func onlySafeEndingsAreAddedAndNothingIsTakenOff() {
        #expect(GoalMentions.matches("delegeren", "delegeren"))
        #expect(GoalMentions.matches("werk", "werken"))
        #expect(GoalMentions.matches("feedback", "feedbacks"))
        #expect(!GoalMentions.matches("plan", "planeet"))
        #expect(!GoalMentions.matches("plan", "plannen"))
        #expect(!GoalMentions.matches("clients", "client"))
        #expect(!GoalMentions.matches("rol", "rols"))  // under four letters: exact only
    }

    @Test func aTextCountsEveryPlaceATermStands() {
        // Words: ik wil beter delegeren | delegeer jij ook | werk overdragen is lastig | uitbesteden ook.
        // "delegeren" 1; "delegeer" is not "delegeren" + an ending; "werk overdragen" 2; "uitbesteden" 3.
        // Accents and case are folded: "Délegeren" counts as well -> 4.
        let text = "Ik wil beter delegeren. Delegeer jij ook? Werk overdragen is lastig, uitbesteden ook. Délegeren!"
        #expect(GoalMentions.count(GoalMentions.terms(Self.goal), in: text) == 4)
    }

    @Test func countsArePerSpeaker() {
        // Anna: "delegeren" 1. Bram: "Delegeren" 1 + "Uitbesteden" 1 = 2. Cas says nothing of it.
        let counts = GoalMentions.counts([Self.goal], cues: [
            ("Anna", "Hoe gaat het met delegeren?"), ("Bram", "Delegeren lukt niet, ik wil alles zelf doen."),
            ("Bram", "Uitbesteden vind ik eng."), ("Cas", "Zullen we afronden?"),
        ])
        #expect(counts[Self.goal.goalID] == ["Anna": 1, "Bram": 2])
    }

    @Test func theFigureAddsUpTheOpenGoalsOverCountedTranscripts() {
        // Goal 1 (open): conversation 1 mentor 3, mentee 1; conversation 2 mentor 0, mentee 6; conversation
        // 3 not counted. mentor 3, mentee 7, share 7 / 10 = 0.7 > 2/3 -> the mentee; named in 2 of 2.
        // Goal 2 is achieved: left out. Goal 3 (in progress) never said: neither, share nil.
        let one = UUID(), two = UUID(), three = UUID()
        let goals = [GoalRecord(id: one, title: "Delegeren", theme: nil, status: .open),
                     GoalRecord(id: two, title: "Klaar", theme: nil, status: .achieved),
                     GoalRecord(id: three, title: "Netwerken", theme: nil, status: .inProgress)]
        func held(_ counts: [GoalMentionCount]?) -> ConversationRecord {
            var record = ConversationRecord(id: UUID(), date: Date(), status: .held, initiator: .mentor)
            record.goalMentions = counts
            return record
        }
        let figure = GoalMentions.figure(goals, held: [
            held([GoalMentionCount(goalID: one, mentor: 3, mentee: 1), GoalMentionCount(goalID: three, mentor: 0, mentee: 0)]),
            held([GoalMentionCount(goalID: one, mentor: 0, mentee: 6), GoalMentionCount(goalID: two, mentor: 9, mentee: 9)]),
            held(nil),
        ])
        #expect(figure.goals.map(\.goalID) == [one, three])
        #expect(figure.goals[0] == .init(goalID: one, title: "Delegeren", mentor: 3, mentee: 7, transcripts: 2, menteeNamedIn: 2,
                                         menteeShare: 0.7, namedBy: .mentee))
        #expect(figure.goals[1].namedBy == .neither && figure.goals[1].transcripts == 1 && figure.goals[1].menteeShare == nil)
        #expect(figure.mentor == 3 && figure.mentee == 7)
    }
}
