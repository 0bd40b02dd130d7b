import Fluent
import Foundation
import MentorCore

extension PeopleImportPage {
    /// The most rows (people and refused lines together) one file may hold.
    static let maxRows = 5_000
    /// How long a previewed file waits for its confirmation.
    static let uploadLifetime: TimeInterval = 3600

    enum Query {
        /// The preview of a file that was read (not yet stored): what it would create and update,
        /// or why it cannot be imported.
        static func preview(_ reading: Reading, message: String? = nil, organisationID: UUID, language: Language,
                            on db: any Database) async throws -> Model {
            let result = reading.result
            if result.people.count + result.issues.count > PeopleImportPage.maxRows {
                return Model(message: T.importTooLarge(language))
            }
            let existing = try await Person.query(on: db).filter(\.$email ~~ result.people.map(\.email))
                .filter(\.$organisation.$id == organisationID).all().map(\.email)
            return Model(csv: reading.text, message: message, result: result, format: reading.format, existing: Set(existing))
        }

        /// The administrator's stored file, if it has not expired.
        static func upload(_ id: UUID, organisationID: UUID, personID: UUID, now: Date, on db: any Database) async throws -> PeopleImportUpload? {
            try await PeopleImportUpload.query(on: db).filter(\.$id == id)
                .filter(\.$organisation.$id == organisationID).filter(\.$person.$id == personID)
                .filter(\.$expiresAt > now).first()
        }

        /// The accounts (of any organisation) that hold the addresses of `result`.
        static func accounts(of result: PeopleImportResult, on db: any Database) async throws -> [Person] {
            try await Person.query(on: db).filter(\.$email ~~ result.people.map(\.email)).all()
        }
    }
}
