import Foundation

/// A mentor's own say in how much they take on: "not available until" a day (the busy season),
/// and their capacity up to the maximum their organisation's administrator allows.
///
/// While a mentor is not available they are left out of a mentee's *Find a mentor* list and out
/// of matching, a request to them is refused, and reminders about their pairs wait; from the
/// day they named on, everything is as before, with no one having to switch it back.
public enum Availability {
    /// The organisation's maximum capacity a mentor may give themselves, until an administrator
    /// sets another: a few mentees beside the day job.
    public static let defaultMaximumCapacity = 5
    /// The highest maximum an administrator can set.
    public static let maximumCapacityLimit = 50
    /// How far ahead "not available until" may lie: a year and a day.
    public static let longestAbsenceDays = 366

    /// Whether a mentor who is not available until `until` (the start of that day, in the firm's
    /// time zone; nil when they never said so) is available at `now`.
    public static func isAvailable(until: Date?, now: Date) -> Bool {
        guard let until else { return true }
        return until <= now
    }

    /// The day a mentor is available again, if it still lies ahead at `now`; nil otherwise.
    public static func awayUntil(_ until: Date?, now: Date) -> Date? {
        isAvailable(until: until, now: now) ? nil : until
    }

    /// Checks a "not available until" day, given as the start of that day: it must lie after
    /// today (`startOfToday`) and at most `longestAbsenceDays` ahead. No day means available.
    public static func checkUntil(_ day: Date, startOfToday: Date) throws(AvailabilityProblem) {
        if day <= startOfToday { throw .untilNotAhead }
        if day.timeIntervalSince(startOfToday) > Double(longestAbsenceDays) * 86_400 { throw .untilTooFar(days: longestAbsenceDays) }
    }

    /// Checks the capacity a mentor gives themselves: from 1 up to the organisation's maximum.
    /// A capacity an administrator set above the maximum may be kept as it is, not raised.
    public static func checkCapacity(_ capacity: Int, maximum: Int, current: Int) throws(AvailabilityProblem) {
        if capacity == current { return }
        guard (1...max(1, maximum)).contains(capacity) else { throw .capacityOutOfRange(maximum: max(1, maximum)) }
    }

    /// Checks the capacity an administrator gives a person on the person form: from 0 (takes no
    /// mentees) up to the organisation's maximum, the same ceiling a mentor has. A capacity
    /// stored before the maximum was lowered may be kept as it is (`current`), not raised.
    public static func checkAssignedCapacity(_ capacity: Int, maximum: Int, current: Int?) throws(AvailabilityProblem) {
        if capacity == current { return }
        guard (0...max(0, maximum)).contains(capacity) else { throw .aboveOrganisationMaximum(maximum: max(0, maximum)) }
    }

    /// Checks a maximum capacity an administrator sets for the organisation.
    public static func checkMaximum(_ maximum: Int) throws(AvailabilityProblem) {
        guard (1...maximumCapacityLimit).contains(maximum) else { throw .maximumOutOfRange(limit: maximumCapacityLimit) }
    }
}

public enum AvailabilityProblem: Error, Equatable, Sendable {
    /// "Not available until" today or a day gone by: leave it empty to be available.
    case untilNotAhead
    case untilTooFar(days: Int)
    case capacityOutOfRange(maximum: Int)
    case maximumOutOfRange(limit: Int)
    /// The person form's capacity is above the organisation's maximum.
    case aboveOrganisationMaximum(maximum: Int)
}
