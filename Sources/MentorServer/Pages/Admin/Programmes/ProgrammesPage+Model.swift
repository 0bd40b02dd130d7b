import Foundation
import MentorCore

/// The organisation's programmes, newest first, with how many pairs each has.
enum ProgrammesPage {
    struct Model: Sendable, Equatable {
        var programmes: [Row]
        var flash: String?
    }

    struct Row: Sendable, Equatable {
        var id: UUID
        var name: String
        var startsOn: Date
        var endsOn: Date
        var cadenceDays: Int
        /// Pairs of the programme in any status.
        var pairs: Int
    }
}

extension ProgrammesPage.Model {
    static let mock = ProgrammesPage.Model(programmes: [
        .init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000d1")!, name: "Voorjaar <Partners> 2027",
              startsOn: Date(timeIntervalSince1970: 1_798_761_600), endsOn: Date(timeIntervalSince1970: 1_814_400_000), cadenceDays: 28, pairs: 7),
    ], flash: "Opgeslagen")
}
