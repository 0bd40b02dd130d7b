import Foundation
import Vapor
import MentorCore

extension PulsePage {
    /// The pulse answer as the browser sends it.
    struct Form: Content, Sendable, Equatable {
        var value: String?
        var improvement: String?

        struct Valid: Sendable, Equatable {
            /// 1 to 5.
            var value: Int
            var improvement: String
        }

        static let improvementLimit = 1000

        var chosenValue: Int? { Int((value ?? "").trimmingCharacters(in: .whitespaces)) }
        var trimmedImprovement: String { (improvement ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

        /// A value from 1 to 5 is needed; the improvement is at most 1,000 characters.
        func validated(_ language: Language) -> Result<Valid, FormErrors> {
            guard let value = chosenValue, (1...5).contains(value) else { return .failure(FormErrors(["value": T.pulseValueMissing(language)])) }
            let improvement = trimmedImprovement
            if improvement.count > Self.improvementLimit { return .failure(FormErrors(["improvement": T.pulseImprovementTooLong(language)])) }
            return .success(Valid(value: value, improvement: improvement))
        }
    }
}
