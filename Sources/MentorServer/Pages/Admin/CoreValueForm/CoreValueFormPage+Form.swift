import Foundation
import Vapor
import MentorCore

extension CoreValueFormPage {
    /// The value form as the browser sends it: behaviours one per line, the same number in each language.
    struct Form: Content, Sendable, Equatable {
        var nameNL: String?
        var nameEN: String?
        var descriptionNL: String?
        var descriptionEN: String?
        var behavioursNL: String?
        var behavioursEN: String?

        struct Behaviour: Sendable, Equatable {
            var nl: String
            var en: String
        }

        struct Valid: Sendable, Equatable {
            var nameNL, nameEN, descriptionNL, descriptionEN: String
            var behaviours: [Behaviour]
        }

        func validated(_ language: Language) -> Result<Valid, FormErrors> {
            func clean(_ text: String?) -> String { (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
            func lines(_ text: String?) -> [String] {
                (text ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            var errors: FieldErrors = [:]
            let nameNL = clean(nameNL), nameEN = clean(nameEN)
            if nameNL.isEmpty { errors["nameNL"] = T.required(language) }
            if nameEN.isEmpty { errors["nameEN"] = T.required(language) }
            let nl = lines(behavioursNL), en = lines(behavioursEN)
            if nl.count != en.count { errors["behavioursEN"] = T.behavioursMismatch(language) }
            guard errors.isEmpty else { return .failure(FormErrors(errors)) }
            return .success(Valid(nameNL: nameNL, nameEN: nameEN, descriptionNL: clean(descriptionNL), descriptionEN: clean(descriptionEN),
                                  behaviours: zip(nl, en).map { Behaviour(nl: $0.0, en: $0.1) }))
        }
    }
}
