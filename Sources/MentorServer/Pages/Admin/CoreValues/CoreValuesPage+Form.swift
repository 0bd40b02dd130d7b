import Foundation
import Vapor
import MentorCore

extension CoreValuesPage {
    /// "Move up" or "move down" on a value.
    struct MoveForm: Content, Sendable, Equatable {
        var direction: String?

        func validated(_ language: Language) -> Result<Reordering.Direction, FormErrors> {
            guard let direction = direction.flatMap(Reordering.Direction.init(rawValue:)) else {
                return .failure(FormErrors(["direction": T.required(language)]))
            }
            return .success(direction)
        }
    }
}
