import Vapor
import MentorCore

extension NotificationsPage {
    /// How many notifications one page of the list shows.
    static let pageSize = 50

    /// What a notification is about, to filter the list on.
    enum Topic: String, CaseIterable, Sendable, Equatable {
        case any = ""
        case reminders
        case requestsAndPairs = "pairs"
        case conversations
        case other

        /// The topic of each kind; a switch, so that a new kind needs a decision here.
        static func of(_ kind: NotificationKind) -> Topic {
            switch kind {
            case .conversationOverdue, .actionDue, .requestWaiting, .requestWaitingCoordinator, .agreementDue, .pulseOpen,
                 .conversationTomorrow: .reminders
            case .requestReceived, .requestAccepted, .requestDeclined, .requestWithdrawn, .requestTimedOut, .proposalPublished,
                 .pairPaused, .pairResumed, .pairEnded, .pairFormed, .proposalWithdrawn, .roundUndone, .pairMemberDeactivated: .requestsAndPairs
            case .conversationPlanned, .conversationMoved, .conversationCancelled, .agreementChanged: .conversations
            case .passwordLinkSent: .other
            }
        }

        /// The stored kinds of this topic (`nil`: every kind, unknown ones included).
        var kinds: [String]? {
            self == .any ? nil : NotificationKind.allCases.filter { Topic.of($0) == self }.map(\.rawValue)
        }
    }

    /// The search and filters of the list, as the GET form sends them.
    struct Filter: Content, Sendable, Equatable {
        /// Part of a name the notification mentions.
        var q: String?
        var about: String?
        /// `unread`, or empty for all.
        var show: String?
        var page: Int?

        var cleaned: Valid {
            Valid(text: ListFilter.blankless(q), topic: about.flatMap(Topic.init(rawValue:)) ?? .any, onlyUnread: show == "unread",
                  page: ListFilter.page(page))
        }
    }

    struct Valid: Sendable, Equatable {
        var text: String?
        var topic: Topic = .any
        var onlyUnread = false
        var page = 1

        var isFiltered: Bool { text != nil || topic != .any || onlyUnread }

        /// The query string of this filter on another page, for the paging links.
        func query(page: Int) -> [(String, String)] {
            var pairs: [(String, String)] = []
            if let text { pairs.append(("q", text)) }
            if topic != .any { pairs.append(("about", topic.rawValue)) }
            if onlyUnread { pairs.append(("show", "unread")) }
            if page > 1 { pairs.append(("page", String(page))) }
            return pairs
        }
    }
}
