import Foundation
import MentorCore

/// The administrator's confirmation before a person is erased: the address must be typed.
enum ErasePage {
    struct Model: Sendable, Equatable {
        var personID: UUID
        var name: String
        var email: String
        var error: String?
    }
}

extension ErasePage.Model {
    static let mock = ErasePage.Model(personID: UUID(uuidString: "00000000-0000-4000-8000-0000000000e1")!,
                                      name: "Jan <script>", email: "jan@<Partners>.example", error: nil)
}
