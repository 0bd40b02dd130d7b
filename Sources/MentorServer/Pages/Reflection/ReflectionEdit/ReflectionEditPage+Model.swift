import Foundation
import MentorCore

/// Correcting one of the mentor's own reflections: the same fields as writing one, filled with
/// what was written (or, after a refusal, with what was typed).
enum ReflectionEditPage {
    struct Model: Sendable, Equatable {
        var id: UUID
        var pairs: [ReflectionsPage.PairOption]
        var form: ReflectionsPage.Form
        var errors: FieldErrors = [:]
    }
}

extension ReflectionEditPage.Model {
    static let mock = ReflectionEditPage.Model(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000000f9")!,
        pairs: [.init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000a1")!, menteeName: "Ayla <script>alert(1)</script>")],
        form: .init(mentorship: "00000000-0000-4000-8000-0000000000a1", from: "2026-01-01", to: "2026-03-31",
                    initiative: "I waited <b>too</b> long", expectations: "", coreValues: "Ownership <Partners>", learningGoals: ""),
        errors: ["to": "Before <script> the start"])
}
