import MentorCore
import Foundation

/// One message in both languages. The initialiser takes both texts, so a message without
/// its Dutch or English form does not compile.
struct Text: Sendable, Equatable {
    let en: String
    let nl: String

    func callAsFunction(_ language: Language) -> String {
        language == .nl ? nl : en
    }
}

/// Dates and numbers as each language writes them. Moments (a conversation at 09:00, when a
/// notification came) are shown in `timeZone`, the reader's own (their setting, else the firm's
/// `MENTOR_TIMEZONE`, default Europe/Amsterdam).
///
/// Days (a due date, a target date, a programme's start, "not available until") are calendar
/// days of the firm: stored as the start of the day in `dayZone`, the firm's zone, where the
/// reminders count them (a period's last day ends one second before the next day starts). Such an
/// instant is shown as that same day in every reader's zone: a due date of 19 August is
/// 19 August in London and in Singapore, not 18 August 23:00.
struct Formats: Sendable {
    let language: Language
    let timeZone: TimeZone
    /// The firm's zone, in which days are stored (`parseDay`) and named.
    let dayZone: TimeZone

    init(language: Language, timeZone: TimeZone, dayZone: TimeZone? = nil) {
        self.language = language
        self.timeZone = timeZone
        self.dayZone = dayZone ?? timeZone
    }

    /// The zone to name the day of `date` in: the firm's for a stored day, else the reader's.
    private func zone(forDayOf date: Date) -> TimeZone {
        guard dayZone != timeZone else { return timeZone }
        var firm = Calendar(identifier: .gregorian)
        firm.timeZone = dayZone
        let sinceMidnight = date.timeIntervalSince(firm.startOfDay(for: date))
        return sinceMidnight == 0 || sinceMidnight == 86_399 ? dayZone : timeZone
    }

    var locale: Locale { Locale(identifier: language == .nl ? "nl_NL" : "en_GB") }

    func date(_ date: Date) -> String {
        date.formatted(Date.FormatStyle(date: .abbreviated, time: .omitted, locale: locale, calendar: calendar, timeZone: zone(forDayOf: date)))
    }

    /// A day written out as people write it: "19 augustus 2026", "19 August 2026".
    func longDate(_ date: Date) -> String {
        date.formatted(Date.FormatStyle(date: .long, time: .omitted, locale: locale, calendar: calendar, timeZone: zone(forDayOf: date)))
    }

    func dateTime(_ date: Date) -> String {
        date.formatted(Date.FormatStyle(date: .abbreviated, time: .shortened, locale: locale, calendar: calendar, timeZone: timeZone))
    }

    func time(_ date: Date) -> String {
        date.formatted(Date.FormatStyle(date: .omitted, time: .shortened, locale: locale, calendar: calendar, timeZone: timeZone))
    }

    func number(_ value: Double, fractionDigits: Int = 1) -> String {
        value.formatted(.number.precision(.fractionLength(0...fractionDigits)).locale(locale))
    }

    func percent(_ fraction: Double) -> String {
        fraction.formatted(.percent.precision(.fractionLength(0)).locale(locale))
    }

    /// `YYYY-MM-DD` of a day (see above), as HTML date inputs expect.
    func isoDay(_ date: Date) -> String {
        Self.isoDay(date, in: zone(forDayOf: date))
    }

    /// `YYYY-MM-DD` of a moment in the reader's zone: the day input beside a time input
    /// (`parseDateTime` reads both back in the same zone).
    func localDay(_ date: Date) -> String {
        Self.isoDay(date, in: timeZone)
    }

    private static func isoDay(_ date: Date, in zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    /// Reads `YYYY-MM-DD` as midnight in the firm's time zone (`dayZone`); nil for anything else.
    func parseDay(_ text: String) -> Date? {
        Self.parseDay(text, in: dayZone)
    }

    /// Reads `YYYY-MM-DD` as midnight in `zone`.
    static func parseDay(_ text: String, in zone: TimeZone) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        var components = DateComponents(year: year, month: month, day: day)
        components.timeZone = zone
        guard let date = calendar.date(from: components) else { return nil }
        // Reject days that roll over (31 February becomes 3 March otherwise).
        return calendar.component(.day, from: date) == day ? date : nil
    }

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }
}
