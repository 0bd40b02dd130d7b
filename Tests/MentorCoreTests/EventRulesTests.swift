import Testing
import Foundation
@testable import MentorCore

@Suite struct EventRulesTests {
    let mentor = UUID(), mentee = UUID(), coordinator = UUID(), other = UUID()
    let amsterdam = TimeZone(identifier: "Europe/Amsterdam")!

    @Test func theActorIsNeverToldAndNobodyTwice() {
        #expect(EventRules.recipients(.bothSides, mentor: mentor, mentee: mentee, actor: mentor) == [mentee])
        #expect(EventRules.recipients(.bothSides, mentor: mentor, mentee: mentee, actor: coordinator) == [mentor, mentee])
        #expect(EventRules.recipients(.mentor, mentor: mentor, mentee: mentee, actor: mentor).isEmpty)
        #expect(EventRules.recipients(.mentee, mentor: mentor, mentee: mentee, actor: nil) == [mentee])
        // A coordinator who is also the pair's mentor hears it once.
        #expect(EventRules.recipients(.bothSidesAndCoordinators, mentor: mentor, mentee: mentee, coordinators: [coordinator, mentor, other],
                                      actor: nil) == [mentor, mentee, coordinator, other])
    }

    @Test func keysNameTheKindTheSubjectAndTheOccurrence() {
        let subject = UUID(uuidString: "00000000-0000-4000-8000-0000000000AB")!
        #expect(EventRules.key(kind: "pair_paused", subject: subject, occurrence: "7") == "pair_paused:00000000-0000-4000-8000-0000000000ab:7")
        #expect(EventRules.key(kind: "request_received", subject: subject) == "request_received:00000000-0000-4000-8000-0000000000ab")
    }

    @Test func aRequestTimesOutAfterItsDaysAndNeverWithoutThem() {
        let asked = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(!EventRules.requestTimedOut(requestedAt: asked, days: 14, now: asked.addingTimeInterval(86_400 * 14 - 1)))
        #expect(EventRules.requestTimedOut(requestedAt: asked, days: 14, now: asked.addingTimeInterval(86_400 * 14)))
        #expect(!EventRules.requestTimedOut(requestedAt: asked, days: nil, now: asked.addingTimeInterval(86_400 * 999)))
        #expect(!EventRules.requestTimedOut(requestedAt: asked, days: 0, now: asked.addingTimeInterval(86_400 * 999)))
        #expect(!EventRules.requestTimedOut(requestedAt: nil, days: 1, now: asked))
    }

    @Test func tomorrowIsTheNextDayInTheFirmsTimeZone() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = amsterdam
        let now = try #require(calendar.date(from: DateComponents(year: 2026, month: 8, day: 18, hour: 23, minute: 30)))
        let early = try #require(calendar.date(from: DateComponents(year: 2026, month: 8, day: 19, hour: 0, minute: 15)))
        let late = try #require(calendar.date(from: DateComponents(year: 2026, month: 8, day: 19, hour: 23, minute: 45)))
        let after = try #require(calendar.date(from: DateComponents(year: 2026, month: 8, day: 20, hour: 0, minute: 5)))
        #expect(EventRules.isTomorrow(early, now: now, timeZone: amsterdam) && EventRules.isTomorrow(late, now: now, timeZone: amsterdam))
        #expect(!EventRules.isTomorrow(after, now: now, timeZone: amsterdam))
        // In UTC it is already the 18th at 21:30, and 00:15 Amsterdam is still the 18th there: not tomorrow.
        #expect(!EventRules.isTomorrow(early, now: now, timeZone: TimeZone(identifier: "UTC")!))
        #expect(EventRules.dayKey(early, timeZone: amsterdam) == "2026-08-19")
    }
}
