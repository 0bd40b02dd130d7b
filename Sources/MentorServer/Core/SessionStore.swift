import Vapor
import Fluent
import SQLKit
import MentorCore

/// How long a session lives on the server. Checked on every request, whatever the cookie
/// says, and the scheduler's `sessions` job deletes the rows that have run out.
struct SessionPolicy: Sendable {
    /// Signed out after this long without a request: a working day with a long meeting in it.
    var idle: TimeInterval = 8 * 3600
    /// Signed out this long after signing in, however busy the session is, so a stolen
    /// cookie that is kept warm still dies within a day.
    var absolute: TimeInterval = 24 * 3600
    /// `last_seen_at` is written at most this often, so reading a page stays a read.
    var touchInterval: TimeInterval = 5 * 60

    static let standard = SessionPolicy()

    func hasExpired(createdAt: Date?, lastSeenAt: Date?, now: Date) -> Bool {
        guard let createdAt, let lastSeenAt else { return true }
        return now.timeIntervalSince(lastSeenAt) > idle || now.timeIntervalSince(createdAt) > absolute
    }
}

/// A session row. The table is Fluent's `_fluent_sessions` (migration 004) with the columns
/// of migration 009. `key` holds the SHA-256 of the cookie value, never the value itself,
/// so a copy of the database opens no session.
final class StoredSession: Model, @unchecked Sendable {
    static let schema = "_fluent_sessions"

    @ID(key: .id) var id: UUID?
    @Field(key: "key") var key: String
    @Field(key: "data") var data: SessionData
    @OptionalField(key: "person_id") var personID: UUID?
    @OptionalField(key: "created_at") var createdAt: Date?
    @OptionalField(key: "last_seen_at") var lastSeenAt: Date?

    init() {}

    init(key: String, data: SessionData, personID: UUID?, now: Date) {
        self.key = key
        self.data = data
        self.personID = personID
        self.createdAt = now
        self.lastSeenAt = now
    }
}

/// Sessions in the database, so any instance can serve any request.
///
/// - A row is written only when the session holds something: at sign-in, or when a page
///   stores a message. A visitor who only looks at the sign-in page gets no row (their form
///   token comes from `CSRF`); an empty session answers with a cookie that deletes itself.
/// - Written only when the data changed; Vapor's middleware would save after every response.
/// - Idle and absolute lifetimes (`SessionPolicy`) are checked on every read.
struct DatabaseSessions: SessionDriver {
    struct ReadKey: StorageKey { typealias Value = SessionData }
    /// The signed-in person read in the same statement as the session, for `ViewerMiddleware`.
    struct SignedInKey: StorageKey { typealias Value = SignedIn }

    let policy: SessionPolicy

    func createSession(_ data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        guard !data.snapshot.isEmpty else { return request.eventLoop.makeSucceededFuture(Sessions.nothingStored) }
        let id = Sessions.newID()
        let row = StoredSession(key: Sessions.hash(id), data: data, personID: Sessions.personID(in: data), now: request.now)
        return row.create(on: request.db).map { id }
    }

    func readSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<SessionData?> {
        let policy = self.policy
        return request.eventLoop.makeFutureWithTask {
            // Pages show the unread count; form posts and downloads do not need it.
            let row = try await Sessions.read(sessionID, policy: policy, now: request.now, unread: request.method == .GET, on: request.db)
            if let row { request.storage[ReadKey.self] = row.data }
            if let signedIn = row?.signedIn { request.storage[SignedInKey.self] = signedIn }
            return row?.data
        }
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        if let read = request.storage[ReadKey.self], read == data { return request.eventLoop.makeSucceededFuture(sessionID) }
        guard !data.snapshot.isEmpty else {
            // Nothing left to keep (a message was shown): the row goes, the cookie too.
            return deleteSession(sessionID, for: request).map { Sessions.nothingStored }
        }
        return StoredSession.query(on: request.db).filter(\.$key == Sessions.hash(sessionID))
            .set(\.$data, to: data)
            .set(\.$personID, to: Sessions.personID(in: data))
            .update().map { sessionID }
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<Void> {
        StoredSession.query(on: request.db).filter(\.$key == Sessions.hash(sessionID)).delete()
    }
}

/// Reading and ending sessions. `endAll(personID:except:on:)` is for every part of the code
/// that changes how a person signs in (password change, reset link, deactivation).
enum Sessions {
    static let cookieName = "mentor-session"

    /// What `createSession` answers for a session with nothing in it; the cookie factory
    /// turns it into a cookie that deletes itself.
    static let nothingStored = SessionID(string: "")

    /// 32 random bytes, URL-safe base64: the cookie value.
    static func newID() -> SessionID { SessionID(string: [UInt8].random(count: 32).base64URLEncoded) }

    /// The stored form of a cookie value: lowercase hex of its SHA-256.
    static func hash(_ id: SessionID) -> String {
        SHA256.hash(data: Data(id.string.utf8)).lowercaseHex
    }

    /// The signed-in person recorded in session data by Vapor's session authenticator.
    static func personID(in data: SessionData) -> UUID? {
        data["_PersonSession"].flatMap(UUIDText.parse)
    }

    /// The session with its person when it exists and has not run out; a run-out row is
    /// deleted at once, and `last_seen_at` moves on at most every `touchInterval`.
    static func read(_ id: SessionID, policy: SessionPolicy, now: Date, unread: Bool = false, on db: any Database) async throws -> SessionRow? {
        guard !id.string.isEmpty, id.string.utf8.count <= 100,
              let row = try await SessionQuery.read(key: hash(id), unread: unread, on: db)
        else { return nil }
        if policy.hasExpired(createdAt: row.createdAt, lastSeenAt: row.lastSeenAt, now: now) {
            try await StoredSession.query(on: db).filter(\.$id == row.id).delete()
            return nil
        }
        if now.timeIntervalSince(row.lastSeenAt ?? .distantPast) >= policy.touchInterval {
            try await StoredSession.query(on: db).filter(\.$id == row.id).set(\.$lastSeenAt, to: now).update()
        }
        return row
    }

    /// Ends every session of a person, except `current` (the cookie value of the session
    /// that asked, e.g. `request.session.id` on a password change). Call it whenever a
    /// person's password is set or reset, or their access is taken away.
    static func endAll(personID: UUID, except current: SessionID? = nil, on db: any Database) async throws {
        var query = StoredSession.query(on: db).filter(\.$personID == personID)
        if let current, !current.string.isEmpty { query = query.filter(\.$key != hash(current)) }
        try await query.delete()
    }

    /// Ends one session by its cookie value.
    static func end(_ id: SessionID, on db: any Database) async throws {
        try await StoredSession.query(on: db).filter(\.$key == hash(id)).delete()
    }

    /// Sessions of a person that are still alive, for the account page.
    static func activeCount(personID: UUID, policy: SessionPolicy, now: Date, on db: any Database) async throws -> Int {
        try await StoredSession.query(on: db)
            .filter(\.$personID == personID)
            .filter(\.$lastSeenAt >= now.addingTimeInterval(-policy.idle))
            .filter(\.$createdAt >= now.addingTimeInterval(-policy.absolute))
            .count()
    }

    /// Deletes every session that has run out; returns how many. Run by the scheduler.
    static func purgeExpired(policy: SessionPolicy, now: Date, on db: any Database) async throws -> Int {
        guard let sql = db as? any SQLDatabase else { return 0 }
        let rows = try await sql.raw("""
            DELETE FROM _fluent_sessions
            WHERE last_seen_at IS NULL OR created_at IS NULL
               OR last_seen_at < \(bind: now.addingTimeInterval(-policy.idle))
               OR created_at < \(bind: now.addingTimeInterval(-policy.absolute))
            RETURNING id
            """).all()
        return rows.count
    }

    /// The session cookie: `HttpOnly`, `SameSite=Lax`, `Secure` over HTTPS, and gone from
    /// the browser when the server would end the session for idleness anyway. The live cookie
    /// carries `Max-Age` only: every current browser honours it over `Expires` (RFC 6265,
    /// 5.3), and Vapor builds a new date formatter for each `Expires` it writes, which was
    /// 13-15 % of a signed-in page's CPU in a release profile (docs/performance.md).
    static func configuration(policy: SessionPolicy, secure: Bool) -> SessionsConfiguration {
        SessionsConfiguration(cookieName: cookieName) { id in
            guard id != nothingStored else {
                return HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, domain: nil, path: "/",
                                         isSecure: secure, isHTTPOnly: true, sameSite: .lax)
            }
            return HTTPCookies.Value(string: id.string, expires: nil, maxAge: Int(policy.idle),
                                     domain: nil, path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
        }
    }
}

extension Sequence where Element == UInt8 {
    /// Lowercase hexadecimal, two digits a byte: read on every request (the session key), so
    /// written without Foundation's `String(format:)`.
    var lowercaseHex: String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        for byte in self {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
