import Testing
import Foundation
import Vapor
import Fluent
import SQLKit
@testable import MentorServer

@Suite struct BackupTests {
    static var onSQLite: Bool { (ProcessInfo.processInfo.environment["DATABASE_URL"] ?? "").isEmpty }

    /// Every row of every table, as text, for comparing two databases.
    static func everything(_ db: any Database) async throws -> [String: [String]] {
        let sql = try #require(db as? any SQLDatabase)
        var result: [String: [String]] = [:]
        for table in try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() {
            let name = try table.decode(column: "name", as: String.self)
            let columns = try await sql.raw("SELECT name FROM pragma_table_info(\(bind: name))").all().map { try $0.decode(column: "name", as: String.self) }
            let list = columns.map { "quote(\"\($0)\")" }.joined(separator: " || '|' || ")
            result[name] = try await sql.raw("SELECT \(unsafeRaw: list) AS row FROM \(ident: name)").all()
                .map { try $0.decode(column: "row", as: String.self) }.sorted()
        }
        return result
    }

    @Test(.enabled(if: onSQLite, "SQLite backups; PostgreSQL uses pg_dump"))
    func aRestoredBackupHoldsEveryRecord() async throws {
        try await withTestApp { app in
            // setup: the fixture plus a notification and a pulse answer
            let fixture = try await Fixture.make(on: app)
            try await Notifier.notify(.init(organisationID: fixture.a.id, personID: fixture.a.mentor, kind: .pulseOpen, key: "k", subjectID: nil,
                                            detail: "", link: "/"), now: Date(), settings: MailSettings(sendmail: nil, from: "", baseURL: "http://x"), timeZone: app.settings.timeZone, on: app.db)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("backup-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let backup = folder.appendingPathComponent("backup.sqlite").path
            let restored = folder.appendingPathComponent("restored.sqlite").path
            try Data("old".utf8).write(to: URL(fileURLWithPath: restored))
            // act: back up while the app is open, restore over an existing file, open the result.
            try await Backup.sqlite(app.db, to: backup)
            await #expect(throws: Backup.Failure.self) { try await Backup.sqlite(app.db, to: backup) }
            let kept = try Backup.restore(from: backup, to: restored)
            let copy = try await Application.make(.testing)
            try await configure(copy, settings: AppSettings(storage: .sqlite(path: restored), bcryptCost: 4))
            // validate: the same rows in every table, and the previous file kept aside.
            let original = try await Self.everything(app.db)
            let back = try await Self.everything(copy.db)
            try await copy.asyncShutdown()
            #expect(original.keys.sorted() == back.keys.sorted())
            for (table, rows) in original { #expect(back[table] == rows, "\(table) differs") }
            #expect(original["people"]?.count == 12 && original["notifications"]?.count == 1)
            #expect(try String(contentsOfFile: try #require(kept), encoding: .utf8) == "old")
            let counts = try await Backup.inspect(backup, on: app)
            #expect(counts["conversations"] == 2)
        }
    }

    static func permissions(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test(.enabled(if: onSQLite, "SQLite backups; PostgreSQL uses pg_dump"))
    func aBackupAndARestoredDatabaseAreReadableByTheirOwnerOnly() async throws {
        try await withTestApp { app in
            // setup: the test process keeps its usual umask (022), under which new files are readable by everyone
            _ = try await Fixture.make(on: app)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("backup-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let backup = folder.appendingPathComponent("backup.sqlite").path
            let restored = folder.appendingPathComponent("restored.sqlite").path
            // act
            try await Backup.sqlite(app.db, to: backup)
            let kept = try Backup.restore(from: backup, to: restored)
            // validate: rw for the owner, nothing for group or others
            #expect(try Self.permissions(backup) == 0o600)
            #expect(try Self.permissions(restored) == 0o600)
            #expect(kept == nil)
            #expect(try Self.permissions(DatabaseLock.path(forDatabase: restored)) == 0o600)
        }
    }

    @Test(.enabled(if: onSQLite, "SQLite backups; PostgreSQL uses pg_dump"))
    func restoreIsRefusedWhileTheDatabaseIsInUse() async throws {
        try await withTestApp { app in
            // setup: a backup, and a database a server is using (it holds the lock shared, as serve does)
            _ = try await Fixture.make(on: app)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("backup-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let backup = folder.appendingPathComponent("backup.sqlite").path
            let live = folder.appendingPathComponent("live.sqlite").path
            try await Backup.sqlite(app.db, to: backup)
            try Data("live database".utf8).write(to: URL(fileURLWithPath: live))
            let serving = try #require(try DatabaseLock.tryTake(.shared, database: live))
            // act
            var refusal: String?
            do { _ = try Backup.restore(from: backup, to: live) } catch { refusal = "\(error)" }
            // validate: refused with a message that says why, and the live file untouched
            #expect(refusal?.contains("is in use") == true)
            #expect(try String(contentsOfFile: live, encoding: .utf8) == "live database")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("before-restore") }.isEmpty)
            // A second server may share the database; a restore in progress keeps servers out.
            #expect(try DatabaseLock.tryTake(.shared, database: live) != nil)
            serving.release()
            let restoring = try #require(try DatabaseLock.tryTake(.exclusive, database: live))
            #expect(try DatabaseLock.tryTake(.shared, database: live) == nil)
            #expect(throws: (any Error).self) { try app.holdDatabaseWhileServing(.sqlite(path: live)) }
            // With the server gone, the restore goes ahead.
            _ = try Backup.restore(from: backup, to: live, holding: restoring)
            restoring.release()
            #expect(try await Backup.inspect(live, on: app)["people"] == 12)
        }
    }
}
