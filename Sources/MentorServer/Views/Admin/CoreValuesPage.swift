import Plot
import Foundation
import MentorCore

enum CoreValuesPage {
    static func render(_ values: [CoreValue], viewer: Viewer, flash: String?) -> HTML {
        let language = viewer.language
        return Layout.page(viewer, title: T.coreValues(language), flash: flash, content: [
            .div(.class("page-head"),
                 .h1(.text(T.coreValues(language))),
                 .a(.class("button"), .href("/admin/values/new"), .text(T.newValue(language)))),
            .p(.class("lead"), .text(T.coreValuesLead(language))),
            values.isEmpty ? .p(.class("empty-state"), .text(T.noValuesYet(language))) :
            .div(.class("cards"), .forEach(Array(values.enumerated())) { index, value in
                .article(
                    .class("card"),
                    .h2(.text(value.name(in: language)), .text(" "),
                        value.retiredAt == nil ? .span(.class("badge"), .text(T.inUse(language)))
                                               : .span(.class("badge badge--muted"), .text(T.retired(language)))),
                    .p(.text(value.description(in: language))),
                    .h3(.text(T.behaviours(language))),
                    .ul(.forEach(value.behaviours.sorted { $0.position < $1.position }) { .li(.text($0.text(in: language))) }),
                    .div(.class("row-actions"),
                         .a(.href("/admin/values/\(value.id!)/edit"), .text(T.edit(language)),
                            .span(.class("visually-hidden"), .text(": " + value.name(in: language)))),
                         index > 0 ? moveButton(value, direction: "up", label: T.moveUp(language), viewer: viewer) : .empty,
                         index < values.count - 1 ? moveButton(value, direction: "down", label: T.moveDown(language), viewer: viewer) : .empty,
                         .form(.class("inline-form"), .action("/admin/values/\(value.id!)/retire"), .method(.post),
                               Forms.csrf(viewer),
                               .button(.type(.submit), .class("button button--secondary"),
                                       .text(value.retiredAt == nil ? T.retire(language) : T.reinstate(language))))),
                    value.retiredAt == nil ? .empty : .p(.class("hint"), .text(T.retireExplained(language)))
                )
            }),
        ])
    }

    static func moveButton(_ value: CoreValue, direction: String, label: String, viewer: Viewer) -> Node<HTML.BodyContext> {
        .form(.class("inline-form"), .action("/admin/values/\(value.id!)/move"), .method(.post),
              Forms.csrf(viewer),
              .input(.type(.hidden), .name("direction"), .value(direction)),
              .button(.type(.submit), .class("button button--secondary"), .text(label),
                      .span(.class("visually-hidden"), .text(": " + value.name(in: viewer.language)))))
    }
}

enum CoreValueFormPage {
    static func render(form: CoreValueAdminController.Form, errors: FieldErrors, valueID: UUID?, viewer: Viewer) -> HTML {
        let language = viewer.language
        let title = valueID == nil ? T.newValue(language) : T.editValue(language)
        return Layout.page(viewer, title: title, content: [
            .h1(.text(title)),
            Forms.errorSummary(errors, language),
            .form(
                .class("stack"), .action(valueID.map { "/admin/values/\($0)" } ?? "/admin/values"), .method(.post),
                Forms.csrf(viewer),
                Forms.text(T.nameDutch(language), name: "nameNL", value: form.nameNL ?? "", errors: errors, required: true),
                Forms.text(T.nameEnglish(language), name: "nameEN", value: form.nameEN ?? "", errors: errors, required: true),
                Forms.textArea(T.descriptionDutch(language), name: "descriptionNL", value: form.descriptionNL ?? "", errors: errors, rows: 3),
                Forms.textArea(T.descriptionEnglish(language), name: "descriptionEN", value: form.descriptionEN ?? "", errors: errors, rows: 3),
                Forms.textArea(T.behavioursDutch(language), name: "behavioursNL", value: form.behavioursNL ?? "", errors: errors, rows: 5, hint: T.behavioursHint(language)),
                Forms.textArea(T.behavioursEnglish(language), name: "behavioursEN", value: form.behavioursEN ?? "", errors: errors, rows: 5, hint: T.behavioursHint(language)),
                .div(.class("form-actions"),
                     .button(.type(.submit), .class("button"), .text(T.save(language))),
                     .a(.href("/admin/values"), .text(T.cancel(language))))
            ),
        ])
    }
}
