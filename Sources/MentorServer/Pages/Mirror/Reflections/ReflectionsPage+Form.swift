import Foundation
import Vapor
import MentorCore

extension ReflectionsPage {
    /// A new reflection as the browser sends it; every field may be missing.
    struct Form: Content, Sendable, Equatable {
        var mentorship: String?
        var from: String?
        var to: String?
        var initiative: String?
        var expectations: String?
        var coreValues: String?
        var learningGoals: String?
        /// One `Focus` for the next conversations, as its stored key; empty for none.
        var focus: String?

        /// The four answers, one per question of the mirror, in the order of the questions.
        enum Answer: String, CaseIterable, Sendable {
            case initiative, expectations, coreValues, learningGoals

            /// The question the answer is to, in `language`.
            func question(_ language: Language) -> String {
                switch self {
                case .initiative: T.question1(language)
                case .expectations: T.question2(language)
                case .coreValues: T.question3(language)
                case .learningGoals: T.question4(language)
                }
            }
        }

        func answer(_ field: Answer) -> String {
            let text: String? = switch field {
            case .initiative: initiative
            case .expectations: expectations
            case .coreValues: coreValues
            case .learningGoals: learningGoals
            }
            return (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        }

        /// The pair the reflection is about, as sent: nil for all mentees. A value that is not
        /// an id stays as text, so the pair check refuses it as it refuses an unknown pair.
        var mentorshipChoice: String? {
            let text = (mentorship ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? nil : text
        }

        struct Valid: Sendable, Equatable {
            var from: Date
            var to: Date
            var answers: [Answer: String]
            var focus: Focus?
        }

        /// Checks the period and that at least one question is answered; the pair is checked
        /// apart, against the viewer's pairs.
        func validated(_ formats: Formats) -> Result<Valid, FormErrors> {
            let language = formats.language
            var errors: FieldErrors = [:]
            let from = formats.parseDay((self.from ?? "").trimmingCharacters(in: .whitespaces))
            let to = formats.parseDay((self.to ?? "").trimmingCharacters(in: .whitespaces))
            if from == nil { errors["from"] = T.invalidDay(language) }
            if to == nil { errors["to"] = T.invalidDay(language) }
            if let from, let to, to < from { errors["to"] = T.periodInvalid(language) }
            let answers = Dictionary(uniqueKeysWithValues: Answer.allCases.map { ($0, answer($0)) })
            let focusText = (focus ?? "").trimmingCharacters(in: .whitespaces)
            let chosen = Focus(rawValue: focusText)
            if !focusText.isEmpty && chosen == nil { errors["focus"] = T.focusInvalid(language) }
            if answers.values.allSatisfy(\.isEmpty) && chosen == nil { errors[Answer.initiative.rawValue] = T.reflectionEmpty(language) }
            guard errors.isEmpty, let from, let to else { return .failure(FormErrors(errors)) }
            return .success(Valid(from: from, to: to, answers: answers, focus: chosen))
        }
    }
}

extension Reflection {
    /// Takes the period, the answers and the focus of a checked form: for a new reflection and for a
    /// correction. A focus chosen or changed is dated `now`; one kept as it was keeps its date, so
    /// correcting a typo does not restart the comparison.
    func take(_ valid: ReflectionsPage.Form.Valid, mentorshipID: UUID?, now: Date) {
        if valid.focus?.rawValue != focus { focusSince = valid.focus == nil ? nil : now }
        focus = valid.focus?.rawValue
        $mentorship.id = mentorshipID
        periodFrom = valid.from
        periodTo = valid.to
        initiative = valid.answers[.initiative] ?? ""
        expectations = valid.answers[.expectations] ?? ""
        coreValues = valid.answers[.coreValues] ?? ""
        learningGoals = valid.answers[.learningGoals] ?? ""
    }
}
