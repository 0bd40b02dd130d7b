import Testing
import Foundation
@testable import MentorCore

/// "Not available until" and a mentor's own capacity (issue 15).
@Suite struct AvailabilityTests {
    static let today = Date(timeIntervalSince1970: 1_777_593_600) // 1 May 2026, 00:00 UTC
    static let day = 86_400.0

    @Test func aMentorIsAwayUntilTheDayTheyNamedAndBackFromItsStart() {
        let until = Self.today.addingTimeInterval(10 * Self.day)
        #expect(Availability.isAvailable(until: nil, now: Self.today))
        #expect(!Availability.isAvailable(until: until, now: Self.today))
        #expect(!Availability.isAvailable(until: until, now: until.addingTimeInterval(-1)))
        #expect(Availability.isAvailable(until: until, now: until))
        #expect(Availability.awayUntil(until, now: Self.today) == until)
        #expect(Availability.awayUntil(until, now: until.addingTimeInterval(Self.day)) == nil)
    }

    @Test func theDayMustLieAheadAndWithinAYear() throws {
        try Availability.checkUntil(Self.today.addingTimeInterval(Self.day), startOfToday: Self.today)
        try Availability.checkUntil(Self.today.addingTimeInterval(366 * Self.day), startOfToday: Self.today)
        #expect(throws: AvailabilityProblem.untilNotAhead) { try Availability.checkUntil(Self.today, startOfToday: Self.today) }
        #expect(throws: AvailabilityProblem.untilNotAhead) {
            try Availability.checkUntil(Self.today.addingTimeInterval(-Self.day), startOfToday: Self.today)
        }
        #expect(throws: AvailabilityProblem.untilTooFar(days: 366)) {
            try Availability.checkUntil(Self.today.addingTimeInterval(367 * Self.day), startOfToday: Self.today)
        }
    }

    @Test func aMentorSetsTheirCapacityFromOneUpToTheMaximum() throws {
        try Availability.checkCapacity(1, maximum: 5, current: 3)
        try Availability.checkCapacity(5, maximum: 5, current: 3)
        #expect(throws: AvailabilityProblem.capacityOutOfRange(maximum: 5)) { try Availability.checkCapacity(6, maximum: 5, current: 3) }
        #expect(throws: AvailabilityProblem.capacityOutOfRange(maximum: 5)) { try Availability.checkCapacity(0, maximum: 5, current: 3) }
        // What an administrator set above the maximum may stay, but not grow.
        try Availability.checkCapacity(8, maximum: 5, current: 8)
        #expect(throws: AvailabilityProblem.capacityOutOfRange(maximum: 5)) { try Availability.checkCapacity(9, maximum: 5, current: 8) }
    }

    @Test func theAdministratorsMaximumIsBetweenOneAndFifty() throws {
        try Availability.checkMaximum(Availability.defaultMaximumCapacity)
        #expect(throws: AvailabilityProblem.maximumOutOfRange(limit: 50)) { try Availability.checkMaximum(0) }
        #expect(throws: AvailabilityProblem.maximumOutOfRange(limit: 50)) { try Availability.checkMaximum(51) }
    }
}
