import Foundation
import Vapor
import MentorCore

extension NotificationsPage {
    /// How a person wants e-mail (posted from the account page): at every event, only for
    /// reminders, or never (everything stays in the product's notifications).
    struct ChoiceForm: Content, Sendable, Equatable {
        var delivery: String?

        func validated(_ language: Language) -> Result<EmailChoice, FormErrors> {
            guard let choice = EmailChoice(rawValue: (delivery ?? "").trimmingCharacters(in: .whitespacesAndNewlines)) else {
                return .failure(FormErrors(["delivery": T.required(language)]))
            }
            return .success(choice)
        }
    }
}
