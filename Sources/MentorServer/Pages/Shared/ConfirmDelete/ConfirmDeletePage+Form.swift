import Vapor

extension ConfirmDeletePage {
    /// The confirmation as the page's button sends it.
    struct Form: Content, Sendable, Equatable {
        static let confirmedValue = "yes"
        var confirm: String?

        var isConfirmed: Bool { confirm.sentText == Self.confirmedValue }
    }
}
