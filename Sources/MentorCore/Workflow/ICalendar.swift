import Foundation

/// Writes iCalendar (RFC 5545) documents for conversations: a single `.ics` download or a
/// personal feed. Text is escaped and long lines folded at 75 octets.
///
/// An event with a `timeZone` is written as local time with `TZID` (the planner's or reader's
/// zone: 09:00 Europe/London stays 09:00 London in every calendar, also if that zone's rules
/// change before the day), with one `VTIMEZONE` per zone built from Foundation's transitions for
/// the years of the events, as RFC 5545 section 3.6.5 asks of every `TZID` used. Without a zone,
/// or for UTC itself, the time is written in UTC with `Z`, which RFC 5545 allows as well.
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
        /// The zone the start and end are written in, with `TZID`; nil or UTC: in UTC with `Z`.
        public var timeZone: TimeZone?

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
            self.timeZone = nil
        }
    }

    /// The calendar text: CRLF line endings, lines folded at 75 octets. With `.cancel` every
    /// event is written as cancelled, as RFC 5546 asks.
    public static func document(name: String, events: [Event], stamp: Date, method: Method = .publish) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Mentor Mirror//EN", "CALSCALE:GREGORIAN", "METHOD:" + method.rawValue,
                     "X-WR-CALNAME:" + escape(name)]
        lines += timeZoneComponents(for: events)
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
                "DTSTART" + dateTime(event.start, in: event.timeZone),
                "DTEND" + dateTime(event.start.addingTimeInterval(Double(event.durationMinutes) * 60), in: event.timeZone),
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

    /// The zone an event is written in with `TZID`, or nil when it is written in UTC.
    static func localZone(_ zone: TimeZone?) -> TimeZone? {
        guard let zone, !["UTC", "GMT", "Etc/UTC", "Etc/GMT"].contains(zone.identifier) else { return nil }
        return zone
    }

    /// A `DTSTART`/`DTEND` value with what goes before it: `;TZID=Europe/London:20261203T090000`,
    /// or `:20261203T090000Z` in UTC.
    static func dateTime(_ date: Date, in zone: TimeZone?) -> String {
        guard let local = localZone(zone) else { return ":" + utc(date) }
        return ";TZID=\(local.identifier):" + Self.local(date, in: local)
    }

    /// `20261203T090000`: the wall-clock time of `date` in `zone`, without a zone.
    public static func local(_ date: Date, in zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    /// One `VTIMEZONE` for each zone the events use (in order of first use), covering the years
    /// of that zone's events.
    static func timeZoneComponents(for events: [Event]) -> [String] {
        var order: [String] = []
        var zones: [String: (zone: TimeZone, first: Date, last: Date)] = [:]
        for event in events {
            guard let zone = localZone(event.timeZone) else { continue }
            let end = event.start.addingTimeInterval(Double(event.durationMinutes) * 60)
            if let known = zones[zone.identifier] {
                zones[zone.identifier] = (zone, min(known.first, event.start), max(known.last, end))
            } else {
                order.append(zone.identifier)
                zones[zone.identifier] = (zone, event.start, end)
            }
        }
        return order.flatMap { id in zones[id].map { timeZone($0.zone, from: $0.first, to: $0.last) } ?? [] }
    }

    /// The `VTIMEZONE` of `zone` from 1 January of `from`'s year to the end of `to`'s year (UTC):
    /// the offset in force on that first day (as from 1970, the usual onset), then each daylight
    /// saving transition Foundation knows in the span, as `DAYLIGHT` or `STANDARD` with the local
    /// time of its onset in the offset before it (RFC 5545 3.6.5).
    public static func timeZone(_ zone: TimeZone, from: Date, to: Date) -> [String] {
        var utcCalendar = Calendar(identifier: .gregorian)
        utcCalendar.timeZone = TimeZone(identifier: "UTC")!
        let firstYear = utcCalendar.component(.year, from: from), lastYear = utcCalendar.component(.year, from: to)
        let start = utcCalendar.date(from: DateComponents(year: firstYear, month: 1, day: 1))!
        let end = utcCalendar.date(from: DateComponents(year: lastYear + 1, month: 1, day: 1))!
        var lines = ["BEGIN:VTIMEZONE", "TZID:" + zone.identifier]
        let initial = zone.secondsFromGMT(for: start)
        lines += observance(daylight: zone.isDaylightSavingTime(for: start), onset: "19700101T000000", from: initial, to: initial,
                            name: zone.abbreviation(for: start))
        var moment = start
        while let transition = zone.nextDaylightSavingTimeTransition(after: moment), transition < end {
            let before = zone.secondsFromGMT(for: transition.addingTimeInterval(-1))
            let after = zone.secondsFromGMT(for: transition)
            // The onset as a clock showed it just before the change: 02:00 for Europe's spring.
            let onset = local(transition, in: TimeZone(secondsFromGMT: before) ?? zone)
            lines += observance(daylight: zone.isDaylightSavingTime(for: transition), onset: onset, from: before, to: after,
                                name: zone.abbreviation(for: transition))
            moment = transition
        }
        lines.append("END:VTIMEZONE")
        return lines
    }

    private static func observance(daylight: Bool, onset: String, from: Int, to: Int, name: String?) -> [String] {
        let kind = daylight ? "DAYLIGHT" : "STANDARD"
        var lines = ["BEGIN:" + kind, "DTSTART:" + onset, "TZOFFSETFROM:" + offset(from), "TZOFFSETTO:" + offset(to)]
        // Foundation names some zones only by offset ("GMT+8"); that is no name worth writing.
        if let name, !name.hasPrefix("GMT") { lines.append("TZNAME:" + escape(name)) }
        lines.append("END:" + kind)
        return lines
    }

    /// `+0100`, `-0500`, `+0530`; seconds, where a zone has them, as `+001520`.
    static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let value = abs(seconds)
        let (hours, minutes, rest) = (value / 3600, value % 3600 / 60, value % 60)
        return sign + (rest == 0 ? String(format: "%02d%02d", hours, minutes) : String(format: "%02d%02d%02d", hours, minutes, rest))
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
