import Foundation
import MentorCore

/// The two pulse questions, once per interval for each member of an active pair.
enum PulsePage {
    struct Model: Sendable, Equatable {
        var pairID: UUID
        /// The other member of the pair.
        var otherName: String
        /// Whether a round is open for the viewer now.
        var open: Bool
        /// What was sent, shown again with the error.
        var form = Form()
        var error: String?
    }
}

extension PulsePage.Model {
    static let mock = PulsePage.Model(
        pairID: UUID(uuidString: "00000000-0000-4000-8000-0000000000a1")!, otherName: "Emma & <Partners>", open: true,
        form: .init(value: "4", improvement: "More <script>time</script>"), error: nil)
}
