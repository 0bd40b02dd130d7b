import Foundation
import MentorCore

/// The organisation's core values in their order, with the behaviours that show them.
enum CoreValuesPage {
    struct Model: Sendable, Equatable {
        var values: [Value]
        var flash: String?
    }

    /// One value, in the reader's language.
    struct Value: Sendable, Equatable {
        var id: UUID
        var name: String
        var description: String
        var behaviours: [String]
        var retired: Bool
    }
}

extension CoreValuesPage.Model {
    static let mock = CoreValuesPage.Model(values: [
        .init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000c1")!, name: "Openheid <Partners>", description: "Zeggen wat je ziet",
              behaviours: ["Deelt twijfel <script>x</script>", "Vraagt door"], retired: false),
        .init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000c2")!, name: "Vakmanschap", description: "Het werk goed doen",
              behaviours: [], retired: true),
    ], flash: "Opgeslagen")
}
