import Plot
import MentorCore

extension ListItemFormPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let kind: CorrectionKind = model.list == .goalTheme ? .theme : .pattern
        let title = T.editRecordTitle(kind)(language)
        return Layout.page(viewer, title: title, content: [
            .p(.a(.href(SiteURL.adminLists.path), .text("← " + T.backToLists(language)))),
            .h1(.text(title)),
            Forms.errorSummary(model.errors, language),
            .form(.class("stack"), .action(SiteURL.adminListItemEdit(model.id).path), .method(.post), Forms.csrf(viewer),
                  Forms.text(T.nameDutch(language), name: "nameNL", value: model.form.nameNL ?? "", errors: model.errors, required: true),
                  Forms.text(T.nameEnglish(language), name: "nameEN", value: model.form.nameEN ?? "", errors: model.errors, required: true),
                  model.list == .goalTheme
                      ? Forms.textArea(T.synonymsLabel(language), name: "synonyms", value: model.form.synonyms ?? "", errors: model.errors,
                                       rows: 3, hint: T.synonymsHint(language))
                      : .empty,
                  Forms.submit(T.saveChanges(language))),
            .p(.a(.href(SiteURL.adminListItemDelete(model.id).path), .text(T.delete(language) + "…"))),
        ])
    }
}
