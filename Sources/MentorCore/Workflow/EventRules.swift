import Foundation

/// Who hears of an event in a pair, when a request has waited too long, and when a planned
/// conversation is "tomorrow". The server writes one notification per person and key; the key
/// names the event kind, its subject and the occurrence, so a second delivery of the same event
/// (a retried job, a second server) finds the key taken and tells nobody again.
public enum EventRules {
    /// The people an event is meant for, before the one who caused it is left out.
    public enum Audience: Sendable, Equatable {
        case mentor
        case mentee
        case bothSides
        case bothSidesAndCoordinators
    }

    /// The people to tell, each once, in a stable order (mentor, mentee, coordinators), never
    /// the actor: who planned, moved or paused something knows it already.
    public static func recipients(_ audience: Audience, mentor: UUID, mentee: UUID, coordinators: [UUID] = [], actor: UUID?) -> [UUID] {
        let people: [UUID]
        switch audience {
        case .mentor: people = [mentor]
        case .mentee: people = [mentee]
        case .bothSides: people = [mentor, mentee]
        case .bothSidesAndCoordinators: people = [mentor, mentee] + coordinators
        }
        var seen = Set<UUID>()
        return people.filter { $0 != actor && seen.insert($0).inserted }
    }

    /// The key of one event for one person: unique per person in the database.
    public static func key(kind: String, subject: UUID, occurrence: String = "") -> String {
        occurrence.isEmpty ? "\(kind):\(subject.uuidString.lowercased())" : "\(kind):\(subject.uuidString.lowercased()):\(occurrence)"
    }

    /// Whether a request made at `requestedAt` and still unanswered at `now` has waited its
    /// `days` (nil or less than 1: requests never close by themselves).
    public static func requestTimedOut(requestedAt: Date?, days: Int?, now: Date) -> Bool {
        guard let requestedAt, let days, days >= 1 else { return false }
        return now.timeIntervalSince(requestedAt) >= Double(days) * 86_400
    }

    /// Whether a conversation starting at `start` falls on the day after `now`'s day in
    /// `timeZone` (the day-before reminder).
    public static func isTomorrow(_ start: Date, now: Date, timeZone: TimeZone) -> Bool {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        guard let tomorrow = calendar.date(byAdding: .day, value: 1, to: calendar.startOfDay(for: now)) else { return false }
        return calendar.isDate(start, inSameDayAs: tomorrow)
    }

    /// The day of `date` in `timeZone` as `yyyy-MM-dd`, for keys that name a day.
    public static func dayKey(_ date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
