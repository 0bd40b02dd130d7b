import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

/// What a reminder says: the pair it is about and its day as the reader writes it, in the
/// reader's language and the firm's time zone (issue 15).
@Suite struct ReminderTextTests {
    static let amsterdam = TimeZone(identifier: "Europe/Amsterdam")!

    /// Midnight of a day in Amsterdam: how a due date is stored.
    static func day(_ year: Int, _ month: Int, _ day: Int, hour: Int = 0) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = amsterdam
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour))!
    }

    @Test(arguments: MentorCore.Language.allCases)
    func anActionDue19AugustReadsThatDayAndNamesTheOtherPerson(language: MentorCore.Language) throws {
        let pair = ReminderRules.PairSnapshot(
            id: UUID(), organisationID: UUID(), programmeID: UUID(), mentorID: UUID(), menteeID: UUID(), status: .active,
            createdAt: Self.day(2026, 3, 1), startedOn: Self.day(2026, 3, 1), cadenceDays: 28, pulseIntervalDays: 60,
            openActions: [.init(id: UUID(), conversationID: UUID(), owner: .mentee, dueOn: Self.day(2026, 8, 19))],
            mentorName: "Daan Visser", menteeName: "Emma de Vries")
        let notice = try #require(ReminderRules.actionsDue(pair, now: Self.day(2026, 8, 18, hour: 9), timeZone: Self.amsterdam).first)
        let formats = Formats(language: language, timeZone: Self.amsterdam)
        let text = NotificationKind.actionDue.text(detail: notice.detail, formats: formats)
        switch language {
        case .nl: #expect(text == "Een actiepunt uit je mentoring met Daan Visser moet af op 19 augustus 2026.")
        case .en: #expect(text == "An action from your mentoring with Daan Visser is due on 19 August 2026.")
        }
        #expect(!text.contains("2026-08-18") && !text.contains("2026-08-19"))
        // The e-mail says the same.
        let body = Notifier.body(kind: .actionDue, detail: notice.detail, link: "https://mm.example/x", formats: formats)
        #expect(body.contains(text))
    }

    @Test(arguments: MentorCore.Language.allCases)
    func everyReminderKindNamesThePair(language: MentorCore.Language) {
        let formats = Formats(language: language, timeZone: Self.amsterdam)
        let member = ReminderRules.Detail(value: "6", names: ["Daan <Visser>"]).encoded
        for kind in [NotificationKind.conversationOverdue, .requestWaiting, .agreementDue, .pulseOpen, .requestWithdrawn] {
            #expect(kind.text(detail: member, formats: formats).contains("Daan <Visser>"), "\(kind)")
        }
        let coordinator = NotificationKind.requestWaitingCoordinator.text(
            detail: ReminderRules.Detail(value: "6", names: ["Emma de Vries", "Daan Visser"]).encoded, formats: formats)
        #expect(coordinator.contains("Emma de Vries") && coordinator.contains("Daan Visser") && coordinator.contains("6"))
        // A notification stored before names were kept still reads.
        #expect(NotificationKind.requestWaiting.text(detail: "6", formats: formats).contains("6"))
    }

    @Test func theJobWritesTheDayAndThePairInEachRecipientsLanguage() async throws {
        try await withTestApp { app in
            // setup: in both organisations the mentee's action is due 19 August; it is the 18th, 10:00 in Amsterdam.
            let fixture = try await Fixture.make(on: app)
            for organisation in [fixture.a, fixture.b] {
                try await ActionItem.query(on: app.db).filter(\.$id == organisation.action).set(\.$dueOn, to: Self.day(2026, 8, 19)).update()
            }
            app.clock = .fixed(Self.day(2026, 8, 18, hour: 10))
            let settings = MailSettings(sendmail: "true", from: "mm@example.org", baseURL: "https://mentor.example.org")
            // act
            _ = try await Reminders.run(now: app.now, settings: settings, timeZone: app.settings.timeZone, on: app.db)
            // validate: the mentee of A (Dutch) and of B (English) each get one, naming their mentor.
            let due = try await Notification.query(on: app.db).filter(\.$kind == NotificationKind.actionDue.rawValue).all()
            #expect(Set(due.map { $0.$person.id }) == [fixture.a.mentee, fixture.b.mentee])
            let outbox = try await OutboxMessage.query(on: app.db).all()
            let dutch = try #require(outbox.first { $0.recipient == fixture.a.emails[.mentee]! && $0.subject == NotificationKind.actionDue.subject(.nl) })
            #expect(dutch.body.contains("Een actiepunt uit je mentoring met Mentor A moet af op 19 augustus 2026."))
            let english = try #require(outbox.first { $0.recipient == fixture.b.emails[.mentee]! && $0.subject == NotificationKind.actionDue.subject(.en) })
            #expect(english.body.contains("An action from your mentoring with Mentor B is due on 19 August 2026."))
            // In the product, on the notifications page.
            let mentee = TestClient(app, acceptLanguage: "nl")
            try await mentee.signIn(fixture.a.emails[.mentee]!)
            let page = try await mentee.get(SiteURL.notifications.path).body.string
            #expect(page.contains("moet af op 19 augustus 2026") && page.contains("Mentor A"))
            #expect(!page.contains("2026-08-18"))
        }
    }
}
