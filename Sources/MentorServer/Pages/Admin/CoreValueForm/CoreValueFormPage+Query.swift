import Fluent
import Foundation
import MentorCore

extension CoreValueFormPage {
    enum Query {
        /// The form filled from the stored value and its behaviours.
        static func edit(_ value: CoreValue, on db: any Database) async throws -> Model {
            let behaviours = try await value.$behaviours.query(on: db).sort(\.$position).all()
            let form = Form(nameNL: value.nameNL, nameEN: value.nameEN, descriptionNL: value.descriptionNL, descriptionEN: value.descriptionEN,
                            behavioursNL: behaviours.map(\.textNL).joined(separator: "\n"),
                            behavioursEN: behaviours.map(\.textEN).joined(separator: "\n"))
            return Model(form: form, valueID: try value.requireID())
        }

        /// The place after the organisation's last value.
        static func nextPosition(organisationID: UUID, on db: any Database) async throws -> Int {
            (try await CoreValue.query(on: db).filter(\.$organisation.$id == organisationID).max(\.$position) ?? 0) + 1
        }
    }
}
