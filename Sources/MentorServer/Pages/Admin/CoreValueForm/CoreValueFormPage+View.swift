import Plot
import Foundation
import MentorCore

extension CoreValueFormPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language, form = model.form, errors = model.errors
        let title = model.valueID == nil ? T.newValue(language) : T.editValue(language)
        return Layout.page(viewer, title: title, content: [
            .h1(.text(title)),
            Forms.errorSummary(errors, language),
            .form(
                .class("stack"), .action((model.valueID.map(SiteURL.adminValue) ?? .adminValues).path), .method(.post),
                Forms.csrf(viewer),
                Forms.text(T.nameDutch(language), name: "nameNL", value: form.nameNL ?? "", errors: errors, required: true),
                Forms.text(T.nameEnglish(language), name: "nameEN", value: form.nameEN ?? "", errors: errors, required: true),
                Forms.textArea(T.descriptionDutch(language), name: "descriptionNL", value: form.descriptionNL ?? "", errors: errors, rows: 3),
                Forms.textArea(T.descriptionEnglish(language), name: "descriptionEN", value: form.descriptionEN ?? "", errors: errors, rows: 3),
                Forms.textArea(T.behavioursDutch(language), name: "behavioursNL", value: form.behavioursNL ?? "", errors: errors, rows: 5,
                               hint: T.behavioursHint(language)),
                Forms.textArea(T.behavioursEnglish(language), name: "behavioursEN", value: form.behavioursEN ?? "", errors: errors, rows: 5,
                               hint: T.behavioursHint(language)),
                .div(.class("form-actions"),
                     .button(.type(.submit), .class("button"), .text(T.save(language))),
                     .a(.href(SiteURL.adminValues.path), .text(T.cancel(language))))
            ),
        ])
    }
}
