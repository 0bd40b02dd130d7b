import Plot
import Foundation
import MentorCore

extension GoalFormPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let title = model.goalID == nil ? T.newGoal(language) : T.editGoal(language)
        return Layout.page(viewer, title: title, content: [
            .h1(.text(title)),
            Forms.errorSummary(model.errors, language),
            form(model, viewer: viewer),
        ])
    }

    static func form(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let form = model.form, errors = model.errors
        return .form(
            .class("stack"), .action(model.goalID.map { SiteURL.goal($0).path } ?? SiteURL.goals(pair: model.pairID).path), .method(.post),
            Forms.csrf(viewer),
            Forms.text(T.title(language), name: "title", value: form.title ?? "", errors: errors, required: true),
            Forms.textArea(T.description(language), name: "description", value: form.description ?? "", errors: errors, rows: 3),
            Forms.textArea(T.successCriteria(language), name: "successCriteria", value: form.successCriteria ?? "", errors: errors, rows: 2),
            Forms.text(T.targetDate(language), name: "targetDate", value: form.targetDate ?? "", type: .date, errors: errors),
            Forms.select(T.theme(language), name: "theme", options: [("", T.noTheme(language))] + model.themes.map { ($0.key, $0.name) },
                         selected: form.theme ?? "", errors: errors),
            Forms.select(T.status(language), name: "status", options: GoalStatus.allCases.map { ($0.rawValue, T.goalStatus($0)(language)) },
                         selected: form.status ?? "", errors: errors),
            .div(.class("form-actions"),
                 .button(.type(.submit), .class("button"), .text(T.save(language))),
                 .a(.href(model.goalID.map { SiteURL.goal($0).path } ?? SiteURL.pair(model.pairID).path), .text(T.cancel(language))))
        )
    }
}
