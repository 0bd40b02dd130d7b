import Foundation
import MentorCore

/// The organisation's accounts, by name, with their roles and whether they can sign in.
enum PeoplePage {
    struct Model: Sendable, Equatable {
        /// The people on this page of the list.
        var people: [Row]
        var flash: String?
        var filter = Valid(page: 1)
        /// How many people match the filter, on all pages.
        var total = 0
        /// The practice groups of the organisation, to filter on.
        var groups: [String] = []

        var pageCount: Int { max(1, (total + PeoplePage.pageSize - 1) / PeoplePage.pageSize) }
    }

    struct Row: Sendable, Equatable {
        var id: UUID
        var name: String
        var email: String
        var roles: [Role]
        var seniority: Seniority?
        var practiceGroup: String
        var active: Bool
        /// Erased accounts keep their row (for the records they are part of) but cannot be erased again.
        var erased: Bool
    }
}

extension PeoplePage.Model {
    static let mock = PeoplePage.Model(people: [
        .init(id: UUID(uuidString: "00000000-0000-4000-8000-000000000001")!, name: "Sanne de Vries", email: "sanne@example.org",
              roles: [.admin, .coordinator], seniority: .senior, practiceGroup: "Tax", active: true, erased: false),
        .init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000a1")!, name: "Noor <script>alert(1)</script>", email: "noor@example.org",
              roles: [.mentee], seniority: nil, practiceGroup: "Audit & <Partners>", active: false, erased: false),
    ], flash: "Opgeslagen", filter: PeoplePage.Valid(text: "<b>x", role: nil, group: nil, active: nil, page: 2), total: 120,
       groups: ["Audit & <Partners>", "Tax"])
}
