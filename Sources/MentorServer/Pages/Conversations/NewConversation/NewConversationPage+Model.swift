import Foundation
import MentorCore

/// Planning a conversation ahead, or logging one that was held.
enum NewConversationPage {
    /// The details form, the same as on a conversation's own page.
    typealias Form = ConversationPage.DetailsForm

    struct Model: Sendable, Equatable {
        var pairID: UUID
        /// Only the mentor says who took the initiative; a mentee's conversation is the mentee's.
        var isMentor: Bool
        var form: Form
        var errors: FieldErrors = [:]
    }
}

extension NewConversationPage.Model {
    static let mock = Self(pairID: UUID(uuidString: "00000000-0000-4000-8000-0000000000d1")!, isMentor: true,
                           form: .init(date: "2026-06-01", time: "10:00", durationMinutes: "45", place: "Room <Partners>",
                                       status: "held", initiative: "mentee"))
}
