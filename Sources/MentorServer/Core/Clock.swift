import Foundation
import Vapor

/// The application's one source of the current time. Handlers and jobs read `request.now` or
/// `application.now` instead of calling `Date()`, so a test can set the time for the whole
/// application (`app.clock = .fixed(...)`) and see reminders, due dates and "today" move with it.
struct AppClock: Sendable {
    let now: @Sendable () -> Date

    static let system = AppClock { Date() }

    /// A clock that always reads `date`.
    static func fixed(_ date: Date) -> AppClock { AppClock { date } }
}

extension Application {
    private struct ClockKey: StorageKey { typealias Value = AppClock }

    var clock: AppClock {
        get { storage[ClockKey.self] ?? .system }
        set { storage[ClockKey.self] = newValue }
    }

    var now: Date { clock.now() }
}

extension Request {
    var now: Date { application.now }
}
