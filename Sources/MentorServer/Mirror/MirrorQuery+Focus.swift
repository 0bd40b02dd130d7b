import Foundation
import MentorCore

/// A reflection with a focus, as the mirror reads it (issue 14, item 5).
struct FocusRow: Sendable, Equatable {
    /// The pair it is about; nil for a reflection about all mentees.
    var pair: UUID?
    var focus: Focus?
    var since: Date?

    /// The focus in effect for `pairID`: the most recently chosen one about that pair or about all mentees.
    static func inEffect(for pairID: UUID, _ rows: [FocusRow]) -> FocusRecord? {
        rows.compactMap { row -> FocusRecord? in
            guard row.pair == nil || row.pair == pairID, let focus = row.focus, let since = row.since else { return nil }
            return FocusRecord(focus: focus, since: since)
        }.max { $0.since < $1.since }
    }
}
