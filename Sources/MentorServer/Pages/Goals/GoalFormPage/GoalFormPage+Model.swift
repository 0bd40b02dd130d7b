import Foundation
import MentorCore

/// A mentee writes or edits a learning goal.
enum GoalFormPage {
    struct Theme: Sendable, Equatable {
        var key: String
        var name: String
    }

    struct Model: Sendable, Equatable {
        var pairID: UUID
        /// Nil for a new goal.
        var goalID: UUID?
        var form: Form
        var themes: [Theme]
        var errors: FieldErrors = [:]
    }
}

extension GoalFormPage.Model {
    static let mock = GoalFormPage.Model(
        pairID: UUID(uuidString: "00000000-0000-4000-8000-0000000000a1")!, goalID: nil,
        form: .init(title: "Plan <my> week", description: "Less <script>firefighting</script>", successCriteria: "", targetDate: "2026-06-30",
                    theme: "work_organisation", status: "open"),
        themes: [.init(key: "work_organisation", name: "Werkorganisatie"), .init(key: "custom", name: "Digital & <Partners>")])
}
