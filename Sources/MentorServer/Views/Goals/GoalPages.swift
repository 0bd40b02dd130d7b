import Plot
import Foundation
import MentorCore

enum GoalFormPage {
    struct Model {
        var pairID: UUID
        var goalID: UUID?
        var values: [String: String]
        var themes: [(key: String, name: String)]
        var errors: FieldErrors
    }

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
        func value(_ key: String) -> String { model.values[key] ?? "" }
        return .form(
            .class("stack"), .action(model.goalID.map { "/goals/\($0)" } ?? "/mentorships/\(model.pairID)/goals"), .method(.post),
            Forms.csrf(viewer),
            Forms.text(T.title(language), name: "title", value: value("title"), errors: model.errors, required: true),
            Forms.textArea(T.description(language), name: "description", value: value("description"), errors: model.errors, rows: 3),
            Forms.textArea(T.successCriteria(language), name: "successCriteria", value: value("successCriteria"), errors: model.errors, rows: 2),
            Forms.text(T.targetDate(language), name: "targetDate", value: value("targetDate"), type: .date, errors: model.errors),
            Forms.select(T.theme(language), name: "theme", options: [("", T.noTheme(language))] + model.themes.map { ($0.key, $0.name) },
                         selected: value("theme"), errors: model.errors),
            Forms.select(T.status(language), name: "status", options: GoalStatus.allCases.map { ($0.rawValue, T.goalStatus($0)(language)) },
                         selected: value("status"), errors: model.errors),
            .div(.class("form-actions"),
                 .button(.type(.submit), .class("button"), .text(T.save(language))),
                 .a(.href(model.goalID.map { "/goals/\($0)" } ?? "/mentorships/\(model.pairID)"), .text(T.cancel(language))))
        )
    }
}

enum GoalPage {
    struct Model {
        var id: UUID
        var pairID: UUID
        var isMentor: Bool
        var isMentee: Bool
        var open: Bool
        var title: String
        var description: String
        var successCriteria: String
        var targetDate: Date?
        var status: GoalStatus
        var theme: String?
        var mentorComment: String
        var evidence: [(conversationID: UUID, at: Date, text: String)]
        var formValues: [String: String]
        var themes: [(key: String, name: String)]
    }

    static func render(_ model: Model, viewer: Viewer, flash: String?) -> HTML {
        let language = viewer.language
        let formats = viewer.formats
        return Layout.page(viewer, title: model.title, flash: flash, content: [
            .p(.a(.href("/mentorships/\(model.pairID)"), .text("← " + T.learningGoals(language)))),
            .h1(.text(model.title)),
            .p(.span(.class("badge badge--muted"), .text(T.goalStatus(model.status)(language))),
               .unwrap(model.theme) { .text(" · \($0)") },
               .unwrap(model.targetDate) { .text(" · \(T.target(language)) \(formats.date($0))") }),
            model.description.isEmpty ? .empty : .p(.text(model.description)),
            model.successCriteria.isEmpty ? .empty : .p(.strong(.text(T.successCriteria(language) + ": ")), .text(model.successCriteria)),
            .section(
                .h2(.text(T.mentorComment(language))),
                model.isMentor && model.open
                    ? .form(.class("stack"), .action("/goals/\(model.id)/comment"), .method(.post), Forms.csrf(viewer),
                            Forms.textArea(T.mentorComment(language), name: "comment", value: model.mentorComment, errors: [:], rows: 3),
                            Forms.submit(T.saveComment(language)))
                    : .p(.text(model.mentorComment.isEmpty ? "–" : model.mentorComment))),
            .section(
                .h2(.text(T.evidenceSoFar(language))),
                model.evidence.isEmpty ? .p(.class("empty-state"), .text(T.noEvidenceYet(language))) :
                .ul(.class("list-plain"), .forEach(model.evidence) { item in
                    .li(.a(.href("/conversations/\(item.conversationID)"), .text(formats.date(item.at))), .text(" · " + item.text))
                })),
            model.isMentee && model.open ? .section(
                .h2(.text(T.editGoal(language))),
                GoalFormPage.form(.init(pairID: model.pairID, goalID: model.id, values: model.formValues, themes: model.themes, errors: [:]), viewer: viewer)) : .empty,
        ])
    }
}
