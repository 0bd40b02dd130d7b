import Vapor
import MentorCore

extension Request {
    /// The UUID in the route parameter `name`, read by `UUIDText` rather than Foundation's
    /// `sscanf`-based parser (`parameters.get(_:as: UUID.self)`): every pair route reads one.
    /// Answers nil for anything Foundation would refuse too.
    func uuidParameter(_ name: String = "id") -> UUID? {
        parameters.get(name).flatMap(UUIDText.parse)
    }
}
