import Foundation
import MentorCore

/// After an import: the people it created or updated, to choose who gets an invitation.
enum ImportInvitePage {
    struct Model: Sendable, Equatable {
        var rows: [Row]
        var created: Int { rows.filter(\.isNew).count }
        var updated: Int { rows.count - created }
    }

    struct Row: Sendable, Equatable {
        var id: UUID
        var name: String
        var email: String
        var isNew: Bool
    }
}

extension ImportInvitePage.Model {
    static let mock = ImportInvitePage.Model(rows: [
        .init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000a1")!, name: "Noor <script>alert(1)</script>", email: "noor@example.org", isNew: true),
        .init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000b1")!, name: "Pieter <Partners> Smit", email: "pieter@example.org", isNew: false),
    ])
}
