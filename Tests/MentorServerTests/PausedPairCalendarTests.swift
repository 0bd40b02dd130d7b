import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

/// A paused or ended pair takes its planned conversations still ahead out of both calendars:
/// each is cancelled, its SEQUENCE raised and a CANCEL invitation queued to both sides in the same
/// write as the move. Resuming brings none back. Invitations are event e-mails: only people who
/// chose e-mail at every event get them.
@Suite struct PausedPairCalendarTests {
    typealias Invitations = CalendarInvitationTests

    static func planned(_ pair: UUID, in days: Double, on db: any Database) async throws -> Conversation {
        let conversation = Conversation(mentorshipID: pair, scheduledAt: Date().addingTimeInterval(days * 86_400), durationMinutes: 60,
                                        place: "Room 2", initiatedBy: .mentee, status: .planned)
        conversation.plannedBy = .mentee
        try await conversation.create(on: db)
        return conversation
    }

    /// Moves the fixture's pair A to `status` from the pair page's form, as rendered.
    static func move(_ client: TestClient, _ fixture: Fixture, to status: String, _ typed: [String: String] = [:]) async throws -> HTTPStatus {
        let statusPath = SiteURL.pairStatus(fixture.a.pair).path
        let page = try await client.get(SiteURL.pair(fixture.a.pair).path).body.string
        let form = try #require(BrowserForm.all(in: page).first { form in
            form.action == statusPath && form.fields.contains { $0.name == "to" && $0.value == status }
        }, "no form to move to \(status)")
        return try await client.post(form.action, form.sent(typed)).status
    }

    static func uid(_ id: UUID) -> String { "\(id.uuidString.lowercased())@mentor-mirror" }

    @Test func pausingCancelsThePlannedConversationsAheadAndResumingBringsNoneBack() async throws {
        try await withTestApp { app in
            // setup: pair A has one planned ahead, one planned whose time has passed and the held one;
            // organisation B's pair has one planned ahead
            Invitations.mailOn(app)
            let fixture = try await Fixture.make(on: app)
            let ahead = try await Self.planned(fixture.a.pair, in: 10, on: app.db)
            let passed = try await Self.planned(fixture.a.pair, in: -2, on: app.db)
            let elsewhere = try await Self.planned(fixture.b.pair, in: 10, on: app.db)
            let mentor = try await CorrectionServerTests.signedIn(app, fixture.a.emails[.mentor]!, language: "nl")
            // act: the mentor pauses the pair
            #expect(try await Self.move(mentor, fixture, to: "paused") == .seeOther)
            // validate: only the one ahead is cancelled, with its sequence raised
            let cancelled = try #require(try await Conversation.find(ahead.requireID(), on: app.db))
            #expect(cancelled.status == .cancelled && cancelled.calendarSequence == 1)
            let stillPlanned = try #require(try await Conversation.find(passed.requireID(), on: app.db))
            #expect(stillPlanned.status == .planned && stillPlanned.calendarSequence == 0)
            let held = try #require(try await Conversation.find(fixture.a.conversation, on: app.db))
            #expect(held.status == .held && held.calendarSequence == 0)
            let other = try #require(try await Conversation.find(elsewhere.requireID(), on: app.db))
            #expect(other.status == .planned && other.calendarSequence == 0)
            // both sides get the CANCEL invitation, with the same UID and the higher SEQUENCE
            let messages = try await Invitations.messages(app)
            #expect(messages.count == 2)
            #expect(Set(messages.map(\.recipient)) == [fixture.a.emails[.mentor]!, fixture.a.emails[.mentee]!])
            for message in messages {
                let calendar = try #require(message.calendar)
                #expect(Invitations.value("METHOD", in: calendar) == "CANCEL")
                #expect(Invitations.value("UID", in: calendar) == Self.uid(try ahead.requireID()))
                #expect(Invitations.value("SEQUENCE", in: calendar) == "1")
                #expect(Invitations.value("STATUS", in: calendar) == "CANCELLED")
            }
            #expect(try #require(messages.first { $0.recipient == fixture.a.emails[.mentor]! }).subject.hasPrefix("Afgezegd: mentorgesprek met Mentee A"))
            // The mentee hears of the pause, not of a cancellation "by the mentor" for each conversation.
            #expect(try await EventNotificationTests.told(.pairPaused, on: app.db) == [fixture.a.mentee])
            #expect(try await EventNotificationTests.told(.conversationCancelled, on: app.db).isEmpty)
            // act: the coordinator resumes the pair
            let coordinator = try await CorrectionServerTests.signedIn(app, fixture.a.emails[.coordinator]!, language: "nl")
            #expect(try await Self.move(coordinator, fixture, to: "active") == .seeOther)
            // validate: the cancelled one stays cancelled, and no invitation puts it back
            #expect(try await Conversation.find(ahead.requireID(), on: app.db)?.status == .cancelled)
            #expect(try await Invitations.messages(app).count == 2)
        }
    }

    @Test func endingAPairCancelsWhatWasPlannedAfterTheResume() async throws {
        try await withTestApp { app in
            // setup: the mentor plans one from the page (a REQUEST to each side, sequence 0)
            Invitations.mailOn(app)
            let fixture = try await Fixture.make(on: app)
            let mentor = try await CorrectionServerTests.signedIn(app, fixture.a.emails[.mentor]!, language: "nl")
            let id = try await Invitations.plan(mentor, pair: fixture.a.pair, app: app)
            #expect(try await Invitations.messages(app).count == 2)
            // act: the coordinator ends the pair with a reason
            let coordinator = try await CorrectionServerTests.signedIn(app, fixture.a.emails[.coordinator]!, language: "nl")
            #expect(try await Self.move(coordinator, fixture, to: "ended", ["reason": "Doelen bereikt"]) == .seeOther)
            // validate
            #expect(try await Mentorship.find(fixture.a.pair, on: app.db)?.status == .ended)
            let conversation = try #require(try await Conversation.find(id, on: app.db))
            #expect(conversation.status == .cancelled && conversation.calendarSequence == 1)
            let cancels = try await Invitations.messages(app).filter { Invitations.value("METHOD", in: $0.calendar!) == "CANCEL" }
            #expect(cancels.count == 2)
            for message in cancels {
                #expect(Invitations.value("UID", in: message.calendar!) == Self.uid(id))
                #expect(Invitations.value("SEQUENCE", in: message.calendar!) == "1")
            }
            // Both sides hear that the pair ended (the coordinator made the move); the coordinator hears nothing.
            #expect(try await EventNotificationTests.told(.pairEnded, on: app.db)
                == EventNotificationTests.sorted([fixture.a.mentor, fixture.a.mentee]))
            #expect(try await Notification.query(on: app.db).filter(\.$person.$id == fixture.a.coordinator).count() == 0)
        }
    }

    @Test func invitationsGoOnlyToPeopleWhoChoseEmailAtEveryEvent() async throws {
        try await withTestApp { app in
            // setup: the mentee chose "only reminders"
            Invitations.mailOn(app)
            let fixture = try await Fixture.make(on: app)
            let mentee = try #require(try await Person.find(fixture.a.mentee, on: app.db))
            EmailChoice.remindersOnly.apply(to: mentee)
            try await mentee.save(on: app.db)
            let mentor = try await CorrectionServerTests.signedIn(app, fixture.a.emails[.mentor]!, language: "nl")
            // act: the mentor plans one and cancels it
            let id = try await Invitations.plan(mentor, pair: fixture.a.pair, app: app)
            let cancel = SiteURL.conversationCancel(id).path
            #expect(try await CorrectionServerTests.submit(mentor, page: cancel, action: cancel).status == .seeOther)
            // validate: only the mentor's two invitations; the mentee sees the change in the product
            let messages = try await Invitations.messages(app)
            #expect(messages.map(\.recipient) == [fixture.a.emails[.mentor]!, fixture.a.emails[.mentor]!])
            #expect(try await EventNotificationTests.told(.conversationCancelled, on: app.db) == [fixture.a.mentee])
            #expect(try await OutboxMessage.query(on: app.db).filter(\.$recipient == fixture.a.emails[.mentee]!).count() == 0)
            // the rule itself, for every choice
            #expect(!EmailChoice.remindersOnly.mails(.conversationCancelled) && EmailChoice.remindersOnly.mails(.conversationTomorrow))
        }
    }
}
