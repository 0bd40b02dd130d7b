import Plot
import Foundation
import MentorCore

extension NotificationsPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let items = model.items
        let language = viewer.language
        let formats = viewer.formats
        return Layout.page(viewer, title: T.notifications(language), flash: model.flash, content: [
            .h1(.text(T.notifications(language))),
            items.isEmpty ? .p(.class("empty-state"), .text(T.noNotifications(language))) : .group(
                model.hasUnread
                    ? .form(.action(SiteURL.notificationsReadAll.path), .method(.post), Forms.csrf(viewer),
                            .button(.type(.submit), .class("button button--secondary"), .text(T.markAllRead(language))))
                    : .empty,
                .ul(.class("list-plain notifications"), .forEach(items) { item in
                    let kind = NotificationKind(rawValue: item.kind)
                    return .li(.class(!item.read ? "notification notification--unread" : "notification"),
                               .form(.class("inline-form"), .action(SiteURL.notificationOpen(item.id).path), .method(.post), Forms.csrf(viewer),
                                     .button(.type(.submit), .class("link-button"),
                                             .text(kind?.text(detail: item.detail, formats: formats) ?? item.kind))),
                               .span(.class("muted"), .text(" · " + (item.createdAt.map(formats.dateTime) ?? ""))),
                               !item.read ? .span(.class("badge"), .text(" " + T.unreadBadge(language))) : .empty)
                })),
            .p(.class("muted"), .a(.href(SiteURL.account.path(fragment: "notifications")), .text(T.notificationChoice(language) + " →"))),
        ])
    }
}
