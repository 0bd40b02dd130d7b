import Foundation
import Vapor
import MentorCore

extension GoalPage {
    /// The mentor's comment on a goal, as the browser sends it; empty clears it.
    struct CommentForm: Content, Sendable, Equatable {
        var comment: String?

        func validated(_ language: Language) -> Result<String, FormErrors> {
            .success((comment ?? "").trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }
}
