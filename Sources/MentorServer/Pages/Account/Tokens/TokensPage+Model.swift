import Foundation
import MentorCore

/// The person's personal access tokens for the JSON API: make one (shown once), see when each
/// was last used, revoke one.
enum TokensPage {
    struct Row: Sendable, Equatable {
        var id: UUID
        var name: String
        var prefix: String
        var scope: AccessTokenScope
        var createdAt: Date?
        var expiresAt: Date?
        var lastUsedAt: Date?
        var state: State
    }

    enum State: Sendable, Equatable {
        case active
        case revoked
        case expired
    }

    struct Model: Sendable, Equatable {
        var tokens: [Row]
        var form: Form = Form()
        var errors: FieldErrors = [:]
        /// The secret of the token just made; shown on this one answer only.
        var newSecret: String?
        var flash: String?
    }
}

extension TokensPage.Model {
    static let mock = TokensPage.Model(
        tokens: [
            .init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000a1")!, name: "Reporting <script>", prefix: "mm_Ab12", scope: .read,
                  createdAt: Date(timeIntervalSince1970: 1_790_000_000), expiresAt: nil, lastUsedAt: Date(timeIntervalSince1970: 1_790_100_000), state: .active),
            .init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000a2")!, name: "Old <Partners> sync", prefix: "mm_Zz99", scope: .write,
                  createdAt: Date(timeIntervalSince1970: 1_780_000_000), expiresAt: Date(timeIntervalSince1970: 1_785_000_000), lastUsedAt: nil, state: .revoked),
        ],
        form: .init(name: "New <b>", scope: "write", expiresOn: ""), errors: ["name": "Geef een <naam>"],
        newSecret: "mm_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG", flash: "Ingetrokken <b>")
}
