import Foundation
import Vapor
import MentorCore

extension GoalFormPage {
    /// A learning goal as the browser sends it.
    struct Form: Content, Sendable, Equatable {
        var title: String?
        var description: String?
        var successCriteria: String?
        var targetDate: String?
        var theme: String?
        var status: String?

        struct Valid: Sendable, Equatable {
            var title, description, successCriteria: String
            var targetDate: Date?
            var theme: String?
            var status: GoalStatus
        }

        /// The form with every field trimmed, as it is shown again.
        var trimmed: Form {
            func clean(_ text: String?) -> String { (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
            return Form(title: clean(title), description: clean(description), successCriteria: clean(successCriteria),
                        targetDate: clean(targetDate), theme: clean(theme), status: clean(status))
        }

        /// A title is needed; a target date is a day, and for a new goal not in the past; a
        /// theme is one of `themes`; an unknown status counts as open.
        func validated(_ language: Language, formats: Formats, now: Date, themes: Set<String>, isNew: Bool) -> Result<Valid, FormErrors> {
            let form = trimmed
            var errors: FieldErrors = [:]
            let title = form.title ?? ""
            if title.isEmpty { errors["title"] = T.required(language) }
            var target: Date?
            let targetText = form.targetDate ?? ""
            if !targetText.isEmpty {
                target = formats.parseDay(targetText)
                if let day = target {
                    if isNew && day < now { errors["targetDate"] = T.targetInPast(language) }
                } else {
                    errors["targetDate"] = T.invalidDay(language)
                }
            }
            let theme = (form.theme ?? "").isEmpty ? nil : form.theme
            if let theme, !themes.contains(theme) { errors["theme"] = T.required(language) }
            guard errors.isEmpty else { return .failure(FormErrors(errors)) }
            return .success(Valid(title: title, description: form.description ?? "", successCriteria: form.successCriteria ?? "",
                                  targetDate: target, theme: theme, status: GoalStatus(rawValue: form.status ?? "") ?? .open))
        }
    }
}
