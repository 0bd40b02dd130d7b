import Vapor
import MentorCore

extension AuditPage {
    /// The filters of the audit log, as its GET form sends them.
    struct Filter: Content, Sendable, Equatable {
        /// Part of the name of who did it.
        var who: String?
        /// The kind of record (an audit entity key).
        var record: String?
        /// Days as `YYYY-MM-DD`, both included.
        var from: String?
        var to: String?
        var page: Int?

        /// Blanks dropped; an unknown record kind or a day that is no day is ignored.
        func cleaned(_ formats: Formats) -> Valid {
            let record = record.flatMap { AuditWording.entities[$0] == nil ? nil : $0 }
            let from = from.flatMap(formats.parseDay), to = to.flatMap(formats.parseDay)
            return Valid(who: ListFilter.blankless(who), record: record, from: from,
                         // through the end of the last day
                         before: to.map { $0.addingTimeInterval(86_400) }, page: ListFilter.page(page))
        }
    }

    struct Valid: Sendable, Equatable {
        var who: String?
        var record: String?
        var from: Date?
        /// The first moment no longer shown.
        var before: Date?
        var page: Int

        var isFiltered: Bool { who != nil || record != nil || from != nil || before != nil }

        func query(page: Int, formats: Formats) -> [(String, String)] {
            var pairs: [(String, String)] = []
            if let who { pairs.append(("who", who)) }
            if let record { pairs.append(("record", record)) }
            if let from { pairs.append(("from", formats.isoDay(from))) }
            if let before { pairs.append(("to", formats.isoDay(before.addingTimeInterval(-86_400)))) }
            if page > 1 { pairs.append(("page", String(page))) }
            return pairs
        }
    }
}
