import Fluent
import Foundation

extension TokensPage {
    enum Query {
        /// The person's tokens, newest first.
        static func model(personID: UUID, now: Date, form: Form = Form(), errors: FieldErrors = [:], newSecret: String? = nil,
                          flash: String? = nil, on db: any Database) async throws -> Model {
            let tokens = try await AccessToken.query(on: db).filter(\.$person.$id == personID).sort(\.$createdAt, .descending).all()
            return Model(tokens: tokens.compactMap { token in
                guard let id = token.id else { return nil }
                let state: State = token.revokedAt != nil ? .revoked : (token.isUsable(at: now) ? .active : .expired)
                return Row(id: id, name: token.name, prefix: token.prefix, scope: token.scope, createdAt: token.createdAt,
                           expiresAt: token.expiresAt, lastUsedAt: token.lastUsedAt, state: state)
            }, form: form, errors: errors, newSecret: newSecret, flash: flash)
        }
    }
}
