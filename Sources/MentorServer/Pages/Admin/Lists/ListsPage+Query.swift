import Fluent
import Foundation
import MentorCore

extension ListsPage {
    enum Query {
        /// The organisation's own entries of both lists, by English name.
        static func model(organisationID: UUID, errors: FieldErrors = [:], errorList: OrganisationListItem.List? = nil,
                          flash: String?, on db: any Database) async throws -> Model {
            let items = try await OrganisationListItem.query(on: db).filter(\.$organisation.$id == organisationID).sort(\.$nameEN).all()
            return Model(items: try items.map {
                Item(id: try $0.requireID(), list: $0.list, nameNL: $0.nameNL, nameEN: $0.nameEN, retired: $0.retired)
            }, errors: errors, flash: flash, errorList: errorList)
        }
    }
}
