import Plot
import Foundation
import MentorCore

extension OutboxPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        return Layout.page(viewer, title: T.outbox(language), flash: model.flash, content: [
            .h1(.text(T.outbox(language))),
            .p(.class("lead"), .text(T.outboxLead(language))),
            .p(.text("\(T.sentLast7Days(language)): \(model.sentLastWeek)")),
            model.messages.isEmpty ? .p(.class("empty-state"), .text(T.outboxEmpty(language))) :
                .div(.class("table-wrap"), .scrollRegion(T.outbox(language)), .table(
                    .thead(.tr(.th(.text(T.recipient(language))), .th(.text(T.subject(language))), .th(.text(T.outboxStatus(language))),
                               .th(.text(T.attempts(language))), .th(.text(T.nextAttempt(language))), .th(.text(T.lastError(language))),
                               .th(.text(T.actions(language))))),
                    .tbody(.forEach(model.messages) { row($0, viewer: viewer) }))),
        ])
    }

    static func row(_ message: Message, viewer: Viewer) -> Node<HTML.TableContext> {
        let language = viewer.language
        return .tr(.td(.text(message.recipient)), .td(.text(message.subject)),
                   .td(.text(message.failed ? T.outboxFailed(language) : T.outboxPending(language))), .td(.text("\(message.attempts)")),
                   .td(.text(message.failed ? "–" : viewer.formats.dateTime(message.nextAttemptAt))), .td(.text(message.lastError ?? "")),
                   .td(.form(.class("inline-form"), .action(SiteURL.adminOutboxRetry(message.id).path), .method(.post), Forms.csrf(viewer),
                             .button(.type(.submit), .class("link-button"), .text(T.retryNow(language))))))
    }
}
