import Foundation

/// When a pair's members are asked the pulse survey: once in every interval (60 days by
/// default) of an active pair, from the end of its first interval on.
public enum PulseSchedule {
    /// The number of whole intervals since the pair started; 0 means not yet asked.
    public static func round(startedOn: Date, now: Date, intervalDays: Int) -> Int {
        let days = now.timeIntervalSince(startedOn) / 86_400
        return days < 0 ? 0 : Int(days / Double(max(1, intervalDays)))
    }

    /// The round a person may answer now, or nil when they already answered it (or none is open).
    public static func openRound(startedOn: Date, now: Date, intervalDays: Int, answeredRounds: Set<Int>) -> Int? {
        let current = round(startedOn: startedOn, now: now, intervalDays: intervalDays)
        return current >= 1 && !answeredRounds.contains(current) ? current : nil
    }
}
