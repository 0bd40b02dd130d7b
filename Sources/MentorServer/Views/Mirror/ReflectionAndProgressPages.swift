import Plot
import Foundation
import MentorCore

/// The mentor's written reflections: private, listed newest first to show growth.
enum ReflectionsPage {
    struct Item {
        var from: Date
        var to: Date
        var mentee: String?
        var answers: [String]
    }

    struct Model {
        var pairs: [(UUID, String)]
        var reflections: [Item]
        var values: [String: String]
        var errors: FieldErrors
    }

    static func questions(_ language: Language) -> [String] {
        [T.question1(language), T.question2(language), T.question3(language), T.question4(language)]
    }

    static func render(_ model: Model, viewer: Viewer, flash: String?) -> HTML {
        let language = viewer.language
        let formats = viewer.formats
        let fields = MirrorController.answerFields
        return Layout.page(viewer, title: T.reflections(language), flash: flash, content: [
            .p(.a(.href("/mirror"), .text("← " + T.mirror(language)))),
            .h1(.text(T.reflections(language))),
            .p(.class("lead"), .text(T.reflectionsLead(language))),
            .h2(.text(T.newReflection(language))),
            Forms.errorSummary(model.errors, language),
            .form(.class("stack"), .action("/mirror/reflections"), .method(.post), Forms.csrf(viewer),
                  Forms.select(T.mentee(language), name: "mentorship", options: [("", T.allMentees(language))] + model.pairs.map { ($0.0.uuidString, $0.1) },
                               selected: model.values["mentorship"] ?? "", errors: model.errors),
                  Forms.text(T.periodFrom(language), name: "from", value: model.values["from"] ?? "", type: .date, errors: model.errors, required: true),
                  Forms.text(T.periodTo(language), name: "to", value: model.values["to"] ?? "", type: .date, errors: model.errors, required: true),
                  .group(zip(fields, questions(language)).map { field, question in
                      Forms.textArea(question, name: field, value: model.values[field] ?? "", errors: model.errors, rows: 4)
                  }),
                  Forms.submit(T.save(language))),
            .h2(.text(T.reflections(language))),
            model.reflections.isEmpty ? .p(.class("empty-state"), .text(T.noReflectionsYet(language))) :
            .group(model.reflections.map { item in
                .article(.class("card reflection"),
                         .h3(.text("\(formats.date(item.from)) – \(formats.date(item.to))" + (item.mentee.map { " · \($0)" } ?? " · \(T.allMentees(language))"))),
                         .group(zip(questions(language), item.answers).filter { !$0.1.isEmpty }.map { question, answer in
                             .group(.p(.strong(.text(question))), .p(.text(answer)))
                         }))
            }),
        ])
    }
}

/// The mentee's own summary: preparation, follow-up and goals. It leaves out the mentor's
/// talk share, balance, scores, observations and notes.
enum ProgressPage {
    struct Model {
        var pairID: UUID
        var mentorName: String
        var period: DateInterval
        var directedness: GoalDirectedness
        var goals: [GoalFigure]
        var themeNames: [String: String]
        var initiative: ConversationInitiative
        var agenda: AgendaInitiative
    }

    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let formats = viewer.formats
        return Layout.page(viewer, title: T.progressTitle(language), content: [
            .p(.a(.href("/mentorships/\(model.pairID)"), .text("← " + model.mentorName))),
            .h1(.text(T.progressTitle(language))),
            .p(.class("lead"), .text(T.progressLead(language))),
            MirrorParts.periodLine(model.period, viewer),
            .div(.class("mirror-figures"),
                 MirrorParts.figure(T.preparedLabel(language), MirrorParts.share(model.directedness.preparedShare, viewer), basis: MirrorParts.basis(model.initiative, viewer)),
                 MirrorParts.figure(T.onTimeLabel(language), MirrorParts.share(model.directedness.actionsOnTimeShare, viewer)),
                 MirrorParts.figure(T.carriedTwiceLabel(language), "\(model.directedness.actionsCarriedTwice)"),
                 MirrorParts.figure(T.conversationInitiativeLabel(language), MirrorParts.share(model.initiative.menteeShare, viewer)),
                 MirrorParts.figure(T.agendaInitiativeLabel(language), MirrorParts.share(model.agenda.menteeShare, viewer))),
            .h2(.text(T.learningGoals(language))),
            model.goals.isEmpty ? .p(.class("empty-state"), .text(T.noGoalsYet(language))) :
            .div(.class("table-wrap"), .table(
                .thead(.tr(.th(.text(T.goal(language))), .th(.text(T.theme(language))), .th(.text(T.evidenceCount(language))), .th(.text(T.lastSeen(language))))),
                .tbody(.forEach(model.goals) { goal in
                    .tr(.td(.a(.href("/goals/\(goal.goalID)"), .text(goal.title))), .td(.text(goal.theme.flatMap { model.themeNames[$0] } ?? "–")),
                        .td(.text("\(goal.evidenceCount)")), .td(.text(goal.lastEvidenceOn.map(formats.date) ?? T.never(language))))
                }))),
        ])
    }
}
