import Foundation
import Vapor
import MentorCore

/// The forms of the conversation page that only the pair's mentor sends. Each is checked
/// against what this pair and organisation hold, so no record can point elsewhere.
extension ConversationPage {
    /// What the mentor saw of progress on one of the pair's goals.
    struct EvidenceForm: Content, Sendable, Equatable {
        var goal: String?
        var evidenceText: String?

        struct Valid: Sendable, Equatable {
            var goal: UUID
            var text: String
        }

        /// `goals` are the ids of this pair's goals.
        func validated(_ language: Language, goals: Set<UUID>) -> Result<Valid, FormErrors> {
            var errors: FieldErrors = [:]
            let goal = UUID(uuidString: goal.sentText).flatMap { goals.contains($0) ? $0 : nil }
            if goal == nil { errors["goal"] = T.required(language) }
            let text = evidenceText.sentText
            if text.isEmpty { errors["evidenceText"] = T.required(language) }
            guard errors.isEmpty, let goal else { return .failure(FormErrors(errors)) }
            return .success(Valid(goal: goal, text: text))
        }
    }

    /// A score of 1 to 5 on one of the organisation's core values, with the behaviour seen.
    struct ScoreForm: Content, Sendable, Equatable {
        var value: String?
        var score: String?
        var behaviour: String?

        struct Valid: Sendable, Equatable {
            var value: UUID
            var score: Int
            var behaviour: String
        }

        /// `values` are the ids of the organisation's values in use.
        func validated(_ language: Language, values: Set<UUID>) -> Result<Valid, FormErrors> {
            var errors: FieldErrors = [:]
            let value = UUID(uuidString: value.sentText).flatMap { values.contains($0) ? $0 : nil }
            if value == nil { errors["value"] = T.required(language) }
            let score = Int(score.sentText) ?? 0, behaviour = behaviour.sentText
            do throws(WorkflowProblem) {
                try ConversationRules.checkScore(score, behaviour: behaviour)
            } catch {
                errors[error == .behaviourRequired ? "behaviour" : "score"] = T.workflowProblem(error)(language)
                if error == .scoreOutOfRange && behaviour.isEmpty { errors["behaviour"] = T.workflowProblem(.behaviourRequired)(language) }
            }
            guard errors.isEmpty, let value else { return .failure(FormErrors(errors)) }
            return .success(Valid(value: value, score: score, behaviour: behaviour))
        }
    }

    /// An attitude pattern the mentor saw, whether it helped or hindered, and a note.
    struct ObservationForm: Content, Sendable, Equatable {
        var pattern: String?
        var effect: String?
        var observationNote: String?

        struct Valid: Sendable, Equatable {
            var pattern: String
            var effect: AttitudeEffect
            var note: String
        }

        /// `patterns` are the keys of the organisation's patterns in use.
        func validated(_ language: Language, patterns: Set<String>) -> Result<Valid, FormErrors> {
            var errors: FieldErrors = [:]
            let pattern = pattern.sentText
            if !patterns.contains(pattern) { errors["pattern"] = T.required(language) }
            let effect = AttitudeEffect(rawValue: effect.sentText)
            if effect == nil { errors["effect"] = T.required(language) }
            guard errors.isEmpty, let effect else { return .failure(FormErrors(errors)) }
            return .success(Valid(pattern: pattern, effect: effect, note: observationNote.sentText))
        }
    }
}
