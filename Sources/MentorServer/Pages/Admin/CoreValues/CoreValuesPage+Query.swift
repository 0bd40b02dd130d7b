import Fluent
import Foundation
import MentorCore

extension CoreValuesPage {
    enum Query {
        /// The organisation's values in their order (retired ones included), in `language`.
        static func model(organisationID: UUID, language: Language, flash: String?, on db: any Database) async throws -> Model {
            let values = try await CoreValueQuery.all(organisationID: organisationID, on: db)
            return Model(values: try values.map { value in
                Value(id: try value.requireID(), name: value.name(in: language), description: value.description(in: language),
                      behaviours: value.behaviours.sorted { $0.position < $1.position }.map { $0.text(in: language) },
                      retired: value.retiredAt != nil)
            }, flash: flash)
        }
    }
}
