import Foundation
import MentorCore

/// One learning goal: what the mentee wrote, the mentor's comment and the evidence seen in
/// conversations.
enum GoalPage {
    struct Evidence: Sendable, Equatable {
        var conversationID: UUID
        var at: Date
        var text: String
    }

    struct Model: Sendable, Equatable {
        var id: UUID
        var pairID: UUID
        var place: PairPlace
        /// False once the pair ended: the goal is kept as it is.
        var open: Bool
        var title: String
        var description: String
        var successCriteria: String
        var targetDate: Date?
        var status: GoalStatus
        var theme: String?
        var mentorComment: String
        /// Newest first.
        var evidence: [Evidence]
        /// The mentee's edit form, filled with the goal.
        var form: GoalFormPage.Form
        var themes: [GoalFormPage.Theme]
        var flash: String?

        var canComment: Bool { place == .mentor && open }
        var canEdit: Bool { place == .mentee && open }
    }
}

extension GoalPage.Model {
    static let mock = GoalPage.Model(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000000d1")!, pairID: UUID(uuidString: "00000000-0000-4000-8000-0000000000a1")!,
        place: .mentor, open: true, title: "Plan <my> week", description: "Less <script>firefighting</script>",
        successCriteria: "Two & <three> quiet mornings", targetDate: Date(timeIntervalSince1970: 1_782_777_600), status: .inProgress,
        theme: "Werkorganisatie", mentorComment: "Good <start>",
        evidence: [.init(conversationID: UUID(uuidString: "00000000-0000-4000-8000-0000000000c1")!, at: Date(timeIntervalSince1970: 1_768_000_000),
                         text: "Planned the week <first>")],
        form: GoalFormPage.Model.mock.form, themes: GoalFormPage.Model.mock.themes, flash: nil)
}
