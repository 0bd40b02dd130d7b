import Foundation

/// Writes iCalendar (RFC 5545) documents for conversations: a single `.ics` download or a
/// personal feed. Times are written in UTC; text is escaped and long lines folded at 75 octets.
public enum ICalendar {
    public struct Event: Sendable, Equatable {
        public var uid: String
        public var start: Date
        public var durationMinutes: Int
        public var summary: String
        public var location: String
        public var description: String
        public var cancelled: Bool

        public init(uid: String, start: Date, durationMinutes: Int, summary: String, location: String, description: String, cancelled: Bool = false) {
            self.uid = uid
            self.start = start
            self.durationMinutes = durationMinutes
            self.summary = summary
            self.location = location
            self.description = description
            self.cancelled = cancelled
        }
    }

    public static func document(name: String, events: [Event], stamp: Date) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Mentor Mirror//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                     "X-WR-CALNAME:" + escape(name)]
        for event in events {
            lines += [
                "BEGIN:VEVENT",
                "UID:" + escape(event.uid),
                "DTSTAMP:" + utc(stamp),
                "DTSTART:" + utc(event.start),
                "DTEND:" + utc(event.start.addingTimeInterval(Double(event.durationMinutes) * 60)),
                "SUMMARY:" + escape(event.summary),
                "LOCATION:" + escape(event.location),
                "DESCRIPTION:" + escape(event.description),
                "STATUS:" + (event.cancelled ? "CANCELLED" : "CONFIRMED"),
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// `20260312T130000Z`
    public static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    /// Backslash, semicolon and comma are escaped; line breaks become `\n`.
    public static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n": result += "\\n"
            case "\r": continue
            default: result.append(character)
            }
        }
        return result
    }

    /// Splits a line into pieces of at most 75 octets, continuation lines starting with a space,
    /// never inside a UTF-8 sequence.
    public static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var pieces: [String] = []
        var current = ""
        var currentBytes = 0
        for character in line {
            let bytes = String(character).utf8.count
            let limit = pieces.isEmpty ? 75 : 74
            if currentBytes + bytes > limit {
                pieces.append(current)
                current = ""
                currentBytes = 0
            }
            current.append(character)
            currentBytes += bytes
        }
        pieces.append(current)
        return pieces.joined(separator: "\r\n ")
    }
}
