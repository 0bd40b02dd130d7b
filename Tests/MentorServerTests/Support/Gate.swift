import Foundation
import Vapor
@testable import MentorServer

/// Holds password checks on the password pool's threads until opened, the way a slow
/// bcrypt holds them, so a test can look at the server while sign-ins are still in flight
/// without measuring time.
final class Gate: @unchecked Sendable {
    private let condition = NSCondition()
    private var isOpen = true
    private var held = 0

    /// Checks passing through here right now.
    var holding: Int { condition.withLock { held } }

    func close() { condition.withLock { isOpen = false } }

    func open() {
        condition.withLock { isOpen = true }
        condition.broadcast()
    }

    /// Blocks the calling thread while the gate is closed.
    func pass() {
        condition.lock()
        held += 1
        while !isOpen { condition.wait() }
        held -= 1
        condition.unlock()
    }

    /// A bcrypt check that first passes the gate.
    func check() -> PasswordPool.Check {
        { password, hash in
            self.pass()
            return try Bcrypt.verify(password, created: hash)
        }
    }
}

/// Counts values (statuses, events) recorded from many tasks at once.
final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [UInt: Int] = [:]

    func record(_ value: UInt) { lock.withLock { counts[value, default: 0] += 1 } }
    func count(_ value: UInt) -> Int { lock.withLock { counts[value] ?? 0 } }
    var total: Int { lock.withLock { counts.values.reduce(0, +) } }
}
