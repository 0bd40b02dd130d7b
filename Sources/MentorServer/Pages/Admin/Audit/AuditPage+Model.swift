import Foundation
import MentorCore

/// The organisation's audit log: the latest events, newest first, a page at a time, filtered
/// on who, the kind of record and the days.
enum AuditPage {
    /// How many events one page shows.
    static let limit = 100

    struct Model: Sendable, Equatable {
        var rows: [Row]
        var filter = Valid(page: 1)
        /// How many events match the filter, on all pages.
        var total = 0

        var pageCount: Int { max(1, (total + AuditPage.limit - 1) / AuditPage.limit) }
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
    ], filter: AuditPage.Valid(who: "<b>Sanne", record: "core_value", page: 2), total: 250)
}
