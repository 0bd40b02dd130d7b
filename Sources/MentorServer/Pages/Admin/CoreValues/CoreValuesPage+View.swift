import Plot
import Foundation
import MentorCore

extension CoreValuesPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let values = model.values
        return Layout.page(viewer, title: T.coreValues(language), flash: model.flash, content: [
            .div(.class("page-head"),
                 .h1(.text(T.coreValues(language))),
                 .a(.class("button"), .href(SiteURL.adminValueNew.path), .text(T.newValue(language)))),
            .p(.class("lead"), .text(T.coreValuesLead(language))),
            values.isEmpty ? .p(.class("empty-state"), .text(T.noValuesYet(language))) :
            .div(.class("cards"), .forEach(Array(values.enumerated())) { index, value in
                .article(
                    .class("card"),
                    .h2(.text(value.name), .text(" "),
                        value.retired ? .span(.class("badge badge--muted"), .text(T.retired(language)))
                                      : .span(.class("badge"), .text(T.inUse(language)))),
                    .p(.text(value.description)),
                    .h3(.text(T.behaviours(language))),
                    .ul(.forEach(value.behaviours) { .li(.text($0)) }),
                    .div(.class("row-actions"),
                         .a(.href(SiteURL.adminValueEdit(value.id).path), .text(T.edit(language)),
                            .span(.class("visually-hidden"), .text(": " + value.name))),
                         index > 0 ? moveButton(value, .up, label: T.moveUp(language), viewer: viewer) : .empty,
                         index < values.count - 1 ? moveButton(value, .down, label: T.moveDown(language), viewer: viewer) : .empty,
                         .form(.class("inline-form"), .action(SiteURL.adminValueRetire(value.id).path), .method(.post),
                               Forms.csrf(viewer),
                               .button(.type(.submit), .class("button button--secondary"),
                                       .text(value.retired ? T.reinstate(language) : T.retire(language))))),
                    value.retired ? .p(.class("hint"), .text(T.retireExplained(language))) : .empty
                )
            }),
        ])
    }

    static func moveButton(_ value: Value, _ direction: Reordering.Direction, label: String, viewer: Viewer) -> Node<HTML.BodyContext> {
        .form(.class("inline-form"), .action(SiteURL.adminValueMove(value.id).path), .method(.post),
              Forms.csrf(viewer),
              .input(.type(.hidden), .name("direction"), .value(direction.rawValue)),
              .button(.type(.submit), .class("button button--secondary"), .text(label),
                      .span(.class("visually-hidden"), .text(": " + value.name))))
    }
}
