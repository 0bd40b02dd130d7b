import Foundation
import MentorCore

/// A person's notifications, newest first; opening one marks it read.
enum NotificationsPage {
    struct Item: Sendable, Equatable {
        var id: UUID
        /// A `NotificationKind` raw value; an unknown kind is shown as it is stored.
        var kind: String
        var detail: String
        var createdAt: Date?
        var read: Bool
    }

    struct Model: Sendable, Equatable {
        /// The notifications on this page of the list.
        var items: [Item]
        var flash: String?
        var filter = Valid()
        /// How many notifications match the filter, on all pages.
        var total: Int? = nil
        /// Whether any of the person's notifications is unread, also off this page.
        var anyUnread: Bool? = nil

        var hasUnread: Bool { anyUnread ?? items.contains { !$0.read } }
        var pageCount: Int { max(1, ((total ?? items.count) + NotificationsPage.pageSize - 1) / NotificationsPage.pageSize) }
    }
}

extension NotificationsPage.Model {
    static let mock = NotificationsPage.Model(items: [
        .init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000f1")!, kind: NotificationKind.actionDue.rawValue,
              detail: "Plan <script>week</script>", createdAt: Date(timeIntervalSince1970: 1_767_225_600), read: false),
        .init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000f2")!, kind: NotificationKind.requestWaiting.rawValue,
              detail: "Bram & <Partners>", createdAt: Date(timeIntervalSince1970: 1_767_139_200), read: true),
    ], flash: "Opgeslagen <script>")
}
