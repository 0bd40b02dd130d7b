import Testing
import Foundation
@testable import MentorCore

/// A person's own time zone (the choice and its check) and the calendar text it leads to:
/// `TZID` with a `VTIMEZONE` built from Foundation's transitions, or UTC with `Z`.
@Suite struct PersonalTimeZoneTests {
    static let amsterdam = TimeZone(identifier: "Europe/Amsterdam")!
    static let london = TimeZone(identifier: "Europe/London")!

    static func utc(_ text: String) -> Date { try! Date(text, strategy: .iso8601) }

    @Test func theEmptyChoiceIsTheFirmsZoneAndAnUnknownOneIsRefused() {
        #expect(PersonalTimeZone.parse("") == .success(nil))
        #expect(PersonalTimeZone.parse("  ") == .success(nil))
        #expect(PersonalTimeZone.parse(nil) == .success(nil))
        #expect(PersonalTimeZone.parse(" Europe/London ") == .success("Europe/London"))
        #expect(PersonalTimeZone.parse("europe/london") == .success("Europe/London"))
        #expect(PersonalTimeZone.parse("UTC") == .success("UTC"))
        #expect(PersonalTimeZone.parse("Mars/Olympus") == .failure(.unknown("Mars/Olympus")))
        // an offset has no daylight saving time: it would be an hour wrong half the year
        #expect(PersonalTimeZone.parse("GMT+2") == .failure(.unknown("GMT+2")))
        #expect(PersonalTimeZone.parse("<script>") == .failure(.unknown("<script>")))
    }

    @Test func aStoredZoneIsUsedAndAnythingElseFallsBackToTheFirms() {
        #expect(PersonalTimeZone.resolve("Europe/London", firm: Self.amsterdam) == Self.london)
        #expect(PersonalTimeZone.resolve(nil, firm: Self.amsterdam) == Self.amsterdam)
        #expect(PersonalTimeZone.resolve("", firm: Self.amsterdam) == Self.amsterdam)
        #expect(PersonalTimeZone.resolve("Nowhere/Else", firm: Self.amsterdam) == Self.amsterdam)
    }

    @Test func theChoicesStartWithTheFirmsZoneAndNameEachOnce() {
        let firm = TimeZone(identifier: "Asia/Singapore")!
        let choices = PersonalTimeZone.choices(firm: firm)
        #expect(choices.first == "Asia/Singapore")
        #expect(Array(choices.dropFirst().prefix(3)) == ["Europe/Amsterdam", "Europe/Brussels", "Europe/London"])
        #expect(Set(choices).count == choices.count)
        #expect(choices.contains("America/New_York") && choices.contains("Pacific/Auckland") && choices.contains("UTC"))
        #expect(choices.allSatisfy { PersonalTimeZone.parse($0) == .success($0) })
        #expect(PersonalTimeZone.offset(Self.amsterdam, at: Self.utc("2026-07-01T12:00:00Z")) == "UTC+02:00")
        #expect(PersonalTimeZone.offset(TimeZone(identifier: "America/New_York")!, at: Self.utc("2026-12-01T12:00:00Z")) == "UTC-05:00")
        #expect(PersonalTimeZone.offset(TimeZone(identifier: "Asia/Kolkata")!, at: Self.utc("2026-12-01T12:00:00Z")) == "UTC+05:30")
    }

    @Test func anImportReadsATimeZoneColumnAndRefusesAnUnknownZone() {
        let rows = [ImportRow(line: 1, fields: ["naam", "e-mail", "rollen", "tijdzone"]),
                    ImportRow(line: 2, fields: ["Noor", "noor@firm.example", "mentee", "europe/london"]),
                    ImportRow(line: 3, fields: ["Pieter", "pieter@firm.example", "mentor", ""]),
                    ImportRow(line: 4, fields: ["Sanne", "sanne@firm.example", "mentor", "CET+1"])]
        let result = PeopleImport.read(rows)
        #expect(result.columns == [.name, .email, .roles, .timeZone])
        #expect(result.people.map(\.timeZone) == ["Europe/London", nil])
        #expect(result.issues == [ImportIssue(line: 4, problem: .unknownTimeZone("CET+1"))])
    }

    static func event(_ start: Date, zone: TimeZone?) -> ICalendar.Event {
        var event = ICalendar.Event(uid: "c@mentor-mirror", start: start, durationMinutes: 60, summary: "Mentoring", location: "", description: "")
        event.timeZone = zone
        return event
    }

    static func lines(_ document: String) -> [String] {
        document.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
    }

    @Test func anEventInAZoneIsWrittenInItsLocalTimeWithTZID() {
        // 08:00 UTC on 10 December is 09:00 in Amsterdam and 08:00 in London
        let start = Self.utc("2026-12-10T08:00:00Z")
        let amsterdam = Self.lines(ICalendar.document(name: "T", events: [Self.event(start, zone: Self.amsterdam)], stamp: start))
        #expect(amsterdam.contains("DTSTART;TZID=Europe/Amsterdam:20261210T090000"))
        #expect(amsterdam.contains("DTEND;TZID=Europe/Amsterdam:20261210T100000"))
        let london = Self.lines(ICalendar.document(name: "T", events: [Self.event(start, zone: Self.london)], stamp: start))
        #expect(london.contains("DTSTART;TZID=Europe/London:20261210T080000"))
        // no zone, or UTC itself: UTC with Z, and no VTIMEZONE
        for zone in [nil, TimeZone(identifier: "UTC")] {
            let plain = Self.lines(ICalendar.document(name: "T", events: [Self.event(start, zone: zone)], stamp: start))
            #expect(plain.contains("DTSTART:20261210T080000Z") && !plain.contains("BEGIN:VTIMEZONE"))
        }
        // the stamp stays in UTC always
        #expect(london.contains("DTSTAMP:20261210T080000Z"))
    }

    @Test func theVTimeZoneHoldsTheTransitionsOfTheEventsYears() {
        let start = Self.utc("2026-12-10T08:00:00Z")
        let lines = ICalendar.timeZone(Self.amsterdam, from: start, to: start)
        #expect(lines.first == "BEGIN:VTIMEZONE" && lines.last == "END:VTIMEZONE" && lines[1] == "TZID:Europe/Amsterdam")
        let text = lines.joined(separator: "\n")
        // winter time on 1 January, summer time from 29 March 02:00, winter again from 25 October 03:00
        #expect(text.contains("BEGIN:STANDARD\nDTSTART:19700101T000000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0100\nTZNAME:CET\nEND:STANDARD")
                || text.contains("BEGIN:STANDARD\nDTSTART:19700101T000000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0100\nEND:STANDARD"))
        #expect(text.contains("BEGIN:DAYLIGHT\nDTSTART:20260329T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200"))
        #expect(text.contains("BEGIN:STANDARD\nDTSTART:20261025T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100"))
        #expect(lines.filter { $0.hasPrefix("BEGIN:DAYLIGHT") }.count == 1 && lines.filter { $0.hasPrefix("BEGIN:STANDARD") }.count == 2)
        // a zone without daylight saving time: one observance
        let singapore = ICalendar.timeZone(TimeZone(identifier: "Asia/Singapore")!, from: start, to: start)
        #expect(singapore.filter { $0.hasPrefix("BEGIN:") }.count == 2 && singapore.contains("TZOFFSETTO:+0800"))
        // New York, west of UTC: onset in local time before the change
        let newYork = ICalendar.timeZone(TimeZone(identifier: "America/New_York")!, from: start, to: start).joined(separator: "\n")
        #expect(newYork.contains("DTSTART:20260308T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400"))
        #expect(newYork.contains("DTSTART:20261101T020000\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500"))
    }

    @Test func aDocumentHasOneVTimeZonePerZoneCoveringAllItsYears() {
        let december = Self.utc("2026-12-10T08:00:00Z"), march = Self.utc("2027-03-30T08:00:00Z")
        let events = [Self.event(december, zone: Self.london), Self.event(march, zone: Self.london), Self.event(december, zone: Self.amsterdam)]
        let lines = Self.lines(ICalendar.document(name: "T", events: events, stamp: december))
        #expect(lines.filter { $0 == "BEGIN:VTIMEZONE" }.count == 2)
        #expect(lines.filter { $0 == "TZID:Europe/London" }.count == 1)
        // London's covers 2027's start of summer time too, before the first event
        #expect(lines.contains("DTSTART:20270328T010000"))
        #expect(lines.firstIndex(of: "BEGIN:VTIMEZONE")! < lines.firstIndex(of: "BEGIN:VEVENT")!)
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
    }
}
