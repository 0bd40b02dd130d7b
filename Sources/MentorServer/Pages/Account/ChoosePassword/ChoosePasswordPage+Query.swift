import Fluent
import Foundation
import MentorCore

extension ChoosePasswordPage {
    enum Query {
        /// The page of a usable link (see `PasswordLinks.usable`), with the form's errors.
        static func model(link: PasswordLink, person: Person, token: String, errors: FieldErrors = [:]) -> Model {
            Model(purpose: link.kind == .invitation ? .invitation : .reset, name: person.name, email: person.email,
                  token: token, errors: errors)
        }
    }
}
