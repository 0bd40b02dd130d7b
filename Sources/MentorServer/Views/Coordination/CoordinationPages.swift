import Plot
import Foundation
import MentorCore

/// A person's notifications, newest first; opening one marks it read.
enum NotificationsPage {
    static func render(_ items: [Notification], viewer: Viewer, flash: String?) -> HTML {
        let language = viewer.language
        let formats = viewer.formats
        return Layout.page(viewer, title: T.notifications(language), flash: flash, content: [
            .h1(.text(T.notifications(language))),
            items.isEmpty ? .p(.class("empty-state"), .text(T.noNotifications(language))) : .group(
                items.contains { $0.readAt == nil }
                    ? .form(.action("/notifications/read-all"), .method(.post), Forms.csrf(viewer),
                            .button(.type(.submit), .class("button button--secondary"), .text(T.markAllRead(language))))
                    : .empty,
                .ul(.class("list-plain notifications"), .forEach(items) { item in
                    let kind = NotificationKind(rawValue: item.kind)
                    return .li(.class(item.readAt == nil ? "notification notification--unread" : "notification"),
                               .form(.class("inline-form"), .action("/notifications/\(item.id!)/open"), .method(.post), Forms.csrf(viewer),
                                     .button(.type(.submit), .class("link-button"),
                                             .text(kind?.text(detail: item.detail)(language) ?? item.kind))),
                               .span(.class("muted"), .text(" · " + (item.createdAt.map(formats.dateTime) ?? ""))),
                               item.readAt == nil ? .span(.class("badge"), .text(" " + T.unreadBadge(language))) : .empty)
                })),
            .p(.class("muted"), .a(.href("/account#notifications"), .text(T.notificationChoice(language) + " →"))),
        ])
    }
}

/// The two pulse questions.
enum PulsePage {
    static func render(pairID: UUID, otherName: String, open: Bool, value: Int?, improvement: String, error: String?, viewer: Viewer) -> HTML {
        let language = viewer.language
        return Layout.page(viewer, title: T.pulseFor(otherName)(language), content: [
            .h1(.text(T.pulseFor(otherName)(language))),
            .unwrap(error) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
            !open ? .p(.class("empty-state"), .text(T.pulseNotOpen(language))) :
                .form(.class("stack"), .action("/mentorships/\(pairID)/pulse"), .method(.post), Forms.csrf(viewer),
                      .div(.class("radio-group"), .attribute(named: "role", value: "radiogroup"), .attribute(named: "aria-labelledby", value: "pulse-value"),
                           .p(.id("pulse-value"), .strong(.text(T.pulseValueQuestion(language)))),
                           .div(.class("scale"), .forEach(Array(1...5)) { (number: Int) in
                               .label(.input(.type(.radio), .name("value"), .value("\(number)"), .checked(value == number)), .text(" \(number)"))
                           }),
                           .p(.class("muted"), .text("\(T.pulseValueLow(language)) · \(T.pulseValueHigh(language))"))),
                      .label(.for("improvement"), .text(T.pulseImprovementQuestion(language))),
                      .textarea(.id("improvement"), .name("improvement"), .attribute(named: "maxlength", value: "1000"), .text(improvement)),
                      .p(.class("muted"), .text(T.pulseAnonymous(language))),
                      Forms.submit(T.pulseSend(language))),
        ])
    }
}

/// The e-mail outbox for administrators: addresses, subjects and errors, never the body.
enum OutboxPage {
    static func render(_ messages: [OutboxMessage], sentLastWeek: Int, viewer: Viewer, flash: String?) -> HTML {
        let language = viewer.language
        let formats = viewer.formats
        return Layout.page(viewer, title: T.outbox(language), flash: flash, content: [
            .h1(.text(T.outbox(language))),
            .p(.class("lead"), .text(T.outboxLead(language))),
            .p(.text("\(T.sentLast7Days(language)): \(sentLastWeek)")),
            messages.isEmpty ? .p(.class("empty-state"), .text(T.outboxEmpty(language))) :
                .div(.class("table-wrap"), .table(
                    .thead(.tr(.th(.text(T.recipient(language))), .th(.text(T.subject(language))), .th(.text(T.outboxStatus(language))),
                               .th(.text(T.attempts(language))), .th(.text(T.nextAttempt(language))), .th(.text(T.lastError(language))), .th(.text(T.actions(language))))),
                    .tbody(.forEach(messages) { message in
                        .tr(.td(.text(message.recipient)), .td(.text(message.subject)), .td(.text(message.status == "failed" ? T.outboxFailed(language) : T.outboxPending(language))), .td(.text("\(message.attempts)")),
                            .td(.text(message.status == "pending" ? formats.dateTime(message.nextAttemptAt) : "–")), .td(.text(message.lastError ?? "")),
                            .td(.form(.class("inline-form"), .action("/admin/outbox/\(message.id!)/retry"), .method(.post), Forms.csrf(viewer),
                                      .button(.type(.submit), .class("link-button"), .text(T.retryNow(language))))))
                    }))),
        ])
    }
}
