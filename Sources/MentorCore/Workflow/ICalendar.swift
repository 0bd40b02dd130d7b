import Foundation

/// Writes iCalendar (RFC 5545) documents for conversations: a single `.ics` download or a
/// personal feed. Times are written in UTC; text is escaped and long lines folded at 75 octets.
public enum ICalendar {
    /// Someone named in an invitation: the organiser or an attendee.
    public struct Participant: Sendable, Equatable {
        public var name: String
        public var email: String

        public init(name: String, email: String) {
            self.name = name
            self.email = email
        }
    }

    /// `PUBLISH` for a feed or a download; `REQUEST` and `CANCEL` for an invitation by e-mail (RFC 5546).
    public enum Method: String, Sendable {
        case publish = "PUBLISH", request = "REQUEST", cancel = "CANCEL"
    }

    public struct Event: Sendable, Equatable {
        public var uid: String
        public var start: Date
        public var durationMinutes: Int
        public var summary: String
        public var location: String
        public var description: String
        public var cancelled: Bool
        /// Grows with every move or cancellation, so a calendar replaces its copy.
        public var sequence: Int
        public var lastModified: Date?
        /// The conversation's page.
        public var url: String?
        public var organizer: Participant?
        public var attendees: [Participant]

        public init(uid: String, start: Date, durationMinutes: Int, summary: String, location: String, description: String, cancelled: Bool = false,
                    sequence: Int = 0, lastModified: Date? = nil, url: String? = nil, organizer: Participant? = nil, attendees: [Participant] = []) {
            self.uid = uid
            self.start = start
            self.durationMinutes = durationMinutes
            self.summary = summary
            self.location = location
            self.description = description
            self.cancelled = cancelled
            self.sequence = sequence
            self.lastModified = lastModified
            self.url = url
            self.organizer = organizer
            self.attendees = attendees
        }
    }

    /// The calendar text: CRLF line endings, lines folded at 75 octets. With `.cancel` every
    /// event is written as cancelled, as RFC 5546 asks.
    public static func document(name: String, events: [Event], stamp: Date, method: Method = .publish) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Mentor Mirror//EN", "CALSCALE:GREGORIAN", "METHOD:" + method.rawValue,
                     "X-WR-CALNAME:" + escape(name)]
        for event in events {
            let cancelled = event.cancelled || method == .cancel
            lines += [
                "BEGIN:VEVENT",
                "UID:" + escape(event.uid),
                "SEQUENCE:\(max(0, event.sequence))",
                "DTSTAMP:" + utc(stamp),
            ]
            if let lastModified = event.lastModified { lines.append("LAST-MODIFIED:" + utc(lastModified)) }
            lines += [
                "DTSTART:" + utc(event.start),
                "DTEND:" + utc(event.start.addingTimeInterval(Double(event.durationMinutes) * 60)),
                "SUMMARY:" + escape(event.summary),
                "LOCATION:" + escape(event.location),
                "DESCRIPTION:" + escape(event.description),
            ]
            if let url = event.url, let clean = uri(url) { lines.append("URL:" + clean) }
            if let organizer = event.organizer, let address = mailto(organizer.email) {
                lines.append("ORGANIZER;CN=" + parameter(organizer.name) + ":" + address)
            }
            for attendee in event.attendees {
                guard let address = mailto(attendee.email) else { continue }
                lines.append("ATTENDEE;CN=" + parameter(attendee.name) + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:" + address)
            }
            lines += [
                "STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"),
                "TRANSP:OPAQUE",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// A parameter value (`CN=`), always quoted: a quoted value may hold `; : ,` but no double
    /// quote or control character, so those are left out.
    public static func parameter(_ text: String) -> String {
        let kept = text.unicodeScalars.filter { $0 != "\"" && !CharacterSet.controlCharacters.contains($0) }
        return "\"" + String(String.UnicodeScalarView(kept)) + "\""
    }

    /// `mailto:address`, or nil for an address with a character that does not belong in a URI.
    static func mailto(_ email: String) -> String? {
        uri("mailto:" + email)
    }

    /// A URI value as it is, or nil when it holds a space, a control character or a quote.
    static func uri(_ text: String) -> String? {
        guard !text.isEmpty, !text.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7f || $0 == "\"" || $0 == "<" || $0 == ">" })
        else { return nil }
        return text
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
