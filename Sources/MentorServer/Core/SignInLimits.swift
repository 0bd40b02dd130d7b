import Vapor
import Fluent
import SQLKit

/// The limits on signing in besides the account lockout (`AppSettings.lockoutThreshold`).
struct SignInSettings: Sendable {
    /// Threads for bcrypt and how many sign-ins may wait for one (see `PasswordPool`).
    var passwordThreads = PasswordPool.defaultThreads()
    var passwordQueue = 16
    /// Failed or unfinished sign-ins one client address may make per window. Successful
    /// sign-ins give their attempt back, so an office behind one address is not locked out
    /// by its own colleagues signing in in the morning.
    var attemptsPerAddress = 20
    var addressWindowMinutes = 15
    /// `MENTOR_CLIENT_IP_HEADER`: the header in which a reverse proxy puts the client's
    /// address (its last entry is used). Without it, the connection's address counts, which
    /// behind a proxy is the proxy for everybody.
    var clientAddressHeader: String?
}

/// Counters that parallel requests cannot pass: each attempt is counted by one atomic
/// statement in the database before the password is checked, so 23 attempts at once are 23
/// increments, and every server on one database counts in the same rows.
enum SignInLimits {
    /// What counting an attempt on an account gave.
    struct AccountAttempt: Sendable {
        /// The attempt's number since the last success or lock expiry (1 = first).
        var number: Int
        var lockedUntil: Date?
        /// Whether the password may be checked at all: only the first `threshold` attempts are.
        var mayCheck: Bool
        /// This attempt is the one that locked the account (if its password is wrong).
        var locks: Bool
    }

    /// Counts an attempt on the account before its password is checked. The attempt that
    /// reaches `threshold` sets the lock; when a lock has run out, counting starts again.
    static func countAccountAttempt(_ personID: UUID, threshold: Int, lockMinutes: Int, now: Date,
                                    on db: any Database) async throws -> AccountAttempt {
        guard let sql = db as? any SQLDatabase else { throw Abort(.internalServerError) }
        let until = now.addingTimeInterval(Double(lockMinutes) * 60)
        // Every right-hand side reads the row as it was before this statement.
        let rows = try await sql.raw("""
            UPDATE people SET
              failed_sign_ins = CASE WHEN locked_until IS NOT NULL AND locked_until <= \(bind: now) THEN 1
                                     ELSE failed_sign_ins + 1 END,
              locked_until = CASE
                WHEN locked_until IS NOT NULL AND locked_until > \(bind: now) THEN locked_until
                WHEN (CASE WHEN locked_until IS NOT NULL AND locked_until <= \(bind: now) THEN 1 ELSE failed_sign_ins + 1 END)
                     >= \(bind: threshold) THEN \(bind: until)
                ELSE NULL END
            WHERE id = \(bind: personID)
            RETURNING failed_sign_ins, locked_until
            """).all()
        guard let row = rows.first else { return AccountAttempt(number: threshold + 1, lockedUntil: nil, mayCheck: false, locks: false) }
        let number = try row.decode(column: "failed_sign_ins", as: Int.self)
        let lockedUntil = try row.decode(column: "locked_until", as: Date?.self)
        return AccountAttempt(number: number, lockedUntil: lockedUntil, mayCheck: number <= threshold, locks: number == threshold)
    }

    /// The right password: the account's count starts again and any lock is lifted.
    static func accountSucceeded(_ personID: UUID, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.raw("UPDATE people SET failed_sign_ins = 0, locked_until = NULL WHERE id = \(bind: personID)").run()
    }

    /// The bucket of a client address. Stored hashed, so the table holds no readable
    /// addresses (it is purged once a window has passed).
    static func bucket(address: String) -> String {
        "address:" + SHA256.hash(data: Data(address.utf8)).prefix(16).map { String(format: "%02x", $0) }.joined()
    }

    /// Counts an attempt from a client address in a fixed window; true while within `limit`.
    static func countAddressAttempt(_ bucket: String, limit: Int, windowMinutes: Int, now: Date,
                                    on db: any Database) async throws -> Bool {
        guard let sql = db as? any SQLDatabase else { throw Abort(.internalServerError) }
        let windowStart = now.addingTimeInterval(-Double(windowMinutes) * 60)
        let rows = try await sql.raw("""
            INSERT INTO sign_in_limits (bucket, window_start, attempts) VALUES (\(bind: bucket), \(bind: now), 1)
            ON CONFLICT (bucket) DO UPDATE SET
              attempts = CASE WHEN sign_in_limits.window_start <= \(bind: windowStart) THEN 1 ELSE sign_in_limits.attempts + 1 END,
              window_start = CASE WHEN sign_in_limits.window_start <= \(bind: windowStart) THEN \(bind: now)
                                  ELSE sign_in_limits.window_start END
            RETURNING attempts
            """).all()
        let attempts = try rows.first?.decode(column: "attempts", as: Int.self) ?? Int.max
        return attempts <= limit
    }

    /// A successful sign-in gives its attempt back to its address.
    static func addressSucceeded(_ bucket: String, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.raw("UPDATE sign_in_limits SET attempts = attempts - 1 WHERE bucket = \(bind: bucket) AND attempts > 0").run()
    }

    /// Deletes counters whose window has passed; run by the scheduler.
    static func purge(windowMinutes: Int, now: Date, on db: any Database) async throws -> Int {
        guard let sql = db as? any SQLDatabase else { return 0 }
        let rows = try await sql.raw("""
            DELETE FROM sign_in_limits WHERE window_start <= \(bind: now.addingTimeInterval(-Double(windowMinutes) * 60)) RETURNING bucket
            """).all()
        return rows.count
    }
}

extension Request {
    /// The address sign-in attempts are counted against: the last entry of the configured
    /// proxy header when there is one, else the connection's address.
    var clientAddress: String {
        if let name = application.settings.signIn.clientAddressHeader, let value = headers[name].last,
           let last = value.split(separator: ",").last?.trimmingCharacters(in: .whitespaces), !last.isEmpty {
            return last
        }
        return remoteAddress?.ipAddress ?? "unknown"
    }
}
