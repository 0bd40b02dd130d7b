import Foundation
import Fluent

extension ProvisioningPage.Model {
    /// The organisation's tokens, newest first, and the address built from `MENTOR_BASE_URL`.
    static func query(organisationID: UUID, baseURL: String, on db: any Database) async throws -> Self {
        let tokens = try await SCIMToken.query(on: db).filter(\.$organisation.$id == organisationID).sort(\.$createdAt, .descending).all()
        return .init(address: baseURL + SiteURL.scimUnknown.path.dropLast(1), tokens: tokens.compactMap { token in
            token.id.map { .init(id: $0, label: token.label, createdAt: token.createdAt, lastUsedAt: token.lastUsedAt, revoked: token.revokedAt != nil) }
        })
    }
}
