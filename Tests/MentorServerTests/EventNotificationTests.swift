import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

/// Events told at once (issue 15): each event reaches exactly the people it is meant for, once,
/// in the app and by e-mail as each of them chose, with the pair and the date in the reader's
/// language; never the actor, the other organisation or other mentors.
@Suite struct EventNotificationTests {
    static let baseURL = "https://mentor.example.org"

    static func mailOn(_ app: Application) {
        app.settings.mail = MailSettings(sendmail: "true", from: "mm@example.org", baseURL: baseURL)
    }

    /// Who got a notification of `kind`, sorted by id.
    static func told(_ kind: NotificationKind, on db: any Database) async throws -> [UUID] {
        try await Notification.query(on: db).filter(\.$kind == kind.rawValue).all().map { $0.$person.id }.sorted { $0.uuidString < $1.uuidString }
    }

    static func sorted(_ ids: [UUID]) -> [UUID] { ids.sorted { $0.uuidString < $1.uuidString } }

    /// The e-mails of notifications of `kind`, by recipient.
    static func mails(_ kind: NotificationKind, on db: any Database) async throws -> [OutboxMessage] {
        let ids = try await Notification.query(on: db).filter(\.$kind == kind.rawValue).all().compactMap(\.id)
        if ids.isEmpty { return [] }
        return try await OutboxMessage.query(on: db).filter(\.$notification.$id ~~ ids).all()
    }

    static func text(_ kind: NotificationKind, for person: UUID, language: Language, on app: Application) async throws -> String {
        let notice = try #require(try await Notification.query(on: app.db).filter(\.$kind == kind.rawValue).filter(\.$person.$id == person).first())
        return kind.text(detail: notice.detail, formats: Formats(language: language, timeZone: app.settings.timeZone))
    }

    /// Every person of both organisations: whoever is not expected must have nothing.
    static func everyone(_ fixture: Fixture) -> [UUID] {
        [fixture.a, fixture.b].flatMap { [$0.admin, $0.coordinator, $0.mentor, $0.mentee, $0.spare, $0.strangerMentor] }
    }

    /// The spare mentee of organisation A asks the stranger mentor from the find-a-mentor page.
    static func requestStranger(_ fixture: Fixture, app: Application) async throws -> UUID {
        let spare = try await CorrectionServerTests.signedIn(app, "spare@a.example", language: "nl")
        let page = try await spare.get(SiteURL.mentors.path).body.string
        let form = try #require(BrowserForm.all(in: page).first { form in
            form.action == SiteURL.pairRequest.path && form.fields.contains { $0.name == "mentor" && $0.value == fixture.a.strangerMentor.uuidString }
        })
        #expect(try await spare.post(form.action, form.sent()).status == .seeOther)
        return try #require(try await Mentorship.query(on: app.db).filter(\.$mentee.$id == fixture.a.spare).filter(\.$status == .proposed).first()?.id)
    }

    // MARK: Requests

    @Test func aRequestReachesOnlyItsMentorAtOnceAndTheAnswerOnlyTheMentee() async throws {
        try await withTestApp { app in
            Self.mailOn(app)
            let fixture = try await Fixture.make(on: app)
            // act: the request
            let pairID = try await Self.requestStranger(fixture, app: app)
            // validate: the mentor at once, nobody else (the coordinators only after the reminder's days)
            #expect(try await Self.told(.requestReceived, on: app.db) == [fixture.a.strangerMentor])
            #expect(try await Notification.query(on: app.db).count() == 1)
            let text = try await Self.text(.requestReceived, for: fixture.a.strangerMentor, language: .nl, on: app)
            let today = Formats(language: .nl, timeZone: app.settings.timeZone)
            #expect(text == "Spare A heeft je op \(today.longDate(app.now)) gevraagd om mentor te zijn. Op de pagina van het koppel kun je het verzoek accepteren of afwijzen.")
            #expect(!text.contains(today.isoDay(app.now)))
            let mail = try #require(try await Self.mails(.requestReceived, on: app.db).first)
            #expect(mail.recipient == "stranger@a.example" && mail.subject == "Een nieuw mentorverzoek")
            #expect(mail.body.contains(text) && mail.body.contains(Self.baseURL + SiteURL.pair(pairID).path))
            // act: the mentor accepts from the pair page
            let mentor = try await CorrectionServerTests.signedIn(app, fixture.a.strangerEmail, language: "nl")
            let accepted = try await CorrectionServerTests.submit(mentor, page: SiteURL.pair(pairID).path, action: SiteURL.pairAccept(pairID).path)
            #expect(accepted.status == .seeOther)
            // validate: only the mentee, once; the mentor, who did it, hears nothing
            #expect(try await Self.told(.requestAccepted, on: app.db) == [fixture.a.spare])
            #expect(try await Self.text(.requestAccepted, for: fixture.a.spare, language: .nl, on: app).hasPrefix("Stranger A heeft op "))
            // A second accept is refused and tells nobody again.
            #expect(try await mentor.post(SiteURL.pairAccept(pairID).path).status != .seeOther)
            #expect(try await Self.told(.requestAccepted, on: app.db) == [fixture.a.spare])
            for person in Self.everyone(fixture) where ![fixture.a.strangerMentor, fixture.a.spare].contains(person) {
                #expect(try await Notification.query(on: app.db).filter(\.$person.$id == person).count() == 0)
            }
        }
    }

    @Test func aDeclinedRequestReachesOnlyTheMentee() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let pairID = try await Self.requestStranger(fixture, app: app)
            let mentor = try await CorrectionServerTests.signedIn(app, fixture.a.strangerEmail, language: "nl")
            let page = try await mentor.get(SiteURL.pair(pairID).path).body.string
            let form = try #require(BrowserForm.all(in: page).first { $0.action == SiteURL.pairDecline(pairID).path })
            #expect(try await mentor.post(form.action, form.sent()).status == .seeOther)
            #expect(try await Self.told(.requestDeclined, on: app.db) == [fixture.a.spare])
            let text = try await Self.text(.requestDeclined, for: fixture.a.spare, language: .nl, on: app)
            #expect(text.contains("Stranger A") && text.contains(Formats(language: .nl, timeZone: app.settings.timeZone).longDate(app.now)))
            #expect(try await Notification.query(on: app.db).filter(\.$person.$id != fixture.a.spare).filter(\.$person.$id != fixture.a.strangerMentor).count() == 0)
        }
    }

    // MARK: Matching

    @Test func aPublishedProposalReachesBothSidesOnce() async throws {
        try await withTestApp { app in
            Self.mailOn(app)
            let fixture = try await Fixture.make(on: app)
            let coordinator = try await CorrectionServerTests.signedIn(app, fixture.a.emails[.coordinator]!)
            #expect(try await coordinator.post(SiteURL.matchingPublish(programme: fixture.a.programme).path).status == .seeOther)
            let proposals = try await Mentorship.query(on: app.db).filter(\.$status == .proposed).all()
            #expect(!proposals.isEmpty)
            let expected = Self.sorted(proposals.flatMap { [$0.$mentor.id, $0.$mentee.id] })
            #expect(try await Self.told(.proposalPublished, on: app.db) == expected)
            #expect(try await Self.mails(.proposalPublished, on: app.db).count == expected.count)
            // Publishing again adds no second notification for the same pairs.
            try await Notifier.tellProposals(of: fixture.a.programme, request: Request(application: app, on: app.eventLoopGroup.next()), on: app.db)
            #expect(try await Self.told(.proposalPublished, on: app.db) == expected)
            #expect(!expected.contains(fixture.a.coordinator) && !expected.contains(fixture.b.mentor))
        }
    }

    // MARK: Conversations

    @Test func aPlannedMovedOrCancelledConversationReachesOnlyTheOtherSide() async throws {
        try await withTestApp { app in
            Self.mailOn(app)
            let fixture = try await Fixture.make(on: app)
            let mentee = try await CorrectionServerTests.signedIn(app, fixture.a.emails[.mentee]!, language: "nl")
            // act: the mentee plans one on 19 August next year at 14:00
            let year = Calendar(identifier: .gregorian).component(.year, from: app.now) + 1
            let day = "\(year)-08-19"
            let page = SiteURL.conversationNew(pair: fixture.a.pair).path
            let sent = try await CorrectionServerTests.submit(mentee, page: page, action: SiteURL.conversations(pair: fixture.a.pair).path,
                                                              ["date": day, "time": "14:00", "durationMinutes": "60", "status": "planned"])
            #expect(sent.status == .seeOther)
            let id = try #require(try await Conversation.query(on: app.db).filter(\.$status == .planned).first()?.id)
            // validate: the mentor only, with the day as Dutch writes it; the calendar invitation is the e-mail
            #expect(try await Self.told(.conversationPlanned, on: app.db) == [fixture.a.mentor])
            let text = try await Self.text(.conversationPlanned, for: fixture.a.mentor, language: .nl, on: app)
            #expect(text == "Mentee A heeft een mentorgesprek met je gepland op 19 augustus \(year) om 14:00.")
            #expect(try await Self.text(.conversationPlanned, for: fixture.a.mentor, language: .en, on: app)
                == "Mentee A planned a mentoring conversation with you on 19 August \(year) at 14:00.")
            #expect(try await Self.mails(.conversationPlanned, on: app.db).isEmpty)
            // act: the mentor moves it; then the mentee cancels it
            let mentor = try await CorrectionServerTests.signedIn(app, fixture.a.emails[.mentor]!, language: "nl")
            let conversationPath = SiteURL.conversation(id).path
            let move = SiteURL.conversationReschedule(id).path, cancel = SiteURL.conversationCancel(id).path
            let moved = try await CorrectionServerTests.submit(mentor, page: move, action: move, ["date": "\(year)-08-20", "time": "09:30"])
            #expect(moved.status == .seeOther)
            #expect(try await Self.told(.conversationMoved, on: app.db) == [fixture.a.mentee])
            #expect(try await Self.text(.conversationMoved, for: fixture.a.mentee, language: .nl, on: app)
                == "Mentor A heeft jullie mentorgesprek verplaatst naar 20 augustus \(year) om 9:30.")
            let cancelled = try await CorrectionServerTests.submit(mentee, page: cancel, action: cancel)
            #expect(cancelled.status == .seeOther)
            #expect(try await Self.told(.conversationCancelled, on: app.db) == [fixture.a.mentor])
            #expect(try await Self.text(.conversationCancelled, for: fixture.a.mentor, language: .nl, on: app)
                == "Mentee A heeft jullie mentorgesprek van 20 augustus \(year) om 9:30 afgezegd.")
            // Nothing a calendar shows changed (a cancelled one cannot be cancelled again): nobody is told again.
            let before = try await Notification.query(on: app.db).count()
            _ = try await mentee.post(cancel)
            #expect(try await Notification.query(on: app.db).count() == before)
            #expect(try await mentee.get(conversationPath).status == .ok)
            for person in Self.everyone(fixture) where ![fixture.a.mentor, fixture.a.mentee].contains(person) {
                #expect(try await Notification.query(on: app.db).filter(\.$person.$id == person).count() == 0)
            }
        }
    }

    @Test func theDayBeforeBothSidesGetTheAgendaTitlesOnceAndNothingPrivate() async throws {
        try await withTestApp { app in
            Self.mailOn(app)
            let fixture = try await Fixture.make(on: app)
            let zone = app.settings.timeZone
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            let now = calendar.date(bySettingHour: 9, minute: 0, second: 0, of: Date())!
            let tomorrow = calendar.date(byAdding: .day, value: 1, to: calendar.date(bySettingHour: 15, minute: 30, second: 0, of: now)!)!
            let conversation = Conversation(mentorshipID: fixture.a.pair, scheduledAt: tomorrow, durationMinutes: 45, place: "", initiatedBy: .mentee,
                                            status: .planned)
            conversation.privateNotes = "PRIVATE-NOTE"
            conversation.sharedNotes = "SHARED-NOTE"
            try await conversation.create(on: app.db)
            try await AgendaItem(conversationID: try conversation.requireID(), authorSide: .mentee, text: "Feedback op mijn memo",
                                 addedBeforehand: true, covered: false, position: 0).create(on: app.db)
            // One the day after tomorrow, and one in organisation B's paused pair, are not for today.
            try await Conversation(mentorshipID: fixture.a.pair, scheduledAt: tomorrow.addingTimeInterval(86_400), durationMinutes: 45, place: "",
                                   initiatedBy: .mentee, status: .planned).create(on: app.db)
            // act: the reminder job runs twice
            _ = try await Reminders.run(now: now, settings: app.settings.mail, timeZone: zone, on: app.db)
            _ = try await Reminders.run(now: now.addingTimeInterval(900), settings: app.settings.mail, timeZone: zone, on: app.db)
            // validate
            #expect(try await Self.told(.conversationTomorrow, on: app.db) == Self.sorted([fixture.a.mentor, fixture.a.mentee]))
            let text = try await Self.text(.conversationTomorrow, for: fixture.a.mentor, language: .nl, on: app)
            let formats = Formats(language: .nl, timeZone: zone)
            #expect(text == "Morgen, \(formats.longDate(tomorrow)) om 15:30, heb je een mentorgesprek met Mentee A. Op de agenda: Feedback op mijn memo.")
            let mails = try await Self.mails(.conversationTomorrow, on: app.db)
            #expect(mails.count == 2)
            for mail in mails { #expect(!mail.body.contains("PRIVATE-NOTE") && !mail.body.contains("SHARED-NOTE")) }
            let notices = try await Notification.query(on: app.db).filter(\.$kind == NotificationKind.conversationTomorrow.rawValue).all()
            for notice in notices { #expect(try !notice.detail.contains("PRIVATE") && notice.link == SiteURL.conversation(conversation.requireID()).path) }
        }
    }

    // MARK: Agreement and pair

    @Test func aChangedAgreementAsksOnlyTheOtherSideToConfirm() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let mentor = try await CorrectionServerTests.signedIn(app, fixture.a.emails[.mentor]!, language: "nl")
            let path = SiteURL.agreement(fixture.a.pair).path
            #expect(try await CorrectionServerTests.submit(mentor, page: path, action: path, ["menteeExpectations": "Eerlijke feedback"]).status == .seeOther)
            #expect(try await Self.told(.agreementChanged, on: app.db) == [fixture.a.mentee])
            let text = try await Self.text(.agreementChanged, for: fixture.a.mentee, language: .nl, on: app)
            #expect(text.hasPrefix("De afspraken met Mentor A zijn op ") && text.hasSuffix(" gewijzigd en wachten op je bevestiging."))
            // The mentee edits it in turn: now the mentor is asked, and the mentee's first one stays single.
            let mentee = try await CorrectionServerTests.signedIn(app, fixture.a.emails[.mentee]!, language: "nl")
            #expect(try await CorrectionServerTests.submit(mentee, page: path, action: path, ["menteeExpectations": "Eerlijke feedback, elke keer"])
                .status == .seeOther)
            #expect(try await Self.told(.agreementChanged, on: app.db) == Self.sorted([fixture.a.mentor, fixture.a.mentee]))
            #expect(try await Notification.query(on: app.db).filter(\.$person.$id == fixture.a.coordinator).count() == 0)
        }
    }

    @Test func pausingResumingAndEndingReachTheOtherSides() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let mentor = try await CorrectionServerTests.signedIn(app, fixture.a.emails[.mentor]!, language: "nl")
            let pairPath = SiteURL.pair(fixture.a.pair).path, statusPath = SiteURL.pairStatus(fixture.a.pair).path
            func move(_ client: TestClient, to status: String, _ typed: [String: String] = [:]) async throws -> HTTPStatus {
                let page = try await client.get(pairPath).body.string
                let form = try #require(BrowserForm.all(in: page).first { form in
                    form.action == statusPath && form.fields.contains { $0.name == "to" && $0.value == status }
                }, "no form to move to \(status)")
                return try await client.post(form.action, form.sent(typed)).status
            }
            // act: the mentor pauses
            #expect(try await move(mentor, to: "paused") == .seeOther)
            #expect(try await Self.told(.pairPaused, on: app.db) == [fixture.a.mentee])
            #expect(try await Self.text(.pairPaused, for: fixture.a.mentee, language: .nl, on: app)
                == "Je mentoring met Mentor A is op \(Formats(language: .nl, timeZone: app.settings.timeZone).longDate(app.now)) gepauzeerd.")
            // the coordinator resumes: both sides hear it
            let coordinator = try await CorrectionServerTests.signedIn(app, fixture.a.emails[.coordinator]!, language: "nl")
            #expect(try await move(coordinator, to: "active") == .seeOther)
            #expect(try await Self.told(.pairResumed, on: app.db) == Self.sorted([fixture.a.mentor, fixture.a.mentee]))
            // the mentor ends it
            #expect(try await move(mentor, to: "ended", ["reason": "Doelen bereikt"]) == .seeOther)
            #expect(try await Self.told(.pairEnded, on: app.db) == [fixture.a.mentee])
            #expect(try await Self.text(.pairEnded, for: fixture.a.mentee, language: .en, on: app).hasPrefix("Your mentoring with Mentor A was ended on "))
            for person in Self.everyone(fixture) where ![fixture.a.mentor, fixture.a.mentee].contains(person) {
                #expect(try await Notification.query(on: app.db).filter(\.$person.$id == person).count() == 0)
            }
        }
    }

    // MARK: Once, also with several servers

    @Test func twoConcurrentDeliveriesOfOneEventMakeOneNotificationAndOneEmail() async throws {
        try await withTestApp { app in
            Self.mailOn(app)
            let fixture = try await Fixture.make(on: app)
            let pair = try #require(try await Mentorship.find(fixture.a.pair, on: app.db))
            let settings = app.settings.mail, zone = app.settings.timeZone, now = app.now
            // act: two deliveries of the same event at the same moment, as two servers would
            let results = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<2 {
                    group.addTask {
                        try await Notifier.tell(.pairPaused, pair: pair, subjectID: fixture.a.pair, occurrence: "once", moment: now,
                                                link: .pair(fixture.a.pair), actor: fixture.a.mentor, now: now, settings: settings,
                                                timeZone: zone, on: app.db)
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            // validate
            #expect(results.sorted() == [0, 1])
            #expect(try await Self.told(.pairPaused, on: app.db) == [fixture.a.mentee])
            #expect(try await Self.mails(.pairPaused, on: app.db).count == 1)
            #expect(try await OutboxMessage.query(on: app.db).count() == 1)
            // Inside a write transaction a repeat neither fails nor aborts it.
            let kept = try await app.db.writeTransaction(gate: nil) { db in
                try await Notifier.tell(.pairPaused, pair: pair, subjectID: fixture.a.pair, occurrence: "once", moment: now, link: .pair(fixture.a.pair),
                                        actor: fixture.a.mentor, now: now, settings: settings, timeZone: zone, on: db)
                return try await Notification.query(on: db).count()
            }
            #expect(kept == 1)
        }
    }

    // MARK: The e-mail choice

    @Test func theEmailChoiceFromTheAccountPageIsRespected() async throws {
        try await withTestApp { app in
            Self.mailOn(app)
            let fixture = try await Fixture.make(on: app)
            let mentee = try await CorrectionServerTests.signedIn(app, fixture.a.emails[.mentee]!, language: "nl")
            let page = try await mentee.get(SiteURL.account.path).body.string
            #expect(page.contains("Stuur me een e-mail") && page.contains("Alleen bij herinneringen"))
            let pair = try #require(try await Mentorship.find(fixture.a.pair, on: app.db))
            let settings = app.settings.mail, zone = app.settings.timeZone, now = app.now
            func deliver(_ kind: NotificationKind, _ occurrence: String) async throws {
                try await Notifier.tell(kind, pair: pair, subjectID: fixture.a.pair, occurrence: occurrence, moment: now, link: .pair(fixture.a.pair),
                                        actor: fixture.a.mentor, now: now, settings: settings, timeZone: zone, on: app.db)
            }
            func mailsToMentee() async throws -> Int {
                try await OutboxMessage.query(on: app.db).filter(\.$recipient == fixture.a.emails[.mentee]!).count()
            }
            // Every event (the default): an event is e-mailed.
            try await deliver(.pairPaused, "1")
            #expect(try await mailsToMentee() == 1)
            // Only reminders, chosen on the account page as the browser sends it
            let form = try #require(BrowserForm.all(in: page).first { $0.action == SiteURL.accountNotifications.path })
            #expect(try await mentee.post(form.action, form.sent(["delivery": "reminders"])).status == .seeOther)
            #expect(try await Person.find(fixture.a.mentee, on: app.db).map(EmailChoice.init) == .remindersOnly)
            #expect(try await mentee.get(SiteURL.account.path).body.string.contains(#"value="reminders" checked"#))
            try await deliver(.pairResumed, "2")
            #expect(try await mailsToMentee() == 1)
            try await deliver(.conversationTomorrow, "3")
            #expect(try await mailsToMentee() == 2)
            // Never: in the product only.
            #expect(try await mentee.post(form.action, form.sent(["delivery": "app"])).status == .seeOther)
            try await deliver(.pairEnded, "4")
            try await deliver(.conversationTomorrow, "5")
            #expect(try await mailsToMentee() == 2)
            #expect(try await Notification.query(on: app.db).filter(\.$person.$id == fixture.a.mentee).count() == 5)
            // Nonsense is refused and changes nothing.
            #expect(try await mentee.post(form.action, form.sent(["delivery": "sms"])).status == .badRequest)
            #expect(try await Person.find(fixture.a.mentee, on: app.db).map(EmailChoice.init) == .never)
        }
    }

    // MARK: The request time-out

    @Test func anUnansweredRequestClosesAfterTheProgrammesDaysAndEveryoneConcernedIsTold() async throws {
        try await withTestApp { app in
            Self.mailOn(app)
            let fixture = try await Fixture.make(on: app)
            let pairID = try await Self.requestStranger(fixture, app: app)
            try await Mentorship.query(on: app.db).filter(\.$id == pairID).set(\.$createdAt, to: app.now.addingTimeInterval(-86_400 * 13)).update()
            // Not yet: 13 of 14 days.
            #expect(try await RequestTimeouts.run(now: app.now, settings: app.settings.mail, timeZone: app.settings.timeZone, on: app.db) == 0)
            // act: a day later, twice (a retried job)
            let later = app.now.addingTimeInterval(86_400 + 60)
            #expect(try await RequestTimeouts.run(now: later, settings: app.settings.mail, timeZone: app.settings.timeZone, on: app.db) == 1)
            #expect(try await RequestTimeouts.run(now: later, settings: app.settings.mail, timeZone: app.settings.timeZone, on: app.db) == 0)
            // validate
            let pair = try #require(try await Mentorship.find(pairID, on: app.db))
            #expect(pair.status == .ended && pair.endReason == RequestTimeouts.reason)
            #expect(try await Self.told(.requestTimedOut, on: app.db) == Self.sorted([fixture.a.spare, fixture.a.strangerMentor, fixture.a.coordinator]))
            #expect(try await Self.mails(.requestTimedOut, on: app.db).count == 3)
            #expect(try await Self.text(.requestTimedOut, for: fixture.a.spare, language: .nl, on: app)
                == "Je verzoek aan Stranger A heeft 14 dagen geen antwoord gekregen en is gesloten. Je kunt een andere mentor vragen.")
            #expect(try await Self.text(.requestTimedOut, for: fixture.a.coordinator, language: .en, on: app)
                == "The request from Spare A to Stranger A had no answer for 14 days and has been closed.")
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "timeout").count() == 1)
            // The pair page says why in the reader's language.
            let spare = try await CorrectionServerTests.signedIn(app, "spare@a.example", language: "nl")
            #expect(try await spare.get(SiteURL.pair(pairID).path).body.string.contains("niet op tijd beantwoord"))
            #expect(try await Notification.query(on: app.db).filter(\.$person.$id == fixture.b.coordinator).count() == 0)
        }
    }

    @Test func theProgrammeFormSetsTheTimeOutAndEmptyMeansNever() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let admin = try await CorrectionServerTests.signedIn(app, fixture.a.emails[.admin]!, language: "nl")
            let edit = SiteURL.adminProgrammeEdit(fixture.a.programme).path, action = SiteURL.adminProgramme(fixture.a.programme).path
            let page = try await admin.get(edit).body.string
            #expect(page.contains("Onbeantwoord verzoek sluiten na (dagen)") && page.contains(#"name="requestTimeoutDays""#))
            #expect(page.contains(#"value="14""#))
            // Nonsense is refused with a message in Dutch and nothing is saved.
            let refused = try await CorrectionServerTests.submit(admin, page: edit, action: action, ["requestTimeoutDays": "veertien"])
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("Vul een aantal dagen in van 1 tot 365"))
            #expect(try await Programme.find(fixture.a.programme, on: app.db)?.requestTimeoutDays == 14)
            #expect(try await CorrectionServerTests.submit(admin, page: edit, action: action, ["requestTimeoutDays": "30"]).status == .seeOther)
            #expect(try await Programme.find(fixture.a.programme, on: app.db)?.requestTimeoutDays == 30)
            #expect(try await CorrectionServerTests.submit(admin, page: edit, action: action, ["requestTimeoutDays": ""]).status == .seeOther)
            #expect(try await Programme.find(fixture.a.programme, on: app.db)?.requestTimeoutDays == nil)
            // Never: an old request stays open.
            let pairID = try await Self.requestStranger(fixture, app: app)
            try await Mentorship.query(on: app.db).filter(\.$id == pairID).set(\.$createdAt, to: app.now.addingTimeInterval(-86_400 * 400)).update()
            #expect(try await RequestTimeouts.run(now: app.now, settings: app.settings.mail, timeZone: app.settings.timeZone, on: app.db) == 0)
            #expect(try await Mentorship.find(pairID, on: app.db)?.status == .proposed)
        }
    }
}
