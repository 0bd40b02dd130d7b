import Plot
import MentorCore

extension ReflectionEditPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let form = model.form
        let title = T.editRecordTitle(.reflection)(language)
        return Layout.page(viewer, title: title, content: [
            .p(.a(.href(SiteURL.reflections.path), .text("← " + T.reflections(language)))),
            .h1(.text(title)),
            Forms.errorSummary(model.errors, language),
            .form(.class("stack"), .action(SiteURL.reflectionEdit(model.id).path), .method(.post), Forms.csrf(viewer),
                  Forms.select(T.mentee(language), name: "mentorship",
                               options: [("", T.allMentees(language))] + model.pairs.map { ($0.id.uuidString, $0.menteeName) },
                               selected: form.mentorship ?? "", errors: model.errors),
                  Forms.text(T.periodFrom(language), name: "from", value: form.from ?? "", type: .date, errors: model.errors, required: true),
                  Forms.text(T.periodTo(language), name: "to", value: form.to ?? "", type: .date, errors: model.errors, required: true),
                  .group(ReflectionsPage.Form.Answer.allCases.map { answer in
                      Forms.textArea(answer.question(language), name: answer.rawValue, value: form.answer(answer), errors: model.errors, rows: 4)
                  }),
                  ReflectionsPage.focusField(form, errors: model.errors, language: language),
                  Forms.submit(T.saveChanges(language))),
            .p(.a(.href(SiteURL.reflectionDelete(model.id).path), .text(T.delete(language) + "…"))),
        ])
    }
}
