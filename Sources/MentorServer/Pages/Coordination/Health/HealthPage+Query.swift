import Fluent
import Vapor
import Foundation
import MentorCore

extension HealthPage {
    enum Query {
        /// The health of `programme`, which the route wrapper loaded from the viewer's organisation.
        static func model(programme: Programme, now: Date, on db: any Database) async throws -> Model {
            let health = try await ProgrammeHealthQuery.health(of: programme, now: now, on: db)
            let band = try await ProgrammeHealthQuery.talkBand(organisationID: programme.$organisation.id, on: db)
            return Model(programmeID: try programme.requireID(), name: programme.name, cadenceDays: programme.cadenceDays,
                         pulseIntervalDays: programme.pulseIntervalDays, health: health, talkBand: band)
        }
    }
}

extension HealthPage {
    /// `?table=` of the CSV download.
    struct ExportForm: Content, Sendable, Equatable {
        var table: String?

        func validated(_ language: Language) -> Result<Table, FormErrors> {
            guard let table = table.flatMap(Table.init(rawValue:)) else { return .failure(FormErrors(["table": T.required(language)])) }
            return .success(table)
        }
    }
}
