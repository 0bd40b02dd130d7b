import Foundation
import MentorCore

/// The mentor's written reflections: private, listed newest first to show growth.
enum ReflectionsPage {
    /// A pair the reflection may be about.
    struct PairOption: Sendable, Equatable {
        var id: UUID
        var menteeName: String
    }

    struct Item: Sendable, Equatable {
        var id: UUID
        var from: Date
        var to: Date
        /// The mentee the reflection is about; nil for all mentees.
        var mentee: String?
        /// The answers in the order of `Form.Answer.allCases`.
        var answers: [String]
        /// The focus chosen for the next conversations, if any.
        var focus: Focus? = nil
    }

    struct Model: Sendable, Equatable {
        var pairs: [PairOption]
        var reflections: [Item]
        /// What the form shows: the default period, or what was sent with its errors.
        var form: Form
        var errors: FieldErrors = [:]
        var flash: String?
    }
}

extension ReflectionsPage.Model {
    static let mock = ReflectionsPage.Model(
        pairs: [.init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000a1")!, menteeName: "Ayla <script>alert(1)</script>")],
        reflections: [
            .init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000f8")!,
                  from: MirrorMocks.now.addingTimeInterval(-91 * MirrorMocks.day), to: MirrorMocks.now, mentee: "Bram & <Partners>",
                  answers: ["I waited <b>too</b> long", "", "Ownership came up", ""], focus: .waitAfterQuestions),
            .init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000f9")!,
                  from: MirrorMocks.now.addingTimeInterval(-200 * MirrorMocks.day), to: MirrorMocks.now.addingTimeInterval(-100 * MirrorMocks.day),
                  mentee: nil, answers: ["", "We agreed <script>", "", "Goals moved"]),
        ],
        form: .init(mentorship: "", from: "2025-10-02", to: "2026-01-01", focus: Focus.lessAdvice.rawValue),
        flash: "Opgeslagen <script>")
}
