import Foundation
import MentorCore

/// The organisation's own wording of the guidance per attitude pattern.
enum GuidancePage {
    struct Model: Sendable, Equatable {
        var rows: [Row]
        var flash: String?
    }

    struct Row: Sendable, Equatable {
        var key: String
        var name: String
        /// The product's own guidance for a built-in pattern, in the reader's language.
        var builtIn: String?
        var nl: String
        var en: String
    }
}

extension GuidancePage.Model {
    static let mock = GuidancePage.Model(rows: [
        .init(key: "waits_for_others", name: "Wacht op anderen", builtIn: "Laat de stilte vallen.", nl: "Tel tot <Partners> vijf", en: ""),
        .init(key: "custom-1a2b3c4d", name: "Eigen <script>x</script>", builtIn: nil, nl: "", en: "Ask first"),
    ], flash: "Opgeslagen")
}
