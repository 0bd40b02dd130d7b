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

/// Dates and numbers as each language writes them. Times are shown in the firm's
/// time zone (`MENTOR_TIMEZONE`, default Europe/Amsterdam).
struct Formats: Sendable {
    let language: Language
    let timeZone: TimeZone

    var locale: Locale { Locale(identifier: language == .nl ? "nl_NL" : "en_GB") }

    func date(_ date: Date) -> String {
        date.formatted(Date.FormatStyle(date: .abbreviated, time: .omitted, locale: locale, calendar: calendar, timeZone: timeZone))
    }

    /// A day written out as people write it: "19 augustus 2026", "19 August 2026".
    func longDate(_ date: Date) -> String {
        date.formatted(Date.FormatStyle(date: .long, time: .omitted, locale: locale, calendar: calendar, timeZone: timeZone))
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

    /// `YYYY-MM-DD` in the firm's time zone, as HTML date inputs expect.
    func isoDay(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    /// Reads `YYYY-MM-DD` as midnight in the firm's time zone; nil for anything else.
    func parseDay(_ text: String) -> Date? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        var components = DateComponents(year: year, month: month, day: day)
        components.timeZone = timeZone
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
