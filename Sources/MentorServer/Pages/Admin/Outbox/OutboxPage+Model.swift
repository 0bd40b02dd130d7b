import Foundation
import MentorCore

/// The e-mail outbox for administrators: addresses, subjects and errors, never the body.
enum OutboxPage {
    /// How many open messages the page shows.
    static let limit = 500

    struct Model: Sendable, Equatable {
        var messages: [Message]
        var sentLastWeek: Int
        var flash: String?
    }

    struct Message: Sendable, Equatable {
        var id: UUID
        var recipient: String
        var subject: String
        /// Failed for good; otherwise it waits for its next attempt.
        var failed: Bool
        var attempts: Int
        var nextAttemptAt: Date
        var lastError: String?
    }
}

extension OutboxPage.Model {
    static let mock = OutboxPage.Model(messages: [
        .init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000f1")!, recipient: "noor@example.org", subject: "Uitnodiging <Partners>",
              failed: true, attempts: 5, nextAttemptAt: Date(timeIntervalSince1970: 1_790_000_000), lastError: "sendmail: <script>x</script>"),
        .init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000f2")!, recipient: "pieter@example.org", subject: "Herinnering",
              failed: false, attempts: 1, nextAttemptAt: Date(timeIntervalSince1970: 1_790_000_000), lastError: nil),
    ], sentLastWeek: 12, flash: "Opgeslagen")
}
