import Fluent
import Foundation
import MentorCore

/// Reads about an organisation's core values that pages share.
enum CoreValueQuery {
    /// The organisation's values with their behaviours, in their order (retired ones included).
    static func all(organisationID: UUID, on db: any Database) async throws -> [CoreValue] {
        try await CoreValue.query(on: db).filter(\.$organisation.$id == organisationID)
            .with(\.$behaviours).sort(\.$position).all()
    }
}
