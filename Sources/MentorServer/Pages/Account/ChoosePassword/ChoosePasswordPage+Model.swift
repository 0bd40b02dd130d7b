import Foundation
import MentorCore

/// The page a password link opens: choose a password (twice), checked against the password rules.
enum ChoosePasswordPage {
    struct Model: Sendable, Equatable {
        enum Purpose: Sendable, Equatable {
            /// The first password of an invited person.
            case invitation
            case reset
        }

        var purpose: Purpose
        var name: String
        var email: String
        /// The link's token: the form posts back to the same link.
        var token: String
        var errors: FieldErrors = [:]
    }
}

extension ChoosePasswordPage.Model {
    static let mock = ChoosePasswordPage.Model(purpose: .invitation, name: "Jan <script>", email: "jan@<Partners>.example",
                                               token: "abcDEF123-_abcDEF123-_abcDEF123-_abcDEF1234")
}
