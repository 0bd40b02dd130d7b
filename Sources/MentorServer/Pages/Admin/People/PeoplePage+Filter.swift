import Vapor
import MentorCore

extension PeoplePage {
    /// How many people one page of the list shows.
    static let pageSize = 50

    /// The search and filters of the people list, as the GET form sends them.
    struct Filter: Content, Sendable, Equatable {
        /// Part of a name or e-mail address.
        var q: String?
        var role: String?
        var group: String?
        /// `active`, `inactive` or empty for both.
        var status: String?
        var page: Int?

        /// The filter as the query reads it: blanks dropped, an unknown role or status ignored,
        /// the page at least 1.
        var cleaned: Valid {
            Valid(text: ListFilter.blankless(q), role: role.flatMap(Role.init(rawValue:)), group: ListFilter.blankless(group),
                  active: status == "active" ? true : status == "inactive" ? false : nil, page: ListFilter.page(page))
        }
    }

    struct Valid: Sendable, Equatable {
        var text: String?
        var role: Role?
        var group: String?
        var active: Bool?
        var page: Int

        var isFiltered: Bool { text != nil || role != nil || group != nil || active != nil }

        /// The query string of this filter on another page, for the paging links.
        func query(page: Int) -> [(String, String)] {
            var pairs: [(String, String)] = []
            if let text { pairs.append(("q", text)) }
            if let role { pairs.append(("role", role.rawValue)) }
            if let group { pairs.append(("group", group)) }
            if let active { pairs.append(("status", active ? "active" : "inactive")) }
            if page > 1 { pairs.append(("page", String(page))) }
            return pairs
        }
    }
}
