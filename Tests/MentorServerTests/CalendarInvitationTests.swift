import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

/// Calendar invitations by e-mail: planning, moving and cancelling a conversation through the
/// pages as a browser sends them queues one e-mail to each side, in that person's language,
/// with `METHOD:REQUEST`/`CANCEL`, the same UID and a growing `SEQUENCE`.
@Suite struct CalendarInvitationTests {
    static let baseURL = "https://mentor.example.org"

    static func mailOn(_ app: Application) {
        app.settings.mail = MailSettings(sendmail: "true", from: "mm@example.org", baseURL: baseURL)
    }

    static func messages(_ app: Application) async throws -> [OutboxMessage] {
        try await OutboxMessage.query(on: app.db).filter(\.$calendar != nil).all()
    }

    /// The unfolded content lines of a calendar document.
    static func lines(_ calendar: String) -> [String] {
        calendar.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    static func value(_ name: String, in calendar: String) -> String? {
        lines(calendar).first { $0.hasPrefix(name + ":") }.map { String($0.dropFirst(name.count + 1)) }
    }

    /// Plans a conversation ten days ahead from the new-conversation page.
    static func plan(_ client: TestClient, pair: UUID, app: Application, place: String = "Room 4, 2nd floor") async throws -> UUID {
        let formats = Formats(language: .nl, timeZone: app.settings.timeZone)
        let day = formats.isoDay(Date().addingTimeInterval(86_400 * 10))
        let page = "/mentorships/\(pair)/conversations/new"
        let sent = try await CorrectionServerTests.submit(client, page: page, action: "/mentorships/\(pair)/conversations",
                                                          ["date": day, "time": "10:00", "durationMinutes": "60", "place": place, "status": "planned"])
        #expect(sent.status == .seeOther)
        let location = try #require(sent.headers.first(name: .location))
        return try #require(UUID(uuidString: String(location.split(separator: "/").last ?? "")))
    }

    @Test func planningMovingAndCancellingSendsEachSideOneInvitationWithAGrowingSequence() async throws {
        try await withTestApp { app in
            // setup: the mentee reads English, the mentor the firm's Dutch
            Self.mailOn(app)
            let fixture = try await Fixture.make(on: app)
            let mentee = try #require(try await Person.find(fixture.a.mentee, on: app.db))
            mentee.language = .en
            try await mentee.save(on: app.db)
            let mentorClient = try await CorrectionServerTests.signedIn(app, fixture.a.emails[.mentor]!, language: "nl")
            let menteeClient = try await CorrectionServerTests.signedIn(app, fixture.a.emails[.mentee]!)
            let mentorEmail = fixture.a.emails[.mentor]!, menteeEmail = fixture.a.emails[.mentee]!

            // act: the mentor plans it
            let id = try await Self.plan(mentorClient, pair: fixture.a.pair, app: app)
            // the mentor's private notes, which no invitation may carry
            let saved = try #require(try await Conversation.find(id, on: app.db))
            saved.privateNotes = "Secret: worried about <promotion>"
            saved.sharedNotes = "Shared only on the page"
            try await saved.save(on: app.db)
            let planned = try await Self.messages(app)

            // validate: one to each side, REQUEST, sequence 0, organised by the mentor who planned it
            #expect(planned.count == 2)
            #expect(Set(planned.map(\.recipient)) == [mentorEmail, menteeEmail])
            let uid = "\(id.uuidString.lowercased())@mentor-mirror"
            for message in planned {
                let calendar = try #require(message.calendar)
                #expect(Self.value("METHOD", in: calendar) == "REQUEST")
                #expect(Self.value("UID", in: calendar) == uid)
                #expect(Self.value("SEQUENCE", in: calendar) == "0")
                #expect(Self.value("STATUS", in: calendar) == "CONFIRMED")
                #expect(Self.value("URL", in: calendar) == "\(Self.baseURL)/conversations/\(id)")
                #expect(Self.value("LOCATION", in: calendar) == "Room 4\\, 2nd floor")
                #expect(Self.lines(calendar).contains("ORGANIZER;CN=\"Mentor A\":mailto:\(mentorEmail)"))
                #expect(Self.lines(calendar).contains("ATTENDEE;CN=\"Mentee A\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:\(menteeEmail)"))
                #expect(Self.lines(calendar).contains("ATTENDEE;CN=\"Mentor A\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:\(mentorEmail)"))
                #expect(calendar.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
                #expect(!calendar.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
                #expect(message.body.contains("\(Self.baseURL)/conversations/\(id)"))
            }
            let toMentee = try #require(planned.first { $0.recipient == menteeEmail })
            let toMentor = try #require(planned.first { $0.recipient == mentorEmail })
            #expect(toMentee.subject.hasPrefix("Mentoring conversation with Mentor A on "))
            #expect(Self.value("SUMMARY", in: toMentee.calendar!) == "Mentoring conversation with Mentor A")
            #expect(toMentor.subject.hasPrefix("Mentorgesprek met Mentee A op "))
            #expect(Self.value("SUMMARY", in: toMentor.calendar!) == "Mentorgesprek met Mentee A")
            #expect(try await Conversation.find(id, on: app.db)?.plannedBy == .mentor)

            // act: the mentee moves it, then cancels it
            let formats = Formats(language: .en, timeZone: app.settings.timeZone)
            let newDay = formats.isoDay(Date().addingTimeInterval(86_400 * 12))
            let move = "/conversations/\(id)/reschedule", cancel = "/conversations/\(id)/cancel"
            #expect(try await CorrectionServerTests.submit(menteeClient, page: move, action: move, ["date": newDay, "time": "14:30"]).status == .seeOther)
            let afterMove = try await Self.messages(app)
            #expect(try await CorrectionServerTests.submit(menteeClient, page: cancel, action: cancel).status == .seeOther)
            let afterCancel = try await Self.messages(app)

            // validate: two more for the move (REQUEST, sequence 1), two more for the cancellation (CANCEL, sequence 2)
            let moved = afterMove.filter { message in !planned.contains { $0.id == message.id } }
            let cancelled = afterCancel.filter { message in !afterMove.contains { $0.id == message.id } }
            #expect(moved.count == 2 && Set(moved.map(\.recipient)) == [mentorEmail, menteeEmail])
            #expect(cancelled.count == 2 && Set(cancelled.map(\.recipient)) == [mentorEmail, menteeEmail])
            let start = try #require(try await Conversation.find(id, on: app.db)).scheduledAt
            for message in moved {
                #expect(Self.value("METHOD", in: message.calendar!) == "REQUEST")
                #expect(Self.value("SEQUENCE", in: message.calendar!) == "1")
                #expect(Self.value("UID", in: message.calendar!) == uid)
                // in the organiser's zone (the firm's here, nobody chose one), with its VTIMEZONE
                let zone = app.settings.timeZone
                #expect(Self.value("DTSTART;TZID=\(zone.identifier)", in: message.calendar!) == ICalendar.local(start, in: zone))
                #expect(Self.lines(message.calendar!).contains("TZID:\(zone.identifier)"))
                // the organiser stays the one who planned it
                #expect(Self.lines(message.calendar!).contains("ORGANIZER;CN=\"Mentor A\":mailto:\(mentorEmail)"))
            }
            for message in cancelled {
                #expect(Self.value("METHOD", in: message.calendar!) == "CANCEL")
                #expect(Self.value("SEQUENCE", in: message.calendar!) == "2")
                #expect(Self.value("UID", in: message.calendar!) == uid)
                #expect(Self.value("STATUS", in: message.calendar!) == "CANCELLED")
            }
            #expect(try #require(moved.first { $0.recipient == menteeEmail }).subject.hasPrefix("Moved: mentoring conversation with Mentor A"))
            #expect(try #require(cancelled.first { $0.recipient == mentorEmail }).subject.hasPrefix("Afgezegd: mentorgesprek met Mentee A"))
            #expect(try await Conversation.find(id, on: app.db)?.calendarSequence == 2)
            for message in afterCancel {
                for text in [message.body, message.subject, message.calendar ?? ""] {
                    #expect(!text.contains("Secret") && !text.contains("promotion") && !text.contains("Shared only"))
                }
            }
            // the download carries the sequence and the last change too
            let download = try await menteeClient.get("/conversations/\(id)/calendar.ics").body.string
            #expect(Self.value("SEQUENCE", in: download) == "2")
            #expect(Self.value("LAST-MODIFIED", in: download) != nil)
            #expect(Self.value("METHOD", in: download) == "PUBLISH")
        }
    }

    @Test func theEmailCarriesTheInvitationAsATextCalendarPart() async throws {
        try await withTestApp { app in
            // setup
            Self.mailOn(app)
            let fixture = try await Fixture.make(on: app)
            let mentor = try await CorrectionServerTests.signedIn(app, fixture.a.emails[.mentor]!)
            let id = try await Self.plan(mentor, pair: fixture.a.pair, app: app, place: "Zaal <Partners>")
            let cancel = "/conversations/\(id)/cancel"
            #expect(try await CorrectionServerTests.submit(mentor, page: cancel, action: cancel).status == .seeOther)
            let message = try #require(try await Self.messages(app).first { Self.value("METHOD", in: $0.calendar!) == "CANCEL" })
            // act
            let text = Outbox.rfc5322(message, to: message.recipient, from: "mm@example.org")
            // validate: multipart/alternative, the text and then the calendar part in base64 that decodes to the stored invitation
            #expect(text.contains("Content-Type: multipart/alternative; boundary=\"mm-alt-"))
            #expect(text.contains("Content-Type: text/plain; charset=utf-8\r\n"))
            #expect(text.contains("Content-Type: text/calendar; charset=utf-8; method=CANCEL\r\nContent-Transfer-Encoding: base64\r\n"))
            let boundary = "--mm-alt-\(try #require(message.id).uuidString.lowercased())"
            let parts = text.components(separatedBy: boundary)
            #expect(parts.count == 4 && parts[3] == "--\r\n")
            let encoded = try #require(parts[2].components(separatedBy: "\r\n\r\n").last).replacingOccurrences(of: "\r\n", with: "")
            let decoded = String(decoding: try #require(Data(base64Encoded: encoded)), as: UTF8.self)
            #expect(decoded == message.calendar)
            // a plain reminder stays one text/plain part
            message.calendar = nil
            #expect(Outbox.rfc5322(message, to: message.recipient, from: "mm@example.org").contains("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit"))
            #expect(Outbox.calendarMethod("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\n") == "REQUEST")
            #expect(Outbox.calendarMethod("METHOD:REQUEST;X=1\r\n") == "PUBLISH")
        }
    }

    @Test func someoneWhoWantsNoEmailGetsNoInvitationAndWithoutSendmailNoneIsQueued() async throws {
        try await withTestApp { app in
            // setup: the mentee sees reminders only in the product
            Self.mailOn(app)
            let fixture = try await Fixture.make(on: app)
            let mentee = try #require(try await Person.find(fixture.a.mentee, on: app.db))
            mentee.notifyByEmail = false
            try await mentee.save(on: app.db)
            let client = try await CorrectionServerTests.signedIn(app, fixture.a.emails[.mentee]!)
            // act: the mentee plans it; then, without a sendmail command, cancels it
            let id = try await Self.plan(client, pair: fixture.a.pair, app: app)
            let planned = try await Self.messages(app)
            app.settings.mail = MailSettings(sendmail: nil, from: "mm@example.org", baseURL: Self.baseURL)
            let cancel = "/conversations/\(id)/cancel"
            #expect(try await CorrectionServerTests.submit(client, page: cancel, action: cancel).status == .seeOther)
            // validate: only the mentor's e-mail, organised by the mentee who planned it; the cancellation still counts
            #expect(planned.map(\.recipient) == [fixture.a.emails[.mentor]!])
            #expect(Self.lines(planned[0].calendar!).contains("ORGANIZER;CN=\"Mentee A\":mailto:\(fixture.a.emails[.mentee]!)"))
            #expect(try await Self.messages(app).count == 1)
            let conversation = try #require(try await Conversation.find(id, on: app.db))
            #expect(conversation.status == .cancelled && conversation.calendarSequence == 1 && conversation.plannedBy == .mentee)
        }
    }

    @Test func aLoggedConversationAndASaveThatChangesNoTimeSendNothing() async throws {
        try await withTestApp { app in
            // setup
            Self.mailOn(app)
            let fixture = try await Fixture.make(on: app)
            let mentor = try await CorrectionServerTests.signedIn(app, fixture.a.emails[.mentor]!)
            let id = try await Self.plan(mentor, pair: fixture.a.pair, app: app)
            let path = "/conversations/\(id)"
            // act: the details saved as they are, then a move through the details form, then a conversation logged as held
            #expect(try await CorrectionServerTests.submit(mentor, page: path, action: path).status == .seeOther)
            let unchanged = try await Self.messages(app).count
            #expect(try await CorrectionServerTests.submit(mentor, page: path, action: path, ["time": "16:15"]).status == .seeOther)
            let afterMove = try await Self.messages(app)
            let page = "/mentorships/\(fixture.a.pair)/conversations/new"
            let past = Formats(language: .nl, timeZone: app.settings.timeZone).isoDay(Date().addingTimeInterval(-86_400 * 3))
            let logged = try await CorrectionServerTests.submit(mentor, page: page, action: "/mentorships/\(fixture.a.pair)/conversations",
                                                                ["date": past, "time": "10:00", "durationMinutes": "45", "status": "held"])
            // validate
            #expect(unchanged == 2)
            #expect(afterMove.count == 4)
            #expect(afterMove.filter { Self.value("SEQUENCE", in: $0.calendar!) == "1" }.count == 2)
            #expect(logged.status == .seeOther)
            #expect(try await Self.messages(app).count == 4)
            #expect(try await Conversation.find(id, on: app.db)?.calendarSequence == 1)
        }
    }

    @Test func theFeedCarriesSequenceLastModifiedAndTheLink() async throws {
        try await withTestApp { app in
            // setup: a feed address for the mentee, a planned conversation moved once
            Self.mailOn(app)
            let fixture = try await Fixture.make(on: app)
            let client = try await CorrectionServerTests.signedIn(app, fixture.a.emails[.mentee]!)
            let id = try await Self.plan(client, pair: fixture.a.pair, app: app)
            let move = "/conversations/\(id)/reschedule"
            #expect(try await CorrectionServerTests.submit(client, page: move, action: move, ["time": "08:45"]).status == .seeOther)
            let token = CalendarToken.make()
            let mentee = try #require(try await Person.find(fixture.a.mentee, on: app.db))
            mentee.calendarToken = CalendarToken.hash(token)
            try await mentee.save(on: app.db)
            // act
            let feed = try await TestClient(app).get("/calendar/\(token).ics").body.string
            // validate
            let event = feed.components(separatedBy: "BEGIN:VEVENT").first { $0.contains(id.uuidString.lowercased()) }
            let entry = try #require(event)
            #expect(Self.value("SEQUENCE", in: entry) == "1")
            #expect(Self.value("LAST-MODIFIED", in: entry)?.hasSuffix("Z") == true)
            #expect(Self.value("URL", in: entry) == "\(Self.baseURL)/conversations/\(id)")
            #expect(!entry.contains("ORGANIZER") && !entry.contains("ATTENDEE"))
        }
    }
}
