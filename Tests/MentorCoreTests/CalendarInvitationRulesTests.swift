import Testing
import Foundation
@testable import MentorCore

/// The calendar rule (which change sends which invitation) and the iCalendar text of an invitation.
@Suite struct CalendarInvitationRulesTests {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    static func slot(_ status: ConversationStatus, start: Date = start, minutes: Int = 60, place: String = "Room 1") -> CalendarChange.Slot {
        .init(start: start, durationMinutes: minutes, place: place, status: status)
    }

    @Test func eachChangeOfAConversationMeansOneInvitationOrNone() {
        #expect(CalendarChange.between(nil, Self.slot(.planned)) == .planned)
        #expect(CalendarChange.between(nil, Self.slot(.held)) == nil)
        #expect(CalendarChange.between(nil, Self.slot(.cancelled)) == nil)
        #expect(CalendarChange.between(Self.slot(.planned), Self.slot(.planned)) == nil)
        #expect(CalendarChange.between(Self.slot(.planned), Self.slot(.planned, start: Self.start + 900)) == .moved)
        #expect(CalendarChange.between(Self.slot(.planned), Self.slot(.planned, minutes: 45)) == .moved)
        #expect(CalendarChange.between(Self.slot(.planned), Self.slot(.planned, place: "Room 2")) == .moved)
        #expect(CalendarChange.between(Self.slot(.planned), Self.slot(.cancelled)) == .cancelled)
        #expect(CalendarChange.between(Self.slot(.planned), Self.slot(.held)) == nil)
        #expect(CalendarChange.between(Self.slot(.cancelled), Self.slot(.planned)) == .moved)
        #expect(CalendarChange.between(Self.slot(.held), Self.slot(.held, start: Self.start + 60)) == nil)
        #expect(!CalendarChange.planned.raisesSequence && CalendarChange.moved.raisesSequence && CalendarChange.cancelled.raisesSequence)
        #expect(CalendarChange.cancelled.method == .cancel && CalendarChange.moved.method == .request && CalendarChange.planned.method == .request)
    }

    static func unfolded(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
    }

    @Test func anInvitationNamesOrganiserAndAttendeesAndKeepsItsLinesValid() {
        // setup: names with quotes, separators and a long tail, a place with every character TEXT escapes
        let organiser = ICalendar.Participant(name: "Jan \"JJ\" de Vries; partner, tax", email: "jan@firm.example")
        let attendee = ICalendar.Participant(name: "Zoë Ångström-van den Berg met een heel lange naam die niet op één regel past", email: "zoe@firm.example")
        let event = ICalendar.Event(uid: "abc@mentor-mirror", start: Self.start, durationMinutes: 45, summary: "Mentorgesprek met Zoë",
                                    location: "Zaal 2; toren B, \\ kant\nachter", description: "https://m.example/conversations/abc", sequence: 3,
                                    lastModified: Self.start - 3600, url: "https://m.example/conversations/abc",
                                    organizer: organiser, attendees: [organiser, attendee, .init(name: "Bad", email: "a b@x.example")])
        // act
        let request = ICalendar.document(name: "Mentor Mirror", events: [event], stamp: Self.start - 60, method: .request)
        let cancel = ICalendar.document(name: "Mentor Mirror", events: [event], stamp: Self.start - 60, method: .cancel)
        // validate
        let lines = Self.unfolded(request)
        #expect(lines.contains("METHOD:REQUEST"))
        #expect(lines.contains("SEQUENCE:3"))
        #expect(lines.contains("LAST-MODIFIED:" + ICalendar.utc(Self.start - 3600)))
        #expect(lines.contains("DTSTAMP:" + ICalendar.utc(Self.start - 60)))
        #expect(lines.contains("URL:https://m.example/conversations/abc"))
        #expect(lines.contains("ORGANIZER;CN=\"Jan JJ de Vries; partner, tax\":mailto:jan@firm.example"))
        #expect(lines.contains("ATTENDEE;CN=\"Zoë Ångström-van den Berg met een heel lange naam die niet op één regel past\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:zoe@firm.example"))
        #expect(lines.filter { $0.hasPrefix("ATTENDEE") }.count == 2, "an address that is no URI is left out")
        #expect(lines.contains("LOCATION:Zaal 2\\; toren B\\, \\\\ kant\\nachter"))
        #expect(lines.contains("STATUS:CONFIRMED"))
        #expect(request.hasSuffix("END:VCALENDAR\r\n"))
        #expect(request.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        #expect(!request.replacingOccurrences(of: "\r\n", with: "").contains("\n") && !request.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
        let cancelled = Self.unfolded(cancel)
        #expect(cancelled.contains("METHOD:CANCEL") && cancelled.contains("STATUS:CANCELLED") && !cancelled.contains("STATUS:CONFIRMED"))
        // a feed entry without people or link names none
        let plain = ICalendar.document(name: "x", events: [ICalendar.Event(uid: "u", start: Self.start, durationMinutes: 30, summary: "s", location: "", description: "")],
                                       stamp: Self.start)
        #expect(plain.contains("METHOD:PUBLISH\r\n") && plain.contains("SEQUENCE:0\r\n"))
        #expect(!plain.contains("ORGANIZER") && !plain.contains("ATTENDEE") && !plain.contains("URL:") && !plain.contains("LAST-MODIFIED"))
    }
}
