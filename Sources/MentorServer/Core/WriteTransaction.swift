import Vapor
import Fluent
import SQLKit
import FluentSQLiteDriver
import FluentPostgresDriver

/// Writes that hold under concurrency, on both databases.
///
/// A handler that reads and then writes (counts the agenda to number the next item, checks a
/// mentor's capacity, looks for an existing agreement) does so inside one `writeTransaction`:
///
/// - On SQLite the transaction is `BEGIN IMMEDIATE`: it takes the database's write lock before
///   its first read, so nothing can change between the check and the write. (A deferred
///   transaction reads a snapshot first; when another connection commits before it writes, SQLite
///   answers "database is locked" at once, whatever the busy timeout.) Write transactions of one
///   server also queue in a `WriteGate`, so they wait in Swift, not on a thread of the small
///   blocking pool that every SQLite statement needs; only other processes and single-statement
///   writes (sessions) ever meet the busy timeout.
/// - On PostgreSQL it is a normal transaction; a rule that checks before it writes first locks the
///   row it depends on with `lockForUpdate`, so two servers checking the same mentor queue.
///
/// A unique constraint that still fails (two first saves of one record) and a lock that cannot
/// be had answer with a localized page (409 or 503), never a 500.
enum WriteTransactions {
    /// How long a SQLite statement waits for another connection's write lock before giving up.
    /// Far above any write of this product (milliseconds), low enough that a stuck lock (a tool
    /// holding the file) is reported instead of hanging the request.
    static let busyTimeoutMilliseconds = 10_000

    /// Runs `PRAGMA busy_timeout` on every SQLite connection of the application (one per event
    /// loop). `writeTransaction` sets it again on the connection it uses, so a connection opened
    /// later has it before it writes.
    static func prepare(_ app: Application) async throws {
        for eventLoop in app.eventLoopGroup.makeIterator() {
            let database = app.databases.database(logger: app.logger, on: eventLoop)
            guard let sql = database as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
            // Each event loop has its own pool of one connection, so this reaches every connection.
            try await setBusyTimeout(on: sql)
        }
    }

    /// The application's own blocking pool, on which every SQLite statement runs, with more
    /// threads than there are connections (one per event loop). A statement that waits for
    /// another connection's write lock sleeps on its thread; with at least one thread more than
    /// connections, the connection holding the lock always finds one to commit on. (On the
    /// process-wide pool, as many threads as cores, the waiters of other applications in the
    /// same process, as in the tests, could take every thread until their timeout.)
    static func sqliteThreadPool(for app: Application) -> NIOThreadPool {
        let connections = Array(app.eventLoopGroup.makeIterator()).count
        return NIOThreadPool(numberOfThreads: connections + 2)
    }

    static func setBusyTimeout(on sql: any SQLDatabase) async throws {
        try await sql.raw("PRAGMA busy_timeout = \(unsafeRaw: String(busyTimeoutMilliseconds))").run()
    }

    /// Turns the database's own refusals into the reader's message.
    static func translate(_ error: any Error) -> any Error {
        // Every connection busy for longer than the pool waits (10 s): overload, said as such.
        if error is ConnectionPoolTimeoutError { return UserError(.serviceUnavailable, T.databaseBusy) }
        if let error = error as? SQLiteError {
            switch error.reason {
            case .busy, .busyTimeout, .busyInSnapshot, .busyInRecovery, .locked:
                return UserError(.serviceUnavailable, T.databaseBusy)
            default: break
            }
        }
        if let error = error as? PSQLError, let state = error.serverInfo?[.sqlState],
           state == PostgresError.Code.serializationFailure.raw || state == PostgresError.Code.deadlockDetected.raw {
            return UserError(.conflict, T.writeConflict)
        }
        if let error = error as? any DatabaseError, error.isConstraintFailure {
            return UserError(.conflict, T.writeConflict)
        }
        return error
    }
}

/// One write transaction at a time into a SQLite database from this process, in arrival order.
actor WriteGate {
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func enter() async {
        guard busy else {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func leave() {
        if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
    }
}

extension WriteGate {
    /// Set once by `configure`, read by every request.
    struct Key: StorageKey { typealias Value = WriteGate }
}

extension Application {
    /// The gate of this application's SQLite database (unused on PostgreSQL).
    var writeGate: WriteGate? { storage[WriteGate.Key.self] }
}

extension Database {
    var isSQLite: Bool { (self as? any SQLDatabase)?.dialect.name == "sqlite" }

    /// A transaction for a handler that reads and then writes. See `WriteTransactions`.
    /// Inside a transaction already, `body` simply runs in it.
    func writeTransaction<T: Sendable>(gate: WriteGate?, _ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        if inTransaction { return try await body(self) }
        guard isSQLite else {
            do { return try await transaction(body) } catch { throw WriteTransactions.translate(error) }
        }
        if let gate { await gate.enter() }
        do {
            let result = try await transaction { db in
                let sql = db as! any SQLDatabase
                // Fluent opened a deferred transaction, which has taken no lock yet; end it and take
                // the write lock now. The connection stays this transaction's until Fluent's COMMIT
                // (or ROLLBACK on an error) ends the immediate one.
                try await sql.raw("COMMIT").run()
                try await WriteTransactions.setBusyTimeout(on: sql)
                try await sql.raw("BEGIN IMMEDIATE").run()
                return try await body(db)
            }
            if let gate { await gate.leave() }
            return result
        } catch {
            if let gate { await gate.leave() }
            throw WriteTransactions.translate(error)
        }
    }

    /// On PostgreSQL, locks one row until the transaction ends (`SELECT … FOR UPDATE`), so a rule
    /// checked after it cannot be raced by another server. On SQLite the immediate transaction
    /// already holds the whole database, so there is nothing to add.
    func lockForUpdate<M: Model>(_ model: M.Type, id: UUID) async throws where M.IDValue == UUID {
        guard let sql = self as? any SQLDatabase, sql.dialect.name == "postgresql" else { return }
        try await sql.raw("SELECT id FROM \(ident: M.schema) WHERE id = \(bind: id) FOR UPDATE").run()
    }
}

extension Request {
    /// `Database.writeTransaction` on this request's database, queued with the server's other writes.
    func writeTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        try await db.writeTransaction(gate: application.writeGate, body)
    }
}
