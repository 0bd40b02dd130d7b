import Testing
import Foundation
import Vapor
import Fluent
@testable import MentorServer

/// The sendmail command cannot hold up the server, and no text of a message reaches another
/// recipient or adds a header (issue 11).
@Suite struct OutboxSafetyTests {
    static func queue(_ to: String, subject: String = "Time for a mentoring conversation", organisation: UUID, on db: any Database) async throws -> OutboxMessage {
        let message = OutboxMessage()
        message.$organisation.id = organisation
        message.recipient = to
        message.subject = subject
        message.body = "Hello,\n\nA test.\n"
        message.status = "pending"
        message.attempts = 0
        message.nextAttemptAt = Date(timeIntervalSinceNow: -1)
        try await message.create(on: db)
        return message
    }

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outbox-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func aSendmailThatNeverEndsIsStoppedAndItsMessageTriedAgainLater() async throws {
        try await withTestApp { app in
            // setup: a command that hangs (the shell's child sleeps, so the whole group must go)
            let fixture = try await Fixture.make(on: app)
            let message = try await Self.queue("mentor@a.example", organisation: fixture.a.id, on: app.db)
            var hanging = MailSettings(sendmail: "sleep 100000", from: "mm@example.org", baseURL: "")
            hanging.sendmailTimeout = 0.5
            // act
            let sent = try await Outbox.deliver(worker: "test", settings: hanging, now: app.now, on: app.db, logger: app.logger)
            // validate: nothing sent, the message waits for a later attempt with the reason
            #expect(sent == 0)
            let stored = try #require(try await OutboxMessage.find(message.id, on: app.db))
            #expect(stored.status == "pending" && stored.attempts == 1)
            #expect(stored.lastError?.contains("stopped after") == true)
            #expect(stored.claimedBy == nil && stored.nextAttemptAt > Date())
        }
    }

    @Test func aSendmailThatWritesALotBeforeReadingDoesNotDeadlock() async throws {
        try await withTestApp { app in
            // setup: 2 MB on standard error before it reads the message (a pipe holds 64 KB)
            let fixture = try await Fixture.make(on: app)
            let folder = try Self.folder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let message = try await Self.queue("mentor@a.example", organisation: fixture.a.id, on: app.db)
            var chatty = MailSettings(sendmail: "head -c 2000000 /dev/zero | tr '\\000' x >&2; head -c 1000000 /dev/zero | tr '\\000' y; cat > \(folder.path)/mail.eml",
                                      from: "mm@example.org", baseURL: "")
            chatty.sendmailTimeout = 120
            // act
            let sent = try await Outbox.deliver(worker: "test", settings: chatty, now: app.now, on: app.db, logger: app.logger)
            // validate
            #expect(sent == 1)
            #expect(try await OutboxMessage.find(message.id, on: app.db)?.status == "sent")
            #expect(try String(contentsOfFile: folder.appendingPathComponent("mail.eml").path, encoding: .utf8).contains("A test."))
        }
    }

    @Test func theOutboxJobDoesNotHoldUpTheSchedulerLoop() async throws {
        try await withTestApp { app in
            // setup: a hanging command with the standard jobs
            let fixture = try await Fixture.make(on: app)
            _ = try await Self.queue("mentor@a.example", organisation: fixture.a.id, on: app.db)
            app.settings.mail = MailSettings(sendmail: "sleep 100000", from: "mm@example.org", baseURL: "")
            let courier = app.outboxCourier
            // act: the job starts a round and returns; a second start while it runs starts nothing
            let first = courier.start(app: app, worker: "test", now: Date())
            let second = courier.start(app: app, worker: "test", now: Date())
            // validate
            #expect(first.hasPrefix("round started"))
            #expect(second.hasPrefix("still sending"))
            await courier.stopAndWait()
        }
    }

    @Test func recipientsThatAreNotOnePlainAddressAreNeverHandedToSendmail() async throws {
        try await withTestApp { app in
            // setup: addresses that would add recipients or headers with `sendmail -t`
            let fixture = try await Fixture.make(on: app)
            let folder = try Self.folder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let attacks = ["mentor@a.example, evil@b.example", "mentor@a.example\r\nBcc: evil@b.example", "Mentor <mentor@a.example>",
                           "mentor@a.example;evil@b.example", "\"evil@b.example\" mentor@a.example", "mentor@a.example\nBcc:evil@b.example"]
            var queued: [OutboxMessage] = []
            for address in attacks { queued.append(try await Self.queue(address, organisation: fixture.a.id, on: app.db)) }
            let working = MailSettings(sendmail: "cat > \(folder.path)/$$.eml", from: "mm@example.org", baseURL: "")
            // act
            let sent = try await Outbox.deliver(worker: "test", settings: working, now: app.now, on: app.db, logger: app.logger)
            // validate: nothing handed over, each marked failed at once (trying again cannot help)
            #expect(sent == 0)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
            for message in queued {
                let stored = try #require(try await OutboxMessage.find(message.id, on: app.db))
                #expect(stored.status == "failed" && stored.lastError?.contains("not one plain e-mail address") == true)
            }
        }
    }

    @Test func aSubjectWithALineBreakCannotAddAHeader() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let folder = try Self.folder()
            defer { try? FileManager.default.removeItem(at: folder) }
            _ = try await Self.queue("mentor@a.example", subject: "Hello\r\nBcc: evil@b.example", organisation: fixture.a.id, on: app.db)
            let working = MailSettings(sendmail: "cat > \(folder.path)/mail.eml", from: "mm@example.org", baseURL: "")
            #expect(try await Outbox.deliver(worker: "test", settings: working, now: app.now, on: app.db, logger: app.logger) == 1)
            let mail = try String(contentsOfFile: folder.appendingPathComponent("mail.eml").path, encoding: .utf8)
            let headers = mail.components(separatedBy: "\r\n\r\n")[0].components(separatedBy: "\r\n")
            #expect(!headers.contains { $0.lowercased().hasPrefix("bcc") })
            #expect(headers.contains("Subject: Hello  Bcc: evil@b.example"))
            #expect(headers.contains("To: mentor@a.example"))
        }
    }

    @Test func aFromSettingWithAnInjectedHeaderSendsNothingAndSpendsNoAttempt() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let folder = try Self.folder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let message = try await Self.queue("mentor@a.example", organisation: fixture.a.id, on: app.db)
            for from in ["mm@example.org\r\nBcc: evil@b.example", "a@example.org, evil@b.example", "Evil \"Name\" <mm@example.org>", "<mm@example.org> <evil@b.example>"] {
                let settings = MailSettings(sendmail: "cat > \(folder.path)/$$.eml", from: from, baseURL: "")
                #expect(try await Outbox.deliver(worker: "test", settings: settings, now: app.now, on: app.db, logger: app.logger) == 0)
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
            let stored = try #require(try await OutboxMessage.find(message.id, on: app.db))
            #expect(stored.status == "pending" && stored.attempts == 0)
        }
    }

    @Test func mailAddressesAreCheckedStrictly() {
        #expect(MailAddress.recipient("mentor@a.example") == "mentor@a.example")
        #expect(MailAddress.recipient("a@b.nl,c@d.nl") == nil)
        #expect(MailAddress.recipient("Name <a@b.nl>") == nil)
        #expect(MailAddress.recipient("a@b.nl\r\nBcc: c@d.nl") == nil)
        #expect(MailAddress.sender("Mentor Mirror <mentor-mirror@localhost>") == "\"Mentor Mirror\" <mentor-mirror@localhost>")
        #expect(MailAddress.sender("mm@example.org") == "mm@example.org")
        #expect(MailAddress.sender("Mentor, Mirror <mm@example.org>") == nil)
        #expect(MailAddress.sender("mm@example.org\nBcc: x@y.nl") == nil)
        #expect(MailAddress.singleLine("a\r\nb\tc") == "a  b c")
    }
}
