import Fluent
import Foundation
import MentorCore

extension GoalFormPage {
    enum Query {
        /// The organisation's goal themes in the reader's language.
        static func themes(organisationID: UUID, language: Language, on db: any Database) async throws -> [Theme] {
            try await Vocabulary.load(organisationID: organisationID, on: db).themes.map { Theme(key: $0.key, name: $0.name(language)) }
        }

        static func model(pairID: UUID, goalID: UUID?, form: Form, errors: FieldErrors = [:], organisationID: UUID, language: Language,
                          on db: any Database) async throws -> Model {
            Model(pairID: pairID, goalID: goalID, form: form, themes: try await themes(organisationID: organisationID, language: language, on: db),
                  errors: errors)
        }
    }
}
