import Foundation
import Vapor
import MentorCore

extension NotificationsPage {
    /// How a person wants their notifications (posted from the account page): by e-mail as
    /// well, or in the app only.
    struct ChoiceForm: Content, Sendable, Equatable {
        var delivery: String?

        /// True for e-mail, false for in the app only.
        func validated(_ language: Language) -> Result<Bool, FormErrors> {
            switch (delivery ?? "").trimmingCharacters(in: .whitespacesAndNewlines) {
            case "email": .success(true)
            case "app": .success(false)
            default: .failure(FormErrors(["delivery": T.required(language)]))
            }
        }
    }
}
