import Foundation
import MentorCore

/// The organisation's programmes side by side.
enum ComparePage {
    struct Row: Sendable, Equatable {
        var programmeID: UUID
        var name: String
        var health: ProgrammeHealth
    }

    struct Model: Sendable, Equatable {
        var rows: [Row]
    }
}

extension ComparePage.Model {
    static let mock = ComparePage.Model(rows: [
        .init(programmeID: HealthPage.Model.mock.programmeID, name: HealthPage.Model.mock.name, health: HealthPage.Model.mock.health),
        .init(programmeID: UUID(uuidString: "00000000-0000-4000-8000-0000000000e2")!, name: "Pilot <script>2025</script>",
              health: HealthPage.Model.mock.health),
    ])
}
