import Foundation

/// The administrator's SCIM page: the address for the identity provider and the organisation's tokens.
enum ProvisioningPage {
    struct Model: Sendable, Equatable {
        struct Token: Sendable, Equatable {
            var id: UUID
            var label: String
            var createdAt: Date?
            var lastUsedAt: Date?
            var revoked: Bool
        }

        /// The absolute SCIM address (`MENTOR_BASE_URL` + `/scim/v2`).
        var address: String
        var tokens: [Token]
        /// A token just made: shown this once.
        var newToken: String?
        var form = Form()
        var errors: FieldErrors = [:]
        var flash: String?
    }
}

extension ProvisioningPage.Model {
    static let mock = ProvisioningPage.Model(
        address: "https://mentor.example.org/scim/v2",
        tokens: [
            .init(id: UUID(uuidString: "00000000-0000-4000-8000-00000000000a")!, label: "Entra ID <script>alert(1)</script>",
                  createdAt: Date(timeIntervalSince1970: 1_780_000_000), lastUsedAt: Date(timeIntervalSince1970: 1_780_100_000), revoked: false),
            .init(id: UUID(uuidString: "00000000-0000-4000-8000-00000000000b")!, label: "Okta", createdAt: Date(timeIntervalSince1970: 1_770_000_000),
                  lastUsedAt: nil, revoked: true),
        ],
        newToken: "mmscim_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG")
}
