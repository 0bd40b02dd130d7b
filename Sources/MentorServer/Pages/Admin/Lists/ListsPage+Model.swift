import Foundation
import MentorCore

/// The organisation's own goal themes and attitude patterns, beside the built-in ones.
enum ListsPage {
    struct Model: Sendable, Equatable {
        var items: [Item]
        var errors: FieldErrors = [:]
        var flash: String?
        /// The list whose form the errors belong to: each list has its own form with its own ids.
        var errorList: OrganisationListItem.List? = nil
    }

    struct Item: Sendable, Equatable {
        var id: UUID
        var list: OrganisationListItem.List
        var nameNL: String
        var nameEN: String
        var retired: Bool
    }
}

extension ListsPage.Model {
    static let mock = ListsPage.Model(items: [
        .init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000e1")!, list: .goalTheme, nameNL: "Klanten <Partners>",
              nameEN: "Clients <Partners>", retired: false),
        .init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000e2")!, list: .attitudePattern, nameNL: "Stil <script>x</script>",
              nameEN: "Quiet <script>x</script>", retired: true),
    ], flash: "Opgeslagen")
}
