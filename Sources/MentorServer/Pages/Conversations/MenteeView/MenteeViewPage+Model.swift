import Foundation
import MentorCore

/// `/conversations/{id}/mentee-view`: the mentee's two questions about a held conversation,
/// what the mentor sees of the answers and when, and switching the questions off or on again.
/// Only the pair's mentee reaches it.
enum MenteeViewPage {
    struct Model: Sendable, Equatable {
        var conversationID: UUID
        var mentorName: String
        var at: Date
        /// Why the questions cannot be answered now; nil when they can.
        var refusal: MenteeView.Refusal?
        /// The mentee switched the questions off for this pair.
        var switchedOff: Bool
        /// When the stored answer was given (or last corrected); nil before any answer.
        var answeredAt: Date?
        /// The stored answer, or what was sent with its errors.
        var form: Form
        var errors: FieldErrors = [:]
        var flash: String?
    }
}

extension MenteeViewPage.Model {
    static let mock = MenteeViewPage.Model(
        conversationID: UUID(uuidString: "00000000-0000-4000-8000-0000000000e1")!,
        mentorName: "Mr <script>alert(1)</script> & <Partners>",
        at: Date(timeIntervalSince1970: 1_767_225_600), refusal: nil, switchedOff: false,
        answeredAt: Date(timeIntervalSince1970: 1_767_312_000), form: .init(room: "4", challenge: "2"), flash: "Opgeslagen <script>")
}
