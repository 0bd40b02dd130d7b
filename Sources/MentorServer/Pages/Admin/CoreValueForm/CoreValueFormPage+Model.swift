import Foundation
import MentorCore

/// A new core value, or one being edited, in both languages with its behaviours.
enum CoreValueFormPage {
    struct Model: Sendable, Equatable {
        var form: Form
        var errors: FieldErrors = [:]
        /// Nil for a new value.
        var valueID: UUID?
    }
}

extension CoreValueFormPage.Model {
    static let mock = CoreValueFormPage.Model(
        form: .init(nameNL: "Openheid <Partners>", nameEN: "Openness <script>x</script>", descriptionNL: "Zeggen wat je ziet",
                    descriptionEN: "Saying what you see", behavioursNL: "Deelt twijfel\nVraagt door", behavioursEN: "Shares doubt\nAsks on"),
        valueID: UUID(uuidString: "00000000-0000-4000-8000-0000000000c1")!)
}
