import Foundation
import Vapor
import MentorCore

extension ProvisioningPage {
    /// Making a token: its name, as the browser sends it.
    struct Form: Content, Sendable, Equatable {
        var label: String?

        func validated(_ language: Language) -> Result<String, FormErrors> {
            let label = (label ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if label.isEmpty { return .failure(FormErrors(["label": T.required(language)])) }
            if label.count > 100 { return .failure(FormErrors(["label": T.provisioningLabelTooLong(language)])) }
            return .success(label)
        }
    }
}
