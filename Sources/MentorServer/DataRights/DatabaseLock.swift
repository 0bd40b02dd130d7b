import Foundation
import Vapor
#if canImport(Glibc)
import Glibc
#endif

/// An advisory lock (`flock`) on `<database>.lock`, beside the SQLite file, that says who
/// uses the database. `serve` and `backup` hold it shared for as long as they run, so several
/// may work at once; `restore` needs it exclusive and refuses while anyone else holds it.
/// Replacing the file under a running server left a malformed database (issue 11).
///
/// The lock is on a file of its own, not on the database, because `restore` moves the database
/// file away. It is opened with `O_CLOEXEC`, so a command the server starts (sendmail) does not
/// inherit it and keep the database "in use" after the server has gone. The kernel releases
/// it when the process ends, however it ends.
final class DatabaseLock: @unchecked Sendable {
    enum Mode: Sendable { case shared, exclusive }

    let path: String
    private let lock = NSLock()
    private var descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit { release() }

    static func path(forDatabase database: String) -> String { database + ".lock" }

    /// Takes the lock without waiting; nil when another holder's lock conflicts with `mode`.
    static func tryTake(_ mode: Mode, database: String) throws -> DatabaseLock? {
        let path = path(forDatabase: database)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw Backup.Failure(description: "cannot open the lock file \(path): \(String(cString: strerror(errno)))")
        }
        let operation = (mode == .shared ? LOCK_SH : LOCK_EX) | LOCK_NB
        var result: Int32
        repeat { result = flock(descriptor, operation) } while result != 0 && errno == EINTR
        guard result == 0 else {
            let code = errno
            close(descriptor)
            if code == EAGAIN { return nil }  // EWOULDBLOCK on Linux
            throw Backup.Failure(description: "cannot lock \(path): \(String(cString: strerror(code)))")
        }
        return DatabaseLock(path: path, descriptor: descriptor)
    }

    func release() {
        lock.withLock {
            guard descriptor >= 0 else { return }
            _ = flock(descriptor, LOCK_UN)
            close(descriptor)
            descriptor = -1
        }
    }
}

struct DatabaseLockKey: StorageKey {
    typealias Value = DatabaseLock
}

extension Application {
    /// For `serve` on SQLite: holds the database's lock shared for the application's lifetime,
    /// so `restore` refuses while it runs, and warns when the file is readable by others.
    func holdDatabaseWhileServing(_ storage: AppSettings.Storage) throws {
        guard case .sqlite(let database) = storage else { return }
        guard let held = try DatabaseLock.tryTake(.shared, database: database) else {
            throw CommandFailure("\(database) is being restored (mentor restore holds \(DatabaseLock.path(forDatabase: database))); start the server when it has finished.")
        }
        self.storage[DatabaseLockKey.self] = held
        if let mode = (try? FileManager.default.attributesOfItem(atPath: database))?[.posixPermissions] as? Int, mode & 0o077 != 0 {
            logger.warning("the database file can be read by other users; make it readable by its owner only",
                           metadata: ["file": "\(database)", "mode": "\(String(mode, radix: 8))", "fix": "chmod 600 \(database)*"])
        }
    }
}
