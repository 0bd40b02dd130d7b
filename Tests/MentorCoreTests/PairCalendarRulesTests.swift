import Testing
import Foundation
import MentorCore

/// Which pair moves take planned conversations out of the calendars, and who hears of an undone round.
@Suite struct PairCalendarRulesTests {
    @Test func pausingAndEndingCancelPlannedConversationsAndResumingDoesNot() {
        #expect(CalendarChange.cancelsPlanned(pairMovedFrom: .active, to: .paused))
        #expect(CalendarChange.cancelsPlanned(pairMovedFrom: .active, to: .ended))
        #expect(CalendarChange.cancelsPlanned(pairMovedFrom: .paused, to: .ended))
        #expect(!CalendarChange.cancelsPlanned(pairMovedFrom: .paused, to: .active))
        #expect(!CalendarChange.cancelsPlanned(pairMovedFrom: .paused, to: .paused))
        #expect(!CalendarChange.cancelsPlanned(pairMovedFrom: .ended, to: .ended))
    }

    @Test func onlyConversationsStillAheadAreCancelledWithThePair() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(CalendarChange.isCancelledWithPair(start: now.addingTimeInterval(60), now: now))
        #expect(!CalendarChange.isCancelledWithPair(start: now, now: now))
        #expect(!CalendarChange.isCancelledWithPair(start: now.addingTimeInterval(-3_600), now: now))
    }

    @Test func everyoneInAnUndoneRoundIsToldOnceWithAllTheirOtherSidesAndNeverTheActor() {
        let mentor = UUID(), other = UUID(), first = UUID(), second = UUID(), third = UUID()
        let recipients = EventRules.roundRecipients([(mentor, first), (mentor, second), (other, third), (mentor, first)], actor: other)
        #expect(recipients == [
            .init(person: mentor, others: [first, second]),
            .init(person: first, others: [mentor]),
            .init(person: second, others: [mentor]),
            .init(person: third, others: [other]),
        ])
        #expect(EventRules.roundRecipients([], actor: nil).isEmpty)
    }
}
