import Vapor
import Fluent
import SQLKit
import Foundation

/// A consistent copy of the SQLite database, made with `VACUUM INTO` (a read transaction, so
/// the server may keep running), and putting one back.
enum Backup {
    struct Failure: Error, CustomStringConvertible { var description: String }

    /// Writes the whole database to `path`, which must not exist yet. The file is made readable
    /// by its owner only (0600) before anything is written into it.
    static func sqlite(_ db: any Database, to path: String) async throws {
        guard let sql = db as? any SQLDatabase, sql.dialect.name == "sqlite" else {
            throw Failure(description: "mentor backup copies SQLite databases; for PostgreSQL use pg_dump (see docs/operations.md).")
        }
        // O_EXCL: an existing file (or one that appears meanwhile) is never overwritten. SQLite
        // writes into an empty file and keeps its mode.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let code = errno
            if code == EEXIST { throw Failure(description: "\(path) already exists; choose a new file name.") }
            throw Failure(description: "cannot create \(path): \(String(cString: strerror(code)))")
        }
        _ = fchmod(descriptor, 0o600)
        close(descriptor)
        do {
            try await sql.raw("VACUUM INTO \(bind: path)").run()
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw error
        }
        try ownerOnly(path)
    }

    /// Makes `path` readable and writable by its owner alone.
    static func ownerOnly(_ path: String) throws {
        guard chmod(path, 0o600) == 0 else { throw Failure(description: "cannot restrict \(path) to its owner: \(String(cString: strerror(errno)))") }
    }

    /// The exclusive lock `restore` needs: refused while `serve` or `backup` holds the database.
    static func lockForRestore(_ database: String) throws -> DatabaseLock {
        guard let lock = try DatabaseLock.tryTake(.exclusive, database: database) else {
            throw Failure(description: "\(database) is in use: a running mentor serve or mentor backup holds \(DatabaseLock.path(forDatabase: database)). Stop the server and let backups finish, then restore again.")
        }
        return lock
    }

    /// Checks that `path` is a complete Mentor Mirror database: SQLite's integrity check passes
    /// and the migrations table is there. Returns the number of rows per table.
    static func inspect(_ path: String, on app: Application) async throws -> [String: Int] {
        guard FileManager.default.fileExists(atPath: path) else { throw Failure(description: "\(path) does not exist.") }
        let id = DatabaseID(string: "backup-\(UUID().uuidString)")
        app.databases.use(.sqlite(.file(path)), as: id, isDefault: false)
        guard let sql = app.db(id) as? any SQLDatabase else { throw Failure(description: "cannot open \(path)") }
        let check = try await sql.raw("PRAGMA integrity_check").all()
        guard let first = check.first, (try? first.decode(column: "integrity_check", as: String.self)) == "ok" else {
            throw Failure(description: "\(path) is not a sound SQLite database.")
        }
        var counts: [String: Int] = [:]
        for table in try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() {
            let name = try table.decode(column: "name", as: String.self)
            counts[name] = try await sql.raw("SELECT count(*) AS n FROM \(ident: name)").first()?.decode(column: "n", as: Int.self) ?? 0
        }
        guard counts["_fluent_migrations"] != nil else { throw Failure(description: "\(path) is not a Mentor Mirror database.") }
        return counts
    }

    /// Puts the backup in place of the database file; the current file (with its WAL) is kept
    /// beside it as `<file>.before-restore-<time>`. Refused while the database is in use: the
    /// exclusive lock is taken here unless the caller already holds it.
    static func restore(from backup: String, to database: String, holding held: DatabaseLock? = nil) throws -> String? {
        let lock = try held ?? lockForRestore(database)
        defer { if held == nil { lock.release() } }
        let manager = FileManager.default
        var kept: String?
        if manager.fileExists(atPath: database) {
            let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
            kept = "\(database).before-restore-\(stamp)"
            try manager.moveItem(atPath: database, toPath: kept!)
            for suffix in ["-wal", "-shm"] where manager.fileExists(atPath: database + suffix) {
                try manager.moveItem(atPath: database + suffix, toPath: kept! + suffix)
            }
        }
        try manager.copyItem(atPath: backup, toPath: database)
        try ownerOnly(database)
        if let kept { try? ownerOnly(kept) }
        return kept
    }
}
