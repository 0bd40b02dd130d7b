import Fluent
import Foundation
import MentorCore

extension ComparePage {
    enum Query {
        static func model(organisationID: UUID, now: Date, on db: any Database) async throws -> Model {
            Model(rows: try await ProgrammeHealthQuery.comparison(organisationID: organisationID, now: now, on: db))
        }
    }
}
