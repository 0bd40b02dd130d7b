import Vapor

/// Bcrypt on threads of its own, with a bounded queue.
///
/// A bcrypt check at cost 12 keeps a core busy for about a quarter of a second. On Vapor's
/// shared thread pool, which also runs every SQLite query, 16 parallel sign-ins stalled every
/// page for half a minute (issue 11). Here password work gets `threads` threads of its own
/// (half the cores, at least one and at most four, so the other cores stay free for pages),
/// and at most `waiting` more requests queue behind them. One more is refused at once
/// (`admitted` answers nil) and the sign-in page says to try again shortly (429 with `Retry-After`), so a flood of
/// sign-ins slows only sign-ins.
final class PasswordPool: @unchecked Sendable {
    typealias Check = @Sendable (_ password: String, _ hash: String) throws -> Bool

    let threads: Int
    let waiting: Int
    let cost: Int
    let threadPool: NIOThreadPool
    private let check: Check
    private let lock = NSLock()
    private var taken = 0
    private var timingHash: String?

    init(threads: Int, waiting: Int, cost: Int, check: @escaping Check = { try Bcrypt.verify($0, created: $1) }) {
        self.threads = max(1, threads)
        self.waiting = max(0, waiting)
        self.cost = cost
        self.check = check
        threadPool = NIOThreadPool(numberOfThreads: self.threads)
        threadPool.start()
    }

    static func defaultThreads(cores: Int = System.coreCount) -> Int { min(4, max(1, cores / 2)) }

    /// Places: one per thread plus the queue.
    var capacity: Int { threads + waiting }
    /// Places taken now (running or queued).
    var occupied: Int { lock.withLock { taken } }

    /// Runs `body` holding one of the pool's places, or answers nil at once when all are taken.
    func admitted<T>(_ body: () async throws -> T) async rethrows -> T? {
        let entered = lock.withLock {
            guard taken < capacity else { return false }
            taken += 1
            return true
        }
        guard entered else { return nil }
        defer { lock.withLock { taken -= 1 } }
        return try await body()
    }

    /// Whether `password` fits `hash`. Without a hash (unknown or locked account), a check
    /// against a hash of the same cost is made anyway, so the answer takes as long and says
    /// nothing. A malformed hash answers false, never an error.
    func verify(_ password: String, created hash: String?) async throws -> Bool {
        let check = self.check
        let target: String
        if let hash { target = hash } else { target = try await timingTarget() }
        let fits = try await threadPool.runIfActive { (try? check(password, target)) ?? false }
        return hash != nil && fits
    }

    func hash(_ password: String) async throws -> String {
        let cost = self.cost
        return try await threadPool.runIfActive { try Bcrypt.hash(password, cost: cost) }
    }

    func shutdown() async {
        try? await threadPool.shutdownGracefully()
    }

    private func timingTarget() async throws -> String {
        if let made = lock.withLock({ timingHash }) { return made }
        let made = try await hash("mentor-mirror-timing-guard")
        lock.withLock { timingHash = made }
        return made
    }
}

/// Holds the application's pool; tests swap in a pool of their own.
final class PasswordPoolHolder: @unchecked Sendable {
    private let lock = NSLock()
    private var pool: PasswordPool

    init(_ pool: PasswordPool) { self.pool = pool }

    var current: PasswordPool { lock.withLock { pool } }

    /// Puts `replacement` in place and shuts the old pool down.
    func replace(with replacement: PasswordPool) async {
        let old = lock.withLock { () -> PasswordPool in
            let old = pool
            pool = replacement
            return old
        }
        await old.shutdown()
    }
}

struct PasswordPoolKey: StorageKey { typealias Value = PasswordPoolHolder }

extension Application {
    var passwordPools: PasswordPoolHolder { storage[PasswordPoolKey.self]! }
    /// Bcrypt for sign-in and password changes; see `PasswordPool`.
    var passwordPool: PasswordPool { passwordPools.current }
}

/// Shuts the password pool down with the application.
struct PasswordPoolLifecycle: LifecycleHandler {
    func shutdownAsync(_ application: Application) async {
        await application.passwordPool.shutdown()
    }

    func shutdown(_ application: Application) {
        try? application.passwordPool.threadPool.syncShutdownGracefully()
    }
}
