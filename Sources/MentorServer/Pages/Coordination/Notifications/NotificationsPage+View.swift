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
            items.isEmpty && !model.filter.isFiltered && model.filter.page == 1 ? .empty : searchForm(model.filter, language: language),
            .unwrap(model.total) { total in
                .p(.class("muted"), .attribute(named: "role", value: "status"),
                   .text(T.notificationsFound(total, page: model.filter.page, of: model.pageCount)(language)))
            },
            items.isEmpty ? .p(.class("empty-state"), .text((model.filter.isFiltered ? T.noNotificationsMatch : T.noNotifications)(language))) : .group(
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
            paging(model, language: language),
            .p(.class("muted"), .a(.href(SiteURL.account.path(fragment: "notifications")), .text(T.emailChoiceHeading(language) + " →"))),
        ])
    }

    /// The search and filters, sent with GET so that a filtered list has its own address.
    static func searchForm(_ filter: Valid, language: Language) -> Node<HTML.BodyContext> {
        .form(
            .class("filters"), .action(SiteURL.notifications.path), .method(.get), .attribute(named: "role", value: "search"),
            .attribute(named: "aria-label", value: T.findNotifications(language)),
            Forms.text(T.notificationNamePart(language), name: "q", value: filter.text ?? "", type: .search, errors: [:]),
            Forms.select(T.notificationTopic(language), name: "about",
                         options: Topic.allCases.map { (value: $0.rawValue, label: T.notificationTopicName($0)(language)) },
                         selected: filter.topic.rawValue, errors: [:]),
            Forms.select(T.notificationShow(language), name: "show",
                         options: [(value: "", label: T.readAndUnread(language)), (value: "unread", label: T.onlyUnread(language))],
                         selected: filter.onlyUnread ? "unread" : "", errors: [:]),
            .div(.class("form-actions"),
                 .button(.type(.submit), .class("button"), .text(T.applyFilter(language))),
                 .if(filter.isFiltered, .a(.class("button button--secondary"), .href(SiteURL.notifications.path), .text(T.showEverything(language)))))
        )
    }

    /// Links to the previous and next page, keeping the filter.
    static func paging(_ model: Model, language: Language) -> Node<HTML.BodyContext> {
        .paging(.notifications, page: model.filter.page, of: model.pageCount, language: language, query: model.filter.query(page:))
    }
}
