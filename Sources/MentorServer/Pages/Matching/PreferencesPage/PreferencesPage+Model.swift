import Foundation
import MentorCore

/// A person's matching wishes: a mentee's three wished mentors and the ones to avoid, a
/// mentor's three preferred mentees.
enum PreferencesPage {
    struct Choice: Sendable, Equatable {
        var id: UUID
        var name: String
    }

    struct Model: Sendable, Equatable {
        var isMentee: Bool
        var isMentor: Bool
        var mentors: [Choice]
        var mentees: [Choice]
        /// In order of preference.
        var wishes: [UUID]
        var avoid: Set<UUID>
        var preferred: [UUID]
        var flash: String?
    }
}

extension PreferencesPage.Model {
    static let mock = PreferencesPage.Model(
        isMentee: true, isMentor: true,
        mentors: [.init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000f3")!, name: "Jeroen & <Partners>"),
                  .init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000f5")!, name: "Lisa <script>")],
        mentees: [.init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000f2")!, name: "Emma <b>")],
        wishes: [UUID(uuidString: "00000000-0000-4000-8000-0000000000f3")!],
        avoid: [UUID(uuidString: "00000000-0000-4000-8000-0000000000f5")!],
        preferred: [UUID(uuidString: "00000000-0000-4000-8000-0000000000f2")!], flash: nil)
}
