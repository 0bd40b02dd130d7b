import Plot
import Foundation
import MentorCore

extension ReflectionsPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let formats = viewer.formats
        let form = model.form
        return Layout.page(viewer, title: T.reflections(language), flash: model.flash, content: [
            .p(.a(.href(SiteURL.mirror.path), .text("← " + T.mirror(language)))),
            .h1(.text(T.reflections(language))),
            .p(.class("lead"), .text(T.reflectionsLead(language))),
            .h2(.text(T.newReflection(language))),
            Forms.errorSummary(model.errors, language),
            .form(.class("stack"), .action(SiteURL.reflections.path), .method(.post), Forms.csrf(viewer),
                  Forms.select(T.mentee(language), name: "mentorship", options: [("", T.allMentees(language))] + model.pairs.map { ($0.id.uuidString, $0.menteeName) },
                               selected: form.mentorship ?? "", errors: model.errors),
                  Forms.text(T.periodFrom(language), name: "from", value: form.from ?? "", type: .date, errors: model.errors, required: true),
                  Forms.text(T.periodTo(language), name: "to", value: form.to ?? "", type: .date, errors: model.errors, required: true),
                  .group(Form.Answer.allCases.map { answer in
                      Forms.textArea(answer.question(language), name: answer.rawValue, value: form.answer(answer), errors: model.errors, rows: 4)
                  }),
                  focusField(form, errors: model.errors, language: language),
                  Forms.submit(T.save(language))),
            .h2(.text(T.reflections(language))),
            model.reflections.isEmpty ? .p(.class("empty-state"), .text(T.noReflectionsYet(language))) :
            .group(model.reflections.map { card($0, language: language, formats: formats) }),
        ])
    }

    /// One saved reflection: its period and mentee, the answers given, the focus chosen.
    static func card(_ item: Item, language: Language, formats: Formats) -> Node<HTML.BodyContext> {
        let heading = "\(formats.date(item.from)) – \(formats.date(item.to))" + (item.mentee.map { " · \($0)" } ?? " · \(T.allMentees(language))")
        let answered = zip(Form.Answer.allCases.map { $0.question(language) }, item.answers).filter { !$0.1.isEmpty }
        let focus: Node<HTML.BodyContext> = item.focus.map { focus in
            .p(.strong(.text(T.focusTitle(language) + ": ")), .text(T.focusName(focus)(language)))
        } ?? .empty
        return .article(.class("card reflection"),
                        .h3(.text(heading)),
                        .group(answered.map { question, answer in .group(.p(.strong(.text(question))), .p(.text(answer))) }),
                        focus,
                        .p(.a(.href(SiteURL.reflectionEdit(item.id).path), .text(T.edit(language)))))
    }

    /// The one focus for the next conversations: none, or one of `Focus`; shared with the correction page.
    static func focusField(_ form: Form, errors: FieldErrors, language: Language) -> Node<HTML.FormContext> {
        Forms.select(T.focusLabel(language), name: "focus",
                     options: [("", T.focusNone(language))] + Focus.allCases.map { ($0.rawValue, T.focusName($0)(language)) },
                     selected: form.focus ?? "", errors: errors, hint: T.focusHint(language))
    }
}
