import Vapor
import Fluent
import SQLKit
import Foundation

/// Delivers the e-mail outbox through a sendmail-compatible command (`MENTOR_SENDMAIL`, e.g.
/// `msmtp -t` or `/usr/sbin/sendmail -t`). Each message is claimed with a row lock before it
/// is sent, so with several servers on one PostgreSQL every message goes out once. A failed
/// delivery is tried again after 1, 2, 4 … minutes (at most 6 hours); after `maxAttempts` it
/// is marked failed and shown to administrators, who can try it again.
enum Outbox {
    static let maxAttempts = 8
    static let claimSeconds = 300.0

    /// The wait before attempt `attempts + 1`.
    static func backoff(afterAttempts attempts: Int) -> TimeInterval {
        min(6 * 3600, 60 * pow(2, Double(max(0, attempts - 1))))
    }

    /// Claims due messages for `worker`: pending, due, and not claimed by a live worker.
    static func claim(worker: String, now: Date, limit: Int = 20, on db: any Database) async throws -> [UUID] {
        guard let sql = db as? any SQLDatabase else { return [] }
        let lock = sql.dialect.name == "postgresql" ? " FOR UPDATE SKIP LOCKED" : ""
        let rows = try await sql.raw("""
            UPDATE outbox_messages SET claimed_by = \(bind: worker), claimed_until = \(bind: now.addingTimeInterval(claimSeconds))
            WHERE id IN (SELECT id FROM outbox_messages WHERE status = 'pending' AND next_attempt_at <= \(bind: now)
                         AND (claimed_until IS NULL OR claimed_until < \(bind: now)) ORDER BY next_attempt_at LIMIT \(unsafeRaw: String(limit))\(unsafeRaw: lock))
            RETURNING id
            """).all()
        return try rows.map { try $0.decode(column: "id", as: UUID.self) }
    }

    /// Sends what `worker` claimed; returns how many went out. The command runs with a time
    /// limit (`MailSettings.sendmailTimeout`): one that hangs is stopped and its message tried
    /// again later, like any other failure.
    @discardableResult
    static func deliver(worker: String, settings: MailSettings, now: Date, on db: any Database, logger: Logger) async throws -> Int {
        // Without a command nothing is claimed: queued e-mails wait until one is configured.
        guard let command = settings.sendmail else { return 0 }
        guard let from = MailAddress.sender(settings.from) else {
            // Not the message's fault: nothing is claimed, so no attempt is spent, until the setting is fixed.
            logger.error("MENTOR_MAIL_FROM must be one plain address, optionally as `Name <address>`; e-mails wait until it is")
            return 0
        }
        var sent = 0
        for id in try await claim(worker: worker, now: now, on: db) {
            if Task.isCancelled { break }
            // The claim is renewed for as long as the command may take, so no other server takes the message meanwhile.
            guard try await renew(id, worker: worker, seconds: settings.sendmailTimeout + 60, on: db),
                  let message = try await OutboxMessage.find(id, on: db), message.status == "pending" else { continue }
            let result = await send(message, command: command, from: from, timeout: settings.sendmailTimeout)
            // A command stopped because the server is shutting down: the claim runs out and the message is tried again.
            if Task.isCancelled { break }
            message.attempts += 1
            message.claimedBy = nil
            message.claimedUntil = nil
            switch result {
            case .success:
                message.status = "sent"
                message.sentAt = now
                message.lastError = nil
                sent += 1
            case .failure(let error):
                message.lastError = String(error.description.prefix(500))
                if message.attempts >= maxAttempts || error.permanent {
                    message.status = "failed"
                } else {
                    message.nextAttemptAt = now.addingTimeInterval(backoff(afterAttempts: message.attempts))
                }
                logger.warning("e-mail delivery failed", metadata: ["message": "\(id)", "attempt": "\(message.attempts)", "error": "\(error.description)"])
            }
            try await message.save(on: db)
        }
        return sent
    }

    /// Extends `worker`'s claim on one message; false when another worker holds it now. A claim is
    /// a lease between servers, so it runs on the wall clock, not on the application's clock.
    static func renew(_ id: UUID, worker: String, seconds: TimeInterval, on db: any Database) async throws -> Bool {
        guard let sql = db as? any SQLDatabase else { return false }
        let rows = try await sql.raw("""
            UPDATE outbox_messages SET claimed_until = \(bind: AppClock.system.now().addingTimeInterval(seconds))
            WHERE id = \(bind: id) AND claimed_by = \(bind: worker) AND status = 'pending'
            RETURNING id
            """).all()
        return !rows.isEmpty
    }

    /// Writing to a command that already exited raises SIGPIPE, which would end the process.
    static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN); return () }()

    struct DeliveryError: Error, CustomStringConvertible {
        var description: String
        /// Trying again cannot help (the recipient is not one plain address).
        var permanent = false
    }

    /// Hands the message to the sendmail command on standard input, within `timeout` seconds.
    /// The recipient is checked strictly first: `msmtp -t` and `sendmail -t` take their
    /// recipients from the headers, so a list or an extra header line would send the message
    /// elsewhere.
    static func send(_ message: OutboxMessage, command: String, from: String, timeout: TimeInterval) async -> Result<Void, DeliveryError> {
        guard let recipient = MailAddress.recipient(message.recipient) else {
            return .failure(DeliveryError(description: "the recipient is not one plain e-mail address", permanent: true))
        }
        let text = rfc5322(message, to: recipient, from: from)
        Self.ignoreBrokenPipes
        switch await SendmailProcess.run(command, input: Data(text.utf8), timeout: timeout) {
        case .failure(let error):
            return .failure(DeliveryError(description: "cannot run \(command): \(error)"))
        case .success(let outcome) where outcome.timedOut:
            return .failure(DeliveryError(description: "stopped after \(String(format: "%g", timeout)) s without finishing" + (outcome.output.isEmpty ? "" : ": \(outcome.output)")))
        case .success(let outcome) where outcome.exitStatus == 0:
            return .success(())
        case .success(let outcome):
            return .failure(DeliveryError(description: "exit \(outcome.exitStatus.map(String.init) ?? "by a signal"): \(outcome.output)"))
        }
    }

    /// A plain-text UTF-8 message; the subject is encoded as RFC 2047 base64 when not ASCII.
    /// `to` and `from` are checked addresses; the subject loses any line break or other control
    /// character, so no text of a message can add a header. A message with a calendar
    /// invitation is `multipart/alternative`: the text, then the invitation as
    /// `text/calendar; method=REQUEST` (or `CANCEL`) in base64, which keeps its CRLF lines as
    /// they are, the way Outlook and Google read invitations.
    static func rfc5322(_ message: OutboxMessage, to: String, from: String) -> String {
        let line = MailAddress.singleLine(message.subject)
        let subject = line.allSatisfy(\.isASCII) ? line : "=?UTF-8?B?\(Data(line.utf8).base64EncodedString())?="
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        let id = message.id?.uuidString ?? UUID().uuidString
        let text = message.body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
        let head = """
            From: \(from)\r
            To: \(to)\r
            Subject: \(subject)\r
            Date: \(formatter.string(from: message.createdAt ?? AppClock.system.now()))\r
            Message-ID: <\(id)@mentor-mirror>\r
            MIME-Version: 1.0\r

            """
        guard let calendar = message.calendar else {
            return head + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + text
        }
        // The boundary is made of the message's id: base64 and the text part cannot hold it
        // (a text line that is exactly the boundary would need `--mm-` and this id).
        let boundary = "mm-alt-\(id.lowercased())"
        let method = calendarMethod(calendar)
        let encoded = Data(calendar.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        return head + "Content-Type: multipart/alternative; boundary=\"\(boundary)\"\r\n\r\n"
            + "--\(boundary)\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + text + "\r\n"
            + "--\(boundary)\r\nContent-Type: text/calendar; charset=utf-8; method=\(method)\r\nContent-Transfer-Encoding: base64\r\n"
            + "Content-Disposition: inline; filename=\"invite.ics\"\r\n\r\n" + encoded + "\r\n"
            + "--\(boundary)--\r\n"
    }

    /// The `METHOD` of a calendar document: `REQUEST` or `CANCEL`, `PUBLISH` for anything else.
    static func calendarMethod(_ calendar: String) -> String {
        for line in calendar.split(separator: "\r\n") where line.hasPrefix("METHOD:") {
            let method = line.dropFirst("METHOD:".count)
            return ["REQUEST", "CANCEL"].contains(method) ? String(method) : "PUBLISH"
        }
        return "PUBLISH"
    }
}
