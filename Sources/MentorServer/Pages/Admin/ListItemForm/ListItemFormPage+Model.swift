import Foundation
import MentorCore

/// Correcting the names of one of the organisation's own goal themes or attitude patterns.
/// The key that goals and observations store stays, so every record keeps its theme or pattern.
enum ListItemFormPage {
    struct Model: Sendable, Equatable {
        var id: UUID
        var list: OrganisationListItem.List
        /// Filled with the stored names, or with what was typed after a refusal.
        var form: Form
        var errors: FieldErrors = [:]
    }
}

extension ListItemFormPage.Model {
    static let mock = ListItemFormPage.Model(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000e1")!, list: .attitudePattern,
                                             form: .init(nameNL: "Stil <script>", nameEN: ""), errors: ["nameEN": "Required <Partners>"])
    /// A goal theme, which also has synonyms.
    static let mockTheme = ListItemFormPage.Model(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000e2")!, list: .goalTheme,
                                                  form: .init(nameNL: "Klantcontact", nameEN: "Client contact", synonyms: "klant, <b>client</b>\nadviesgesprek"),
                                                  errors: ["synonyms": "Too <script> long"])
}
