import Fluent
import Foundation
import MentorCore

extension GuidancePage {
    enum Query {
        /// Every pattern of the organisation's vocabulary, with its built-in and its own wording.
        static func model(organisationID: UUID, language: Language, flash: String?, on db: any Database) async throws -> Model {
            let vocabulary = try await Vocabulary.load(organisationID: organisationID, on: db)
            let custom = try await own(organisationID: organisationID, on: db)
            return Model(rows: vocabulary.patterns.map { pattern in
                let own = custom.first { $0.pattern == pattern.key }
                return Row(key: pattern.key, name: pattern.name(language),
                           builtIn: AttitudePattern(rawValue: pattern.key).map { T.guidance($0)(language) },
                           nl: own?.textNL ?? "", en: own?.textEN ?? "")
            }, flash: flash)
        }

        /// The keys of the patterns the page shows.
        static func patterns(organisationID: UUID, on db: any Database) async throws -> [String] {
            try await Vocabulary.load(organisationID: organisationID, on: db).patterns.map(\.key)
        }

        static func own(organisationID: UUID, on db: any Database) async throws -> [AttitudeGuidance] {
            try await AttitudeGuidance.query(on: db).filter(\.$organisation.$id == organisationID).all()
        }
    }
}
