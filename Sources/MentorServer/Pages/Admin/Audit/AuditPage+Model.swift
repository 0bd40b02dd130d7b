import Foundation
import MentorCore

/// The organisation's audit log: the latest events, newest first.
enum AuditPage {
    /// How many events the page shows.
    static let limit = 300

    struct Model: Sendable, Equatable {
        var rows: [Row]
    }

    struct Row: Sendable, Equatable {
        var at: Date
        /// Nil for the system (jobs, imports without an actor).
        var actor: String?
        var action: String
        var entity: String
        var summary: String
    }
}

extension AuditPage.Model {
    static let mock = AuditPage.Model(rows: [
        .init(at: Date(timeIntervalSince1970: 1_790_000_000), actor: "Sanne <Partners>", action: "update", entity: "core_value",
              summary: "Openheid <script>x</script>"),
        .init(at: Date(timeIntervalSince1970: 1_789_990_000), actor: nil, action: "retention", entity: "mentorship", summary: "conversation content deleted after 730 days"),
    ])
}
