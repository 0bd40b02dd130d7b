import Foundation
import MentorCore

/// The step before a record is removed or a conversation is called off: what it is, what
/// removing it means, and one button that sends the confirmation. Works without JavaScript:
/// the delete route refuses a request that does not carry the confirmation.
enum ConfirmDeletePage {
    enum Mode: Sendable, Equatable {
        /// Removing a record for good.
        case delete
        /// Calling off a planned conversation (it stays, marked cancelled).
        case cancelConversation
    }

    struct Model: Sendable, Equatable {
        var kind: CorrectionKind
        var mode: Mode = .delete
        /// What the record says, as its owner sees it (escaped on the page).
        var summary: String
        /// Where the confirmation is sent, and where the person lands afterwards.
        var action: SiteURL
        var back: SiteURL
        /// Where "keep it" leads, when not to `back` (a removed goal's page no longer exists).
        var keep: SiteURL? = nil
        /// True when a request arrived without the confirmation: the page says nothing happened yet.
        var unconfirmed = false
    }
}

extension ConfirmDeletePage.Model {
    static let mock = ConfirmDeletePage.Model(
        kind: .score, summary: "Ownership <Partners>: 4/5 · Proposed a <script> plan",
        action: .scoreDelete(UUID(uuidString: "00000000-0000-4000-8000-0000000000b2")!),
        back: .conversation(UUID(uuidString: "00000000-0000-4000-8000-0000000000c1")!), unconfirmed: true)
}
