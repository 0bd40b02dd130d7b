import Testing
import Foundation
@testable import MentorServer
import MentorCore

/// Issue 16, item 1 (the review of every catalog text): counts take the singular or the plural
/// in both languages, each reader gets the empty state written for them, and the words the
/// glossary settles are the ones shown.
@Suite struct WordingReviewTests {
    private func dutch(_ roles: Set<Role>) -> Viewer { Viewer.mock(language: .nl, roles: roles) }

    @Test func countsTakeTheSingularForOneAndThePluralOtherwise() {
        #expect(T.agreementAge(1).nl == "1 dag geleden besproken" && T.agreementAge(1).en == "discussed 1 day ago")
        #expect(T.agreementAge(12).nl == "12 dagen geleden besproken" && T.agreementAge(12).en == "discussed 12 days ago")
        #expect(T.agreementAge(0).nl == "vandaag besproken")
        #expect(T.pulseTooFew(1, 1).nl.hasPrefix("1 antwoord van 1 persoon in deze periode"))
        #expect(T.pulseTooFew(1, 1).en.hasPrefix("1 answer from 1 person in this period"))
        #expect(T.pulseSummary(4, 3, "4").nl == "4 antwoorden van 3 mensen; gemiddeld 4 van de 5.")
        #expect(T.published(1).nl.hasPrefix("1 voorgesteld koppel gepubliceerd") && T.published(2).en.hasPrefix("2 proposed pairs published"))
        #expect(T.workflowProblem(.mentorAtCapacity(capacity: 1)).nl == "Deze mentor heeft al 1 actieve mentee en zit daarmee vol.")
        #expect(T.workflowProblem(.mentorAtCapacity(capacity: 3)).en == "This mentor already has 3 active mentees, as many as they can take.")
        #expect(T.importProblem(.wrongFieldCount(expected: 3, found: 1)).nl == "Deze regel heeft 1 veld, de kopregel heeft er 3.")
        let moves = T.sendingMoves(telling: 1, receiving: 4, transcripts: 1)
        #expect(moves.en.contains("your own story 1 time;") && moves.en.contains("reflecting back 4 times."))
        #expect(moves.nl.contains("1 keer advies") && moves.nl.contains("4 keer een vraag of teruggeven"))
    }

    @Test func theMentorAndTheMenteeEachReadTheirOwnEmptyConversationList() {
        var pair = PairPage.Model.mock
        pair.conversations = []
        pair.place = .mentor
        let mentor = PairPage.render(pair, viewer: dutch([.mentor])).render()
        #expect(mentor.contains(T.noConversationsFor(.mentor).nl) && !mentor.contains("de mentee kan dat ook"))
        pair.place = .mentee
        let mentee = PairPage.render(pair, viewer: dutch([.mentee])).render()
        #expect(mentee.contains("je mentor kan dat ook") && !mentee.contains("mentee kan dat ook"))
    }

    @Test func theMentorReadsWhereToRecordWhatTheySawOfAGoal() {
        var goal = GoalPage.Model.mock
        goal.evidence = []
        goal.place = .mentor
        let mentor = GoalPage.render(goal, viewer: dutch([.mentor])).render()
        #expect(mentor.contains(PageRendering.escaped(T.noEvidenceFor(.mentor).nl)) && !mentor.contains("Je mentor noteert hier"))
        goal.place = .mentee
        let mentee = GoalPage.render(goal, viewer: dutch([.mentee])).render()
        #expect(mentee.contains("Je mentor noteert hier"))
    }

    @Test func theGlossaryWordsAreTheOnesShown() {
        // A move that says back what the other said is "teruggeven", not "reflectie" (the mentor's own writing).
        #expect(T.talkReflections.nl == "Teruggeven")
        // The health page speaks of "spreektijd" and "gehouden" like the rest of the product.
        for text in [T.talkShareDistribution, T.talkShareBand, T.held, T.heldOfExpected, T.expectedByNow] {
            #expect(!text.nl.contains("Spreekaandeel") && !text.nl.contains("Gevoerd") && !text.nl.hasSuffix("tot nu toe"), "\(text.nl)")
        }
        #expect(!T.healthLead.nl.contains("bewijs"))
        #expect(T.correctionKind(.score).nl == "score op een kernwaarde" && T.correctionKind(.score).en == "value score")
    }
}
