import Foundation
import Vapor
import MentorCore

extension PreferencesPage {
    /// The wishes as the browser sends them.
    struct Form: Content, Sendable, Equatable {
        var wish1: String?
        var wish2: String?
        var wish3: String?
        var avoid: [String]?
        var prefer1: String?
        var prefer2: String?
        var prefer3: String?

        struct Valid: Sendable, Equatable {
            var wishes: [UUID]
            var avoid: Set<UUID>
            var preferred: [UUID]
        }

        /// Keeps only people in `people` (the organisation, without the viewer), each once; a
        /// mentor wished for is not also avoided. Wishes count for mentees, preferences for mentors.
        func validated(_ language: Language, people: Set<UUID>, isMentee: Bool, isMentor: Bool) -> Result<Valid, FormErrors> {
            func ids(_ texts: [String?]) -> [UUID] {
                var seen: Set<UUID> = []
                return texts.compactMap { UUID(uuidString: ($0 ?? "").trimmingCharacters(in: .whitespacesAndNewlines)) }
                    .filter { people.contains($0) && seen.insert($0).inserted }
            }
            let wishes = isMentee ? ids([wish1, wish2, wish3]) : []
            let avoided = isMentee ? Set((avoid ?? []).compactMap(UUID.init(uuidString:)).filter(people.contains)).subtracting(wishes) : []
            let preferred = isMentor ? ids([prefer1, prefer2, prefer3]) : []
            return .success(Valid(wishes: wishes, avoid: avoided, preferred: preferred))
        }
    }
}
