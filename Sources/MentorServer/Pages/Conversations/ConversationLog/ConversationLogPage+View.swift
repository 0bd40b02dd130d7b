import Plot
import Foundation
import MentorCore

extension ConversationLogPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let formats = viewer.formats
        let title = "\(T.logTitle(language)) · \(formats.dateTime(model.at))"
        return Layout.page(viewer, title: title, flash: model.flash, content: [
            .p(.a(.href(SiteURL.conversation(model.id).path), .text("← \(T.conversation(language)) · \(model.mentorName) & \(model.menteeName)"))),
            .h1(.text(title)),
            .p(.class("hint"), .text(T.logLead(language))),
            Forms.errorSummary(model.errors, language),
            .form(.class("stack log-form"), .id("log"), .action(SiteURL.conversationLog(model.id).path), .method(.post), Forms.csrf(viewer),
                  detailsPart(model, viewer: viewer),
                  agendaPart(model, viewer: viewer),
                  notesPart(model, viewer: viewer),
                  actionsPart(model, viewer: viewer),
                  evidencePart(model, viewer: viewer),
                  scoresPart(model, viewer: viewer),
                  observationsPart(model, viewer: viewer),
                  .div(.class("form-actions"),
                       .button(.type(.submit), .class("button"), .name("save"), .value("1"), .text(T.logSave(language))),
                       .button(.type(.submit), .class("button button--secondary"), .name("more"), .value("1"),
                               .attribute(named: "formnovalidate", value: "formnovalidate"), .text(T.logMoreRows(language))))),
        ])
    }

    /// One part of the form under its heading.
    static func part(_ id: String, _ title: String, _ nodes: Node<HTML.FormContext>...) -> Node<HTML.FormContext> {
        .div(.class("log-part"), .id(id), .h2(.text(title)), .group(nodes))
    }

    /// A row of a list of new records, named for screen readers ("Action item 2").
    static func row(_ legend: String, _ nodes: Node<HTML.FormContext>...) -> Node<HTML.FormContext> {
        .fieldset(.class("log-row"), .element(named: "legend", text: legend), .group(nodes))
    }

    /// A choice of a few, one click each (a select takes two, and more on a phone).
    static func radios(_ legend: String, name: String, options: [(value: String, label: String)], selected: String,
                       errors: FieldErrors) -> Node<HTML.FormContext> {
        let error = errors[name]
        return .fieldset(
            .class(error == nil ? "field log-choice" : "field log-choice field--error"), .id("f-\(name)"),
            .element(named: "legend", text: legend),
            .unwrap(error) { .p(.class("field-error"), .id("f-\(name)-error"), .text($0)) },
            .group(options.enumerated().map { index, option in
                .div(.class("check"),
                     .input(.type(.radio), .id("f-\(name)-\(index)"), .name(name), .value(option.value), .checked(option.value == selected)),
                     .label(.for("f-\(name)-\(index)"), .text(option.label)))
            }))
    }

    static func tick(_ id: String, name: String, value: UUID, checked: Bool, label: String) -> Node<HTML.FormContext> {
        .div(.class("check"),
             .input(.type(.checkbox), .id(id), .name(name), .value(value.uuidString), .checked(checked)),
             .label(.for(id), .text(label)))
    }

    static func detailsPart(_ model: Model, viewer: Viewer) -> Node<HTML.FormContext> {
        let language = viewer.language
        let form = model.form
        return part("log-details", T.details(language),
            Forms.text(T.date(language), name: "date", value: form.date ?? "", type: .date, errors: model.errors, required: true),
            Forms.text(T.time(language), name: "time", value: form.time ?? "", type: .time, errors: model.errors, required: true),
            Forms.text(T.durationMinutes(language), name: "durationMinutes", value: form.durationMinutes ?? "", type: .number, errors: model.errors),
            Forms.text(T.placeOrLink(language), name: "place", value: form.place ?? "", errors: model.errors),
            Forms.select(T.status(language), name: "status", options: ConversationStatus.allCases.map { ($0.rawValue, T.conversationStatus($0)(language)) },
                         selected: form.status ?? ConversationStatus.held.rawValue, errors: model.errors),
            Forms.select(T.initiative(language), name: "initiative", options: PairSide.allCases.map { ($0.rawValue, T.side($0)(language)) },
                         selected: form.initiative ?? PairSide.mentor.rawValue, errors: model.errors, hint: T.initiativeHint(language)))
    }

    static func agendaPart(_ model: Model, viewer: Viewer) -> Node<HTML.FormContext> {
        let language = viewer.language
        let covered = Set(model.form.covered ?? [])
        let rows = model.form.agenda ?? []
        return part("log-agenda", T.logAgendaOutcome(language),
            model.agenda.isEmpty ? .empty : .p(.class("hint"), .text(T.logAgendaHint(language))),
            .group(model.agenda.enumerated().map { index, item in
                tick("log-covered-\(index)", name: "covered[]", value: item.id, checked: covered.contains(item.id.uuidString),
                     label: item.text + " · " + T.side(item.author)(language) + (item.carried ? " · " + T.carriedForward(language) : ""))
            }),
            .h3(.text(T.logNewAgenda(language))),
            .group((0..<model.rows.agenda).map { index in
                let sent = index < rows.count ? rows[index] : nil
                return row("\(T.agendaItem(language)) \(index + 1)",
                    Forms.text(T.agendaItem(language), name: "agenda[\(index)][text]", value: sent?.text ?? "", errors: model.errors),
                    Forms.select(T.broughtBy(language), name: "agenda[\(index)][broughtBy]",
                                 options: [(PairSide.mentor.rawValue, T.broughtBySelf(language)), (PairSide.mentee.rawValue, T.mentee(language))],
                                 selected: sent?.broughtBy ?? PairSide.mentee.rawValue, errors: model.errors))
            }))
    }

    static func notesPart(_ model: Model, viewer: Viewer) -> Node<HTML.FormContext> {
        let language = viewer.language
        let form = model.form
        return part("log-notes", T.notes(language),
            Forms.textArea(T.sharedNotes(language), name: "sharedNotes", value: form.sharedNotes ?? "", errors: model.errors, rows: 4,
                           hint: T.sharedNotesHint(language)),
            Forms.textArea(T.privateNotes(language), name: "privateNotes", value: form.privateNotes ?? "", errors: model.errors, rows: 4,
                           hint: T.privateNotesHint(language)),
            Forms.text(T.talkShareEstimate(language), name: "talkShare", value: form.talkShare ?? "", type: .number, errors: model.errors,
                       hint: T.talkShareHint(language)))
    }

    static func actionsPart(_ model: Model, viewer: Viewer) -> Node<HTML.FormContext> {
        let language = viewer.language
        let formats = viewer.formats
        let done = Set(model.form.done ?? [])
        let rows = model.form.actions ?? []
        return part("log-actions", T.actionItems(language),
            model.openActions.isEmpty ? .empty : .h3(.text(T.logOpenActions(language))),
            .group(model.openActions.enumerated().map { index, action in
                tick("log-done-\(index)", name: "done[]", value: action.id, checked: done.contains(action.id.uuidString),
                     label: action.text + " · " + T.side(action.owner)(language) + (action.due.map { " · \(T.dueOn(language)) \(formats.date($0))" } ?? ""))
            }),
            .h3(.text(T.logNewActions(language))),
            .group((0..<model.rows.actions).map { index in
                let sent = index < rows.count ? rows[index] : nil
                return row("\(T.logActionText(language)) \(index + 1)",
                    Forms.text(T.logActionText(language), name: "actions[\(index)][text]", value: sent?.text ?? "", errors: model.errors),
                    radios(T.owner(language), name: "actions[\(index)][owner]",
                           options: [(PairSide.mentee.rawValue, T.mentee(language)), (PairSide.mentor.rawValue, T.mentor(language))],
                           selected: sent?.owner ?? PairSide.mentee.rawValue, errors: model.errors),
                    Forms.text(T.dueOn(language), name: "actions[\(index)][due]", value: sent?.due ?? "", type: .date, errors: model.errors))
            }))
    }

    static func evidencePart(_ model: Model, viewer: Viewer) -> Node<HTML.FormContext> {
        let language = viewer.language
        guard !model.goals.isEmpty else { return part("log-evidence", T.goalEvidence(language), .p(.class("muted"), .text(T.noGoalsToEvidence(language)))) }
        let rows = model.form.evidence ?? []
        return part("log-evidence", T.goalEvidence(language),
            .p(.class("hint"), .text(T.logEvidenceHint(language))),
            .group((0..<model.rows.evidence).map { index in
                let sent = index < rows.count ? rows[index] : nil
                return row("\(T.goal(language)) \(index + 1)",
                    Forms.select(T.goal(language), name: "evidence[\(index)][goal]", options: model.goals.map { ($0.value, $0.label) },
                                 selected: sent?.goal ?? model.goals[0].value, errors: model.errors),
                    Forms.textArea(T.whatYouSaw(language), name: "evidence[\(index)][text]", value: sent?.text ?? "", errors: model.errors, rows: 2))
            }))
    }

    static func scoresPart(_ model: Model, viewer: Viewer) -> Node<HTML.FormContext> {
        let language = viewer.language
        guard !model.values.isEmpty else { return .empty }
        let rows = model.form.scores ?? []
        return part("log-scores", T.valueScores(language),
            .p(.class("hint"), .text(T.logScoresHint(language))),
            .group((0..<model.rows.scores).map { index in
                let sent = index < rows.count ? rows[index] : nil
                // Each row starts on another value, so scoring two values needs no choosing.
                return row("\(T.valueScores(language)) \(index + 1)",
                    Forms.select(T.coreValues(language), name: "scores[\(index)][value]", options: model.values.map { ($0.value, $0.label) },
                                 selected: sent?.value ?? model.values[index % model.values.count].value, errors: model.errors),
                    Forms.text(T.score(language), name: "scores[\(index)][score]", value: sent?.score ?? "", type: .number, errors: model.errors),
                    Forms.textArea(T.behaviourYouSaw(language), name: "scores[\(index)][behaviour]", value: sent?.behaviour ?? "", errors: model.errors, rows: 2))
            }))
    }

    static func observationsPart(_ model: Model, viewer: Viewer) -> Node<HTML.FormContext> {
        let language = viewer.language
        guard !model.patterns.isEmpty else { return .empty }
        let rows = model.form.observations ?? []
        return part("log-observations", T.attitude(language),
            .p(.class("hint"), .text(T.logObservationsHint(language))),
            .group((0..<model.rows.observations).map { index in
                let sent = index < rows.count ? rows[index] : nil
                return row("\(T.pattern(language)) \(index + 1)",
                    Forms.select(T.pattern(language), name: "observations[\(index)][pattern]", options: model.patterns.map { ($0.value, $0.label) },
                                 selected: sent?.pattern ?? model.patterns[index % model.patterns.count].value, errors: model.errors),
                    radios(T.effect(language), name: "observations[\(index)][effect]",
                           options: [("", T.logNoEffect(language))] + AttitudeEffect.allCases.map { ($0.rawValue, T.attitudeEffect($0)(language)) },
                           selected: sent?.effect ?? "", errors: model.errors),
                    Forms.text(T.note(language), name: "observations[\(index)][note]", value: sent?.note ?? "", errors: model.errors))
            }))
    }
}
