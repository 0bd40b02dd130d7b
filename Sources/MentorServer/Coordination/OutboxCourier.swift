import Foundation
import Vapor

/// Delivers the outbox beside the scheduler's loop instead of inside it: a slow or hanging
/// sendmail command used to hold up every other job. The scheduler's `outbox` job starts a
/// round here and returns at once; while a round still runs, no second one starts in this
/// process (other servers claim other messages).
final class OutboxCourier: @unchecked Sendable {
    private let lock = NSLock()
    private var task: Task<Void, Never>?
    private var running = false
    private var lastResult = "none yet"

    /// Starts a round unless one is running; returns the text the job records.
    func start(app: Application, worker: String, now: Date) -> String {
        lock.withLock {
            guard !running else { return "still sending; last round: \(lastResult)" }
            running = true
            let previous = lastResult
            task = Task {
                let result: String
                do {
                    result = "\(try await Outbox.deliver(worker: worker, settings: app.settings.mail, now: now, on: app.db, logger: app.logger)) sent"
                } catch {
                    app.logger.error("outbox delivery failed", metadata: ["error": "\(error)"])
                    result = "failed: \(String(describing: error).prefix(200))"
                }
                self.finish(result)
            }
            return "round started; last round: \(previous)"
        }
    }

    /// Stops the running round (its command is killed); for shutdown.
    func stop() { lock.withLock { task?.cancel() } }

    /// Stops the running round and waits until it has ended.
    func stopAndWait() async {
        let running = lock.withLock { () -> Task<Void, Never>? in
            task?.cancel()
            return task
        }
        await running?.value
    }

    private func finish(_ result: String) {
        lock.withLock {
            running = false
            lastResult = result
            task = nil
        }
    }
}

struct OutboxCourierKey: StorageKey, LockKey {
    typealias Value = OutboxCourier
}

extension Application {
    /// The application's courier, made on first use.
    var outboxCourier: OutboxCourier {
        locks.lock(for: OutboxCourierKey.self).withLock {
            if let courier = storage[OutboxCourierKey.self] { return courier }
            let courier = OutboxCourier()
            storage[OutboxCourierKey.self] = courier
            return courier
        }
    }
}
