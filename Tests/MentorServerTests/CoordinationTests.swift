import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

@Suite struct CoordinationTests {
    /// Makes the fixture's pair of organisation A quiet: its only conversation 60 days ago.
    static func makeQuiet(_ fixture: Fixture, on db: any Database) async throws {
        let conversation = try #require(try await Conversation.find(fixture.a.conversation, on: db))
        conversation.scheduledAt = Date(timeIntervalSinceNow: -86_400 * 60)
        conversation.privateNotes = "SECRET-PRIVATE-NOTE"
        conversation.sharedNotes = "SECRET-SHARED-NOTE"
        try await conversation.save(on: db)
        try await GoalEvidence(conversationID: fixture.a.conversation, goalID: fixture.a.goal, text: "SECRET-EVIDENCE").create(on: db)
        let pair = try #require(try await Mentorship.find(fixture.a.pair, on: db))
        pair.startedOn = Date(timeIntervalSinceNow: -86_400 * 90)
        try await pair.save(on: db)
    }

    @Test func theHealthPageNamesQuietPairsAndShowsNoContent() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            try await Self.makeQuiet(fixture, on: app.db)
            // A measured share wins over the mentor's estimate.
            try await Conversation.query(on: app.db).filter(\.$id == fixture.a.conversation).set(\.$talkShareEstimate, to: 0.3).update()
            let analysis = TranscriptAnalysis()
            analysis.$conversation.id = fixture.a.conversation
            analysis.format = "webvtt"; analysis.language = "en"; analysis.timed = true
            analysis.mentorSpeaker = "Mentor A"; analysis.menteeSpeaker = "Mentee A"; analysis.mentorShare = 0.95; analysis.figures = "{}"
            try await analysis.save(on: app.db)
            let coordinator = TestClient(app, acceptLanguage: "en")
            try await coordinator.signIn(fixture.a.emails[.coordinator]!)
            // act
            let page = try await coordinator.get("/programmes/\(fixture.a.programme)/health")
            let quiet = try await coordinator.get("/programmes/\(fixture.a.programme)/health/export?table=quiet")
            let pairs = try await coordinator.get("/programmes/\(fixture.a.programme)/health/export?table=pairs")
            let compare = try await coordinator.get("/programmes/compare/export")
            // validate: 60 days without a conversation against a cadence of 28 (more than 42 days) is quiet.
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("Mentor A") && html.contains("Mentee A"))
            #expect(html.contains("<svg") && html.contains("talk-histogram-title"))
            for secret in ["SECRET-PRIVATE-NOTE", "SECRET-SHARED-NOTE", "SECRET-EVIDENCE", "How do I plan my week?", "Draft a weekly plan", "Plan my work"] {
                #expect(!html.contains(secret), "\(secret) on the health page")
                #expect(!quiet.body.string.contains(secret) && !pairs.body.string.contains(secret) && !compare.body.string.contains(secret))
            }
            #expect(quiet.headers.contentType?.subType == "csv")
            // English readers get `,` and, like everyone, a byte order mark for Excel.
            #expect(quiet.body.string.hasPrefix("\u{FEFF}Mentor,Mentee,Last conversation,Days quiet\r\nMentor A,Mentee A,"))
            #expect(quiet.body.string.contains(",60\r\n"))
            // Pairs are numbered, not named: held 1 of 90 / 28 = 3 expected; the goal has evidence in that conversation.
            #expect(pairs.body.string.contains("1,Active,1,3,0,No\r\n"))
            #expect(!pairs.body.string.contains("Mentor A"))
            #expect(compare.body.string.contains("Programme a,1,0,0,1,0,1 / 3,1,0%"))
            #expect(try await coordinator.get("/programmes/\(fixture.a.programme)/health/export?table=nonsense").status == .badRequest)
            let talk = try await coordinator.get("/programmes/\(fixture.a.programme)/health/export?table=talk").body.string
            #expect(talk.contains("90-100%,1\r\n") && talk.contains("30-40%,0\r\n"))
            // Organisation B's coordinator sees none of it.
            let other = TestClient(app)
            try await other.signIn(fixture.b.emails[.coordinator]!)
            #expect(try await other.get("/programmes/\(fixture.a.programme)/health/export?table=quiet").status == .notFound)
            #expect(!(try await other.get("/programmes/compare").body.string.contains("Programme a")))
        }
    }

    @Test func pulseAnswersAreCountedOncePerRoundAndShownFromThreePeople() async throws {
        try await withTestApp { app in
            // setup: the pair started 61 days ago, so round 1 is open.
            let fixture = try await Fixture.make(on: app)
            let pair = try #require(try await Mentorship.find(fixture.a.pair, on: app.db))
            pair.startedOn = Date(timeIntervalSinceNow: -86_400 * 61)
            try await pair.save(on: app.db)
            let mentee = TestClient(app, acceptLanguage: "en")
            try await mentee.signIn(fixture.a.emails[.mentee]!)
            let mentor = TestClient(app, acceptLanguage: "en")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            let path = "/mentorships/\(fixture.a.pair)/pulse"
            // act and validate
            let form = try await mentee.get(path).body.string
            #expect(form.contains("How valuable is the mentoring for you now?"))
            #expect(form.contains("name=\"value\" value=\"5\"") && !form.contains("Optional"))
            #expect(try await mentee.post(path, [("value", "9")]).status == .unprocessableEntity)
            #expect(try await mentee.post(path, [("value", "4"), ("improvement", "Meet in person")]).status == .seeOther)
            #expect(try await mentee.post(path, [("value", "2")]).status == .conflict)
            #expect(try await mentor.post(path, [("value", "5")]).status == .seeOther)
            #expect(try await PulseResponse.query(on: app.db).count() == 2)
            // Two people answered: the coordinator sees a count, not the answers.
            let coordinator = TestClient(app, acceptLanguage: "en")
            try await coordinator.signIn(fixture.a.emails[.coordinator]!)
            let page = try await coordinator.get("/programmes/\(fixture.a.programme)/health").body.string
            #expect(page.contains("2 answers from 2 people in this period"))
            #expect(!page.contains("Meet in person"))
            let csv = try await coordinator.get("/programmes/\(fixture.a.programme)/health/export?table=pulse").body.string
            #expect(csv == "\u{FEFF}How valuable is the mentoring for you now?,Number\r\n")
            // A third person (another pair's mentee in the same programme) makes the totals visible.
            let second = Mentorship(organisationID: fixture.a.id, programmeID: fixture.a.programme, mentorID: fixture.a.strangerMentor,
                                    menteeID: fixture.a.spare, status: .active, startedOn: Date(timeIntervalSinceNow: -86_400 * 61))
            try await second.create(on: app.db)
            try await PulseResponse(mentorshipID: second.id!, programmeID: fixture.a.programme, personID: fixture.a.spare, round: 1, value: 3,
                                    improvement: "More structure").create(on: app.db)
            let shown = try await coordinator.get("/programmes/\(fixture.a.programme)/health").body.string
            // (4 + 5 + 3) / 3 = 4.0
            #expect(shown.contains("3 answers from 3 people; average 4 out of 5."))
            #expect(shown.contains("Meet in person") && shown.contains("More structure"))
            let distribution = try await coordinator.get("/programmes/\(fixture.a.programme)/health/export?table=pulse").body.string
            #expect(distribution == "\u{FEFF}How valuable is the mentoring for you now?,Number\r\n1,0\r\n2,0\r\n3,1\r\n4,1\r\n5,1\r\n")
        }
    }

    @Test func remindersAreCreatedOnceWithAnEmailForThoseWhoWantOne() async throws {
        try await withTestApp { app in
            // setup: a quiet pair, a request waiting six days, and a mentee who wants reminders in the product only.
            let fixture = try await Fixture.make(on: app)
            try await Self.makeQuiet(fixture, on: app.db)
            let request = Mentorship(organisationID: fixture.a.id, programmeID: fixture.a.programme, mentorID: fixture.a.strangerMentor,
                                     menteeID: fixture.a.spare, status: .proposed)
            try await request.create(on: app.db)
            try await Mentorship.query(on: app.db).filter(\.$id == request.id!).set(\.$createdAt, to: Date(timeIntervalSinceNow: -86_400 * 6)).update()
            let mentee = try #require(try await Person.find(fixture.a.mentee, on: app.db))
            mentee.notifyByEmail = false
            try await mentee.save(on: app.db)
            let settings = MailSettings(sendmail: "true", from: "mm@example.org", baseURL: "https://mentor.example.org")
            // act: the job runs twice.
            let first = try await Reminders.run(now: Date(), settings: settings, timeZone: app.settings.timeZone, on: app.db)
            let second = try await Reminders.run(now: Date(), settings: settings, timeZone: app.settings.timeZone, on: app.db)
            // validate
            let notifications = try await Notification.query(on: app.db).all()
            func kinds(_ person: UUID) -> [String] { notifications.filter { $0.$person.id == person }.map(\.kind).sorted() }
            // The pair started 90 days ago: besides being quiet, its first pulse round (60 days) is open and its
            // agreement was never confirmed although a conversation was held.
            #expect(kinds(fixture.a.mentor) == ["agreement_due", "conversation_overdue", "pulse_open"])
            #expect(kinds(fixture.a.mentee) == ["agreement_due", "conversation_overdue", "pulse_open"])
            #expect(kinds(fixture.a.strangerMentor) == ["request_waiting"])
            #expect(kinds(fixture.a.coordinator) == ["request_waiting_coordinator"])
            #expect(kinds(fixture.b.coordinator).isEmpty)
            // Organisation B's pair held a conversation yesterday without a confirmed agreement.
            #expect(kinds(fixture.b.mentor) == ["agreement_due"] && kinds(fixture.b.mentee) == ["agreement_due"])
            #expect(first == 10 && second == 0)
            // E-mail for everyone except the mentee who chose the product only; in their language, with a link.
            let outbox = try await OutboxMessage.query(on: app.db).all()
            #expect(Set(outbox.map(\.recipient)) == [fixture.a.emails[.mentor]!, fixture.a.strangerEmail, fixture.a.emails[.coordinator]!,
                                                     fixture.b.emails[.mentor]!, fixture.b.emails[.mentee]!])
            #expect(outbox.count == 7)
            let mentorMail = try #require(outbox.first { $0.recipient == fixture.a.emails[.mentor]! })
            #expect(mentorMail.body.contains("https://mentor.example.org/mentorships/\(fixture.a.pair)"))
            #expect(!mentorMail.body.contains("SECRET"))
            // The mentor reads it in the product: the count goes from 1 to 0.
            let client = TestClient(app, acceptLanguage: "en")
            try await client.signIn(fixture.a.emails[.mentor]!)
            #expect(try await client.get("/").body.string.contains("Notifications (3)"))
            let item = try #require(notifications.first { $0.$person.id == fixture.a.mentor && $0.kind == "conversation_overdue" })
            let opened = try await client.post("/notifications/\(item.id!)/open")
            #expect(opened.status == .seeOther && opened.headers.first(name: .location) == "/mentorships/\(fixture.a.pair)")
            #expect(try await client.get("/").body.string.contains("Notifications (2)"))
            // Someone else's notification is not found.
            let other = try #require(notifications.first { $0.$person.id == fixture.a.mentee })
            #expect(try await client.post("/notifications/\(other.id!)/open").status == .notFound)
            // Without a sendmail command reminders stay in the product: no e-mail is queued.
            try await Notification.query(on: app.db).delete()
            try await OutboxMessage.query(on: app.db).delete()
            #expect(try await Reminders.run(now: Date(), settings: MailSettings(sendmail: nil, from: "", baseURL: ""), timeZone: app.settings.timeZone, on: app.db) == 10)
            #expect(try await OutboxMessage.query(on: app.db).count() == 0)
            try await Notification.query(on: app.db).delete()
            #expect(try await Reminders.run(now: Date(), settings: settings, timeZone: app.settings.timeZone, on: app.db) == 10)
        }
    }

    @Test func theOutboxRetriesWithBackOffAndGivesUpVisibly() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outbox-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            func message(_ to: String) async throws -> OutboxMessage {
                let message = OutboxMessage()
                message.$organisation.id = fixture.a.id
                message.recipient = to
                message.subject = "Tijd voor een mentorgesprek"
                message.body = "Hallo,\n\nTest.\n"
                message.status = "pending"
                message.attempts = 0
                message.nextAttemptAt = Date(timeIntervalSinceNow: -1)
                try await message.create(on: app.db)
                return message
            }
            let good = try await message("mentor@a.example")
            let working = MailSettings(sendmail: "cat > \(folder.path)/$$.eml", from: "mm@example.org", baseURL: "")
            let failing = MailSettings(sendmail: "echo 'relay refused' >&2; exit 75", from: "mm@example.org", baseURL: "")
            // act: a working command delivers it.
            #expect(try await Outbox.deliver(worker: "test", settings: working, now: app.now, on: app.db, logger: app.logger) == 1)
            let written = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            #expect(written.count == 1)
            let mail = try String(contentsOfFile: folder.appendingPathComponent(written[0]).path, encoding: .utf8)
            #expect(mail.contains("To: mentor@a.example\r\n") && mail.contains("Subject: =?UTF-8?B?") == false && mail.contains("Content-Type: text/plain; charset=utf-8"))
            #expect(try await OutboxMessage.find(good.id, on: app.db)?.status == "sent")
            // A failing command: tried again later, 1 minute, then 2 …, until it gives up.
            let bad = try await message("mentee@a.example")
            #expect(try await Outbox.deliver(worker: "test", settings: failing, now: app.now, on: app.db, logger: app.logger) == 0)
            var stored = try #require(try await OutboxMessage.find(bad.id, on: app.db))
            #expect(stored.status == "pending" && stored.attempts == 1 && stored.lastError?.contains("relay refused") == true)
            #expect(abs(stored.nextAttemptAt.timeIntervalSinceNow - 60) < 5)
            #expect(try await Outbox.deliver(worker: "test", settings: failing, now: app.now, on: app.db, logger: app.logger) == 0)
            #expect(try await OutboxMessage.find(bad.id, on: app.db)?.attempts == 1)
            for attempt in 2...Outbox.maxAttempts {
                try await OutboxMessage.query(on: app.db).filter(\.$id == bad.id!).set(\.$nextAttemptAt, to: Date(timeIntervalSinceNow: -1)).update()
                try await Outbox.deliver(worker: "test", settings: failing, now: app.now, on: app.db, logger: app.logger)
                stored = try #require(try await OutboxMessage.find(bad.id, on: app.db))
                #expect(stored.attempts == attempt)
            }
            #expect(stored.status == "failed")
            #expect(Outbox.backoff(afterAttempts: 2) == 120 && Outbox.backoff(afterAttempts: 20) == 6 * 3600)
            // Administrators see it with its error and can queue it again; another organisation's admin cannot.
            let admin = TestClient(app, acceptLanguage: "en")
            try await admin.signIn(fixture.a.emails[.admin]!)
            let page = try await admin.get("/admin/outbox").body.string
            #expect(page.contains("mentee@a.example") && page.contains("relay refused") && page.contains("failed") && !page.contains("Test."))
            let other = TestClient(app)
            try await other.signIn(fixture.b.emails[.admin]!)
            #expect(!(try await other.get("/admin/outbox").body.string.contains("mentee@a.example")))
            #expect(try await other.post("/admin/outbox/\(bad.id!)/retry").status == .notFound)
            #expect(try await admin.post("/admin/outbox/\(bad.id!)/retry").status == .seeOther)
            stored = try #require(try await OutboxMessage.find(bad.id, on: app.db))
            #expect(stored.status == "pending" && stored.attempts == 0)
            #expect(try await Outbox.deliver(worker: "test", settings: working, now: app.now, on: app.db, logger: app.logger) == 1)
        }
    }

    @Test func aJobIsClaimedByOneWorkerAtATime() async throws {
        try await withTestApp { app in
            let job = Scheduler.Job(name: "test-job", every: 60) { _, _, _ in "done" }
            let now = Date()
            try await Scheduler.register([job, job], now: now, on: app.db)
            #expect(try await Scheduler.claim(job, worker: "one", now: now, on: app.db))
            #expect(!(try await Scheduler.claim(job, worker: "two", now: now, on: app.db)))
            try await Scheduler.release(job, worker: "one", now: now, result: "done", on: app.db)
            // Released but not due again for a minute.
            #expect(!(try await Scheduler.claim(job, worker: "two", now: now.addingTimeInterval(30), on: app.db)))
            #expect(try await Scheduler.claim(job, worker: "two", now: now.addingTimeInterval(61), on: app.db))
        }
    }
}
