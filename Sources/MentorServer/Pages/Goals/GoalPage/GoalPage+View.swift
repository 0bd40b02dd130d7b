import Plot
import Foundation
import MentorCore

extension GoalPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let formats = viewer.formats
        return Layout.page(viewer, title: model.title, flash: model.flash, content: [
            .p(.a(.href(SiteURL.pair(model.pairID).path), .text("← " + T.learningGoals(language)))),
            .h1(.text(model.title)),
            .p(.span(.class("badge badge--muted"), .text(T.goalStatus(model.status)(language))),
               .unwrap(model.theme) { .text(" · \($0)") },
               .unwrap(model.targetDate) { .text(" · \(T.target(language)) \(formats.date($0))") }),
            model.description.isEmpty ? .empty : .p(.text(model.description)),
            model.successCriteria.isEmpty ? .empty : .p(.strong(.text(T.successCriteria(language) + ": ")), .text(model.successCriteria)),
            .section(
                .h2(.text(T.mentorComment(language))),
                model.canComment
                    ? .form(.class("stack"), .action(SiteURL.goalComment(model.id).path), .method(.post), Forms.csrf(viewer),
                            Forms.textArea(T.mentorComment(language), name: "comment", value: model.mentorComment, errors: [:], rows: 3),
                            Forms.submit(T.saveComment(language)))
                    : .p(.text(model.mentorComment.isEmpty ? "–" : model.mentorComment))),
            .section(
                .h2(.text(T.evidenceSoFar(language))),
                model.evidence.isEmpty ? .p(.class("empty-state"), .text(T.noEvidenceFor(model.place)(language))) :
                .ul(.class("list-plain"), .forEach(model.evidence) { item in
                    .li(.a(.href(SiteURL.conversation(item.conversationID).path), .text(formats.date(item.at))), .text(" · " + item.text))
                })),
            model.canEdit ? .section(
                .h2(.text(T.editGoal(language))),
                GoalFormPage.form(.init(pairID: model.pairID, goalID: model.id, form: model.form, themes: model.themes), viewer: viewer)) : .empty,
            model.canEdit ? .p(.a(.href(SiteURL.goalDelete(model.id).path), .text(T.deleteGoal(language) + "…"))) : .empty,
        ])
    }
}
