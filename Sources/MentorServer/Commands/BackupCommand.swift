import ArgumentParser
import Foundation
import Vapor

/// `mentor backup --to FILE`: a consistent copy of the SQLite database, also while `serve` runs.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the SQLite database to a new file; the server may keep running.",
        discussion: "Reads MENTOR_DB like serve. For PostgreSQL use pg_dump (docs/operations.md).")

    @ArgumentParser.Option(help: "The file to write; it must not exist yet.")
    var to: String

    func run() async throws {
        let settings = try AppSettings.fromEnvironment()
        guard case .sqlite(let database) = settings.storage else {
            throw CommandFailure("mentor backup copies SQLite databases; with DATABASE_URL set, use pg_dump (see docs/operations.md).")
        }
        // Held shared like serve's, so a restore cannot swap the file in the middle of the copy.
        guard let lock = try DatabaseLock.tryTake(.shared, database: database) else {
            throw CommandFailure("\(database) is being restored; make the backup when the restore has finished.")
        }
        defer { lock.release() }
        let app = try await AppRunner.makeApplication(settings: settings, arguments: ["mentor"])
        do {
            try await Backup.sqlite(app.db, to: to)
            let counts = try await Backup.inspect(to, on: app)
            try await app.asyncShutdown()
            let size = (try? FileManager.default.attributesOfItem(atPath: to)[.size] as? Int) ?? 0
            print("Backup written to \(to): \(size / 1024) KB, \(counts.values.reduce(0, +)) rows in \(counts.count) tables.")
        } catch {
            try? await app.asyncShutdown()
            throw CommandFailure("\(error)")
        }
    }
}

/// `mentor restore --from FILE`: puts a backup back in place of the SQLite database.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Replace the SQLite database with a backup made by mentor backup. Stop the server first.",
        discussion: "Refused while a server or a backup uses the database (they hold <file>.lock). The backup is checked first (integrity and tables); the current database is kept beside it as <file>.before-restore-<time>. For PostgreSQL use pg_restore (docs/operations.md).")

    @ArgumentParser.Option(help: "The backup file.")
    var from: String

    @ArgumentParser.Flag(help: "Confirm that the server is stopped and the current database may be replaced.")
    var force = false

    func run() async throws {
        let settings = try AppSettings.fromEnvironment()
        guard case .sqlite(let path) = settings.storage else {
            throw CommandFailure("mentor restore restores SQLite databases; with DATABASE_URL set, use pg_restore (see docs/operations.md).")
        }
        guard force || !FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure("\(path) exists. Stop the server and run again with --force to replace it (the current file is kept beside it).")
        }
        let lock: DatabaseLock
        do { lock = try Backup.lockForRestore(path) } catch { throw CommandFailure("\(error)") }
        defer { lock.release() }
        let counts: [String: Int]
        let app = try await AppRunner.makeApplication(settings: AppSettings(storage: .sqlite(path: from)), arguments: ["mentor"])
        do {
            counts = try await Backup.inspect(from, on: app)
            try await app.asyncShutdown()
        } catch {
            try? await app.asyncShutdown()
            throw CommandFailure("\(error)")
        }
        let kept = try Backup.restore(from: from, to: path, holding: lock)
        print("Restored \(path) from \(from): \(counts.values.reduce(0, +)) rows in \(counts.count) tables." + (kept.map { " The previous database is kept as \($0)." } ?? ""))
    }
}
