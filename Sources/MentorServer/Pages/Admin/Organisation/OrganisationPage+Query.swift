import Fluent
import Foundation
import MentorCore

extension OrganisationPage {
    enum Query {
        /// The page with the organisation's stored settings.
        static func model(organisationID: UUID, flash: String?, on db: any Database) async throws -> Model {
            guard let organisation = try await Organisation.find(organisationID, on: db) else { throw PageError.notFound }
            return Model(form: form(organisation), flash: flash)
        }

        static func form(_ organisation: Organisation) -> Form {
            Form(name: organisation.name, defaultLanguage: organisation.defaultLanguage.rawValue,
                 talkBandLow: "\(Int((organisation.talkBandLow * 100).rounded()))",
                 talkBandHigh: "\(Int((organisation.talkBandHigh * 100).rounded()))",
                 retentionDays: organisation.retentionDays.map(String.init) ?? "", maxCapacity: "\(organisation.maxCapacity)")
        }
    }
}
