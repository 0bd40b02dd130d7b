import Plot
import Foundation
import MentorCore

extension RecordEditPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let editor = model.editor
        let title = editor.kind == .conversation ? T.rescheduleTitle(language) : T.editRecordTitle(editor.kind)(language)
        let submit = editor.kind == .conversation ? T.saveNewTime(language) : T.saveChanges(language)
        return Layout.page(viewer, title: title, content: [
            .p(.a(.href(SiteURL.conversation(model.conversationID).path),
                  .text("← \(T.conversation(language)) \(viewer.formats.dateTime(model.conversationAt))"))),
            .h1(.text(title)),
            editor.kind == .conversation ? .p(.class("lead"), .text(T.rescheduleLead(language))) : .empty,
            Forms.errorSummary(model.errors, language),
            .form(.class("stack"), .action(editor.action(conversation: model.conversationID).path), .method(.post), Forms.csrf(viewer),
                  fields(editor, errors: model.errors, viewer: viewer),
                  Forms.submit(submit)),
            .unwrap(editor.delete) { delete in
                .p(.a(.href(delete.path), .text(T.delete(language) + "…")))
            },
        ])
    }

    static func fields(_ editor: Editor, errors: FieldErrors, viewer: Viewer) -> Node<HTML.FormContext> {
        let language = viewer.language
        switch editor {
        case .agendaItem(_, let form):
            return Forms.text(T.agendaItem(language), name: "agendaText", value: form.agendaText ?? "", errors: errors, required: true)
        case .action(_, let form):
            return .group(
                Forms.text(T.actionText(language), name: "actionText", value: form.actionText ?? "", errors: errors, required: true),
                Forms.select(T.owner(language), name: "owner", options: [("mentee", T.mentee(language)), ("mentor", T.mentor(language))],
                             selected: form.owner ?? "mentee", errors: errors),
                Forms.text(T.dueOn(language), name: "dueOn", value: form.dueOn ?? "", type: .date, errors: errors))
        case .evidence(_, let form, let goals):
            return .group(
                Forms.select(T.goal(language), name: "goal", options: goals.map { ($0.id.uuidString, $0.title) },
                             selected: form.goal ?? "", errors: errors),
                Forms.textArea(T.whatYouSaw(language), name: "evidenceText", value: form.evidenceText ?? "", errors: errors, rows: 3, required: true))
        case .score(_, let form, let values):
            return .group(
                Forms.select(T.coreValues(language), name: "value", options: values.map { ($0.id.uuidString, $0.name) },
                             selected: form.value ?? "", errors: errors),
                Forms.select(T.score(language), name: "score", options: [("", "–")] + (1...5).map { ("\($0)", "\($0)") },
                             selected: form.score ?? "", errors: errors),
                Forms.textArea(T.behaviourYouSaw(language), name: "behaviour", value: form.behaviour ?? "", errors: errors, rows: 3, required: true))
        case .observation(_, let form, let patterns):
            return .group(
                Forms.select(T.pattern(language), name: "pattern", options: patterns.map { ($0.key, $0.name) },
                             selected: form.pattern ?? "", errors: errors),
                Forms.select(T.effect(language), name: "effect", options: AttitudeEffect.allCases.map { ($0.rawValue, T.attitudeEffect($0)(language)) },
                             selected: form.effect ?? "", errors: errors),
                Forms.textArea(T.note(language), name: "observationNote", value: form.observationNote ?? "", errors: errors, rows: 2))
        case .reschedule(let form):
            return .group(
                Forms.text(T.date(language), name: "date", value: form.date ?? "", type: .date, errors: errors, required: true),
                Forms.text(T.time(language), name: "time", value: form.time ?? "", type: .time, errors: errors, required: true),
                Forms.text(T.durationMinutes(language), name: "durationMinutes", value: form.durationMinutes ?? "", type: .number, errors: errors),
                Forms.text(T.placeOrLink(language), name: "place", value: form.place ?? "", errors: errors))
        }
    }
}
