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

    /// Sends what `worker` claimed; returns how many went out.
    @discardableResult
    static func deliver(worker: String, settings: MailSettings, now: Date = Date(), on db: any Database, logger: Logger) async throws -> Int {
        // Without a command nothing is claimed: queued e-mails wait until one is configured.
        guard settings.sendmail != nil else { return 0 }
        var sent = 0
        for id in try await claim(worker: worker, now: now, on: db) {
            guard let message = try await OutboxMessage.find(id, on: db), message.claimedBy == worker, message.status == "pending" else { continue }
            let result = await send(message, settings: settings)
            message.attempts += 1
            message.claimedBy = nil
            message.claimedUntil = nil
            switch result {
            case .success:
                message.status = "sent"
                message.sentAt = Date()
                message.lastError = nil
                sent += 1
            case .failure(let error):
                message.lastError = String(error.description.prefix(500))
                if message.attempts >= maxAttempts {
                    message.status = "failed"
                } else {
                    message.nextAttemptAt = Date().addingTimeInterval(backoff(afterAttempts: message.attempts))
                }
                logger.warning("e-mail delivery failed", metadata: ["message": "\(id)", "attempt": "\(message.attempts)", "error": "\(error.description)"])
            }
            try await message.save(on: db)
        }
        return sent
    }

    /// Writing to a command that already exited raises SIGPIPE, which would end the process.
    static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN); return () }()

    struct DeliveryError: Error, CustomStringConvertible { var description: String }

    /// Hands the message to the sendmail command on standard input.
    static func send(_ message: OutboxMessage, settings: MailSettings) async -> Result<Void, DeliveryError> {
        guard let command = settings.sendmail else { return .failure(DeliveryError(description: "MENTOR_SENDMAIL is not set")) }
        let text = rfc5322(message, from: settings.from)
        Self.ignoreBrokenPipes
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/bin/sh")
                process.arguments = ["-c", command]
                let input = Pipe(), errors = Pipe()
                process.standardInput = input
                process.standardOutput = FileHandle.nullDevice
                process.standardError = errors
                do {
                    try process.run()
                    // A command that exits without reading must not take the server down (EPIPE, not SIGPIPE).
                    try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
                    try? input.fileHandleForWriting.close()
                    process.waitUntilExit()
                    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                    if process.terminationStatus == 0 {
                        continuation.resume(returning: .success(()))
                    } else {
                        continuation.resume(returning: .failure(DeliveryError(description: "exit \(process.terminationStatus): \(stderr.trimmingCharacters(in: .whitespacesAndNewlines))")))
                    }
                } catch {
                    continuation.resume(returning: .failure(DeliveryError(description: "cannot run \(command): \(error)")))
                }
            }
        }
    }

    /// A plain-text UTF-8 message; the subject is encoded as RFC 2047 base64 when not ASCII.
    static func rfc5322(_ message: OutboxMessage, from: String) -> String {
        let subject = message.subject.allSatisfy(\.isASCII) ? message.subject : "=?UTF-8?B?\(Data(message.subject.utf8).base64EncodedString())?="
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return """
            From: \(from)\r
            To: \(message.recipient)\r
            Subject: \(subject)\r
            Date: \(formatter.string(from: message.createdAt ?? Date()))\r
            Message-ID: <\(message.id?.uuidString ?? UUID().uuidString)@mentor-mirror>\r
            MIME-Version: 1.0\r
            Content-Type: text/plain; charset=utf-8\r
            Content-Transfer-Encoding: 8bit\r
            \r
            \(message.body.replacingOccurrences(of: "\n", with: "\r\n"))
            """
    }
}
