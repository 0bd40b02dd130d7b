import Foundation
import MentorCore

/// A mentor's own availability: "not available until" a day and how many mentees they take,
/// up to their organisation's maximum.
enum AvailabilityPage {
    struct Model: Sendable, Equatable {
        /// What the form shows: the stored values (the day as YYYY-MM-DD), or what was sent.
        var form: Form
        var errors: FieldErrors = [:]
        /// The organisation's maximum a mentor may set.
        var maximum: Int
        /// The day the mentor is available again, while it lies ahead.
        var awayUntil: Date?
        var flash: String?
    }
}

extension AvailabilityPage.Model {
    static let mock = AvailabilityPage.Model(
        form: .init(unavailableUntil: "2027-05-01", capacity: "3<script>"), errors: ["capacity": "Kies een <getal>"], maximum: 5,
        awayUntil: Date(timeIntervalSince1970: 1_809_129_600), flash: "Opgeslagen <b>")
}
