import Foundation
import MentorCore

extension ErasePage {
    enum Query {
        /// The page for a person the route has already loaded (of the viewer's organisation).
        static func model(person: Person, error: String? = nil) throws -> Model {
            Model(personID: try person.requireID(), name: person.name, email: person.email, error: error)
        }
    }
}
