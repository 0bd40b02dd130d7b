import Vapor
import Foundation

extension Formats {
    /// A day and a time of day (HH:MM) in the reader's time zone: a mentor in London who plans
    /// 09:00 means 09:00 in London.
    func parseDateTime(day: String, time: String) -> Date? {
        guard let midnight = Self.parseDay(day, in: timeZone) else { return nil }
        let parts = time.split(separator: ":")
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(bySettingHour: hour, minute: minute, second: 0, of: midnight)
    }

    func timeOfDay(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour!, parts.minute!)
    }
}

/// What a form's `validated(_:)` step found wrong, keyed by field name, in the reader's language.
struct FormErrors: Error, Sendable, Equatable {
    var fields: FieldErrors
    init(_ fields: FieldErrors) { self.fields = fields }
}
