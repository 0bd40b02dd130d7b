import Vapor
import MentorCore

extension PairsPage {
    /// How many pairs one page of the coordinator's list shows.
    static let pageSize = 50

    /// Which pairs the coordinator's list shows, by status.
    enum StatusChoice: String, CaseIterable, Sendable, Equatable {
        /// Proposed, active and paused: the pairs that still need attention. The default.
        case current = ""
        case proposed, active, paused, ended
        /// Every pair ever, ended ones included.
        case all

        /// The statuses this choice shows.
        var statuses: [MentorshipStatus] {
            switch self {
            case .current: [.proposed, .active, .paused]
            case .proposed: [.proposed]
            case .active: [.active]
            case .paused: [.paused]
            case .ended: [.ended]
            case .all: MentorshipStatus.allCases
            }
        }
    }

    /// The search and filters of the coordinator's list of pairs, as the GET form sends them.
    struct Filter: Content, Sendable, Equatable {
        /// Part of the mentor's name.
        var mentor: String?
        /// Part of the mentee's name.
        var mentee: String?
        var programme: String?
        var status: String?
        var page: Int?

        /// The filter as the query reads it: blanks dropped, an unknown programme or status
        /// ignored, the page at least 1.
        var cleaned: Valid {
            Valid(mentor: ListFilter.blankless(mentor), mentee: ListFilter.blankless(mentee), programme: programme.flatMap(UUID.init(uuidString:)),
                  status: status.flatMap(StatusChoice.init(rawValue:)) ?? .current, page: ListFilter.page(page))
        }
    }

    struct Valid: Sendable, Equatable {
        var mentor: String?
        var mentee: String?
        var programme: UUID?
        var status: StatusChoice = .current
        var page: Int = 1

        var isFiltered: Bool { mentor != nil || mentee != nil || programme != nil || status != .current }

        /// The query string of this filter on another page, for the paging links.
        func query(page: Int) -> [(String, String)] {
            var pairs: [(String, String)] = []
            if let mentor { pairs.append(("mentor", mentor)) }
            if let mentee { pairs.append(("mentee", mentee)) }
            if let programme { pairs.append(("programme", programme.uuidString)) }
            if status != .current { pairs.append(("status", status.rawValue)) }
            if page > 1 { pairs.append(("page", String(page))) }
            return pairs
        }
    }
}
