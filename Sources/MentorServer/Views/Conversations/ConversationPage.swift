import Plot
import Foundation
import MentorCore

/// One conversation: details, agenda, notes, actions, and for the mentor the observations.
/// Sections that belong to the mentor alone are rendered only when `isMentor` is true and
/// their data is only loaded for the mentor.
enum ConversationPage {
    struct AgendaRow {
        var id: UUID
        var text: String
        var author: PairSide
        var beforehand: Bool
        var covered: Bool
        var carried: Bool
    }

    struct Action {
        var id: UUID
        var text: String
        var owner: PairSide
        var due: Date?
        var done: Date?
        var carried: Int

        init(_ item: ActionItem) {
            id = item.id!
            text = item.text
            owner = item.ownerSide
            due = item.dueOn
            done = item.doneOn
            carried = item.carriedCount
        }
    }

    struct Model {
        var id: UUID
        var pairID: UUID
        var isMentor: Bool
        var open: Bool
        var mentorName: String
        var menteeName: String
        var at: Date
        var durationMinutes: Int
        var place: String
        var status: ConversationStatus
        var initiative: PairSide
        var agenda: [AgendaRow]
        var sharedNotes: String
        var actionsHere: [Action]
        var actionsEarlier: [Action]
        var goals: [(id: UUID, title: String)]
        var evidence: [(goal: String, text: String)]
        var privateNotes: String?
        var talkSharePercent: Int?
        var values: [(id: UUID, name: String, behaviours: [String])] = []
        var scores: [(value: String, score: Int, behaviour: String)] = []
        var patterns: [(key: String, name: String)] = []
        var observations: [(pattern: String, effect: AttitudeEffect, note: String)] = []
        var errors: FieldErrors = [:]
        var draft: [String: String] = [:]
        var transcript: TranscriptView?
    }

    /// A stored transcript analysis as the page shows it.
    struct TranscriptView {
        var speakers: [(name: String, share: Double, words: Int, turns: Int, open: Int, closed: Int)]
        var timed: Bool
        var mentorSpeaker: String
        var menteeSpeaker: String
        var mentorShare: Double
        var rawText: String?
    }

    static func render(_ model: Model, viewer: Viewer, flash: String?) -> HTML {
        let language = viewer.language
        let formats = viewer.formats
        let title = "\(T.conversation(language)) \(formats.dateTime(model.at))"
        return Layout.page(viewer, title: title, flash: flash, content: [
            .p(.a(.href("/mentorships/\(model.pairID)"), .text("← \(model.mentorName) & \(model.menteeName)"))),
            .div(.class("page-head"),
                 .h1(.text(title)),
                 .a(.href("/conversations/\(model.id)/calendar.ics"), .text(T.downloadCalendar(language)))),
            .p(.span(.class(model.status == .planned ? "badge badge--warn" : "badge badge--muted"), .text(T.conversationStatus(model.status)(language))),
               .text(" \(model.durationMinutes) min · \(model.place.isEmpty ? "–" : model.place) · \(T.initiative(language)): \(T.side(model.initiative)(language))")),
            Forms.errorSummary(model.errors, language),
            model.open ? detailsForm(model, viewer: viewer) : .empty,
            agendaSection(model, viewer: viewer),
            notesSection(model, viewer: viewer),
            actionsSection(model, viewer: viewer),
            evidenceSection(model, viewer: viewer),
            transcriptSection(model, viewer: viewer),
            model.isMentor ? scoresSection(model, viewer: viewer) : .empty,
            model.isMentor ? observationsSection(model, viewer: viewer) : .empty,
        ])
    }

    static func value(_ model: Model, _ key: String, _ fallback: String = "") -> String { model.draft[key] ?? fallback }

    static func detailsForm(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let formats = viewer.formats
        let hasDetailErrors = ["date", "time", "durationMinutes"].contains { model.errors[$0] != nil }
        return .details(
            hasDetailErrors ? .open(true) : .empty,
            .summary(.text(T.details(language))),
            .form(.class("stack"), .action("/conversations/\(model.id)"), .method(.post), Forms.csrf(viewer),
                  Forms.text(T.date(language), name: "date", value: value(model, "date", formats.isoDay(model.at)), type: .date, errors: model.errors, required: true),
                  Forms.text(T.time(language), name: "time", value: value(model, "time", formats.timeOfDay(model.at)), type: .time, errors: model.errors, required: true),
                  Forms.text(T.durationMinutes(language), name: "durationMinutes", value: value(model, "durationMinutes", "\(model.durationMinutes)"), type: .number, errors: model.errors),
                  Forms.text(T.placeOrLink(language), name: "place", value: value(model, "place", model.place), errors: model.errors),
                  Forms.select(T.status(language), name: "status", options: ConversationStatus.allCases.map { ($0.rawValue, T.conversationStatus($0)(language)) },
                               selected: value(model, "status", model.status.rawValue), errors: model.errors),
                  model.isMentor
                    ? Forms.select(T.initiative(language), name: "initiative", options: PairSide.allCases.map { ($0.rawValue, T.side($0)(language)) },
                                   selected: value(model, "initiative", model.initiative.rawValue), errors: model.errors, hint: T.initiativeHint(language))
                    : .empty,
                  Forms.submit(T.saveDetails(language))))
    }

    static func agendaSection(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        return .section(
            .h2(.text(T.agenda(language))),
            model.agenda.isEmpty ? .p(.class("empty-state"), .text(T.emptyAgenda(language))) :
            .ul(.class("list-plain"), .forEach(model.agenda) { item in
                .li(.text(item.text),
                    .span(.class("muted"), .text(" · \(T.side(item.author)(language)) · \(item.beforehand ? T.beforehand(language) : T.duringConversation(language))" + (item.carried ? " · \(T.carriedForward(language))" : ""))),
                    item.covered ? .span(.class("badge"), .text(" " + T.covered(language))) : .empty,
                    model.open ? .form(.class("inline-form"), .action("/agenda/\(item.id)/covered"), .method(.post), Forms.csrf(viewer),
                                       .button(.type(.submit), .class("link-button"), .text(" " + (item.covered ? T.markNotCovered(language) : T.markCovered(language))))) : .empty)
            }),
            model.open ? .form(.class("stack"), .action("/conversations/\(model.id)/agenda"), .method(.post), Forms.csrf(viewer),
                               Forms.text(T.agendaItem(language), name: "agendaText", value: value(model, "agendaText"), errors: model.errors),
                               Forms.submit(T.addAgendaItem(language))) : .empty
        )
    }

    static func notesSection(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        guard model.open else {
            return .section(.h2(.text(T.sharedNotes(language))), .p(.text(model.sharedNotes)),
                            .unwrap(model.privateNotes) { .group(.h2(.text(T.privateNotes(language))), .p(.text($0))) })
        }
        return .section(
            .h2(.text(T.notes(language))),
            .form(.class("stack"), .action("/conversations/\(model.id)/notes"), .method(.post), Forms.csrf(viewer),
                  Forms.textArea(T.sharedNotes(language), name: "sharedNotes", value: value(model, "sharedNotes", model.sharedNotes), errors: model.errors,
                                 rows: 5, hint: T.sharedNotesHint(language)),
                  .unwrap(model.privateNotes) { notes in
                      Forms.textArea(T.privateNotes(language), name: "privateNotes", value: value(model, "privateNotes", notes), errors: model.errors,
                                     rows: 5, hint: T.privateNotesHint(language))
                  },
                  model.isMentor
                    ? Forms.text(T.talkShareEstimate(language), name: "talkShare", value: value(model, "talkShare", model.talkSharePercent.map(String.init) ?? ""),
                                 type: .number, errors: model.errors, hint: T.talkShareHint(language))
                    : .empty,
                  Forms.submit(T.saveNotes(language))))
    }

    static func actionList(_ actions: [Action], model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let formats = viewer.formats
        return .ul(.class("list-plain"), .forEach(actions) { action in
            .li(action.done == nil ? .text(action.text) : .element(named: "s", nodes: [.text(action.text)]),
                .span(.class("muted"), .text(" · \(T.side(action.owner)(language))"
                    + (action.due.map { " · \(T.dueOn(language)) \(formats.date($0))" } ?? "")
                    + (action.done.map { " · \(T.doneOn(language)) \(formats.date($0))" } ?? "")
                    + (action.carried > 0 ? " · \(T.carriedForward(language)) \(action.carried)×" : ""))),
                model.open ? .form(.class("inline-form"), .action("/actions/\(action.id)/done"), .method(.post), Forms.csrf(viewer),
                                   .input(.type(.hidden), .name("back"), .value("/conversations/\(model.id)")),
                                   .button(.type(.submit), .class("link-button"), .text(" " + (action.done == nil ? T.markDone(language) : T.reopen(language))))) : .empty)
        })
    }

    static func actionsSection(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        return .section(
            .h2(.text(T.actionItems(language))),
            model.actionsHere.isEmpty ? .p(.class("muted"), .text(T.noActions(language))) : actionList(model.actionsHere, model: model, viewer: viewer),
            model.actionsEarlier.isEmpty ? .empty : .group(.h3(.text(T.openFromEarlier(language))), actionList(model.actionsEarlier, model: model, viewer: viewer)),
            model.open ? .form(.class("stack"), .action("/conversations/\(model.id)/actions"), .method(.post), Forms.csrf(viewer),
                               Forms.text(T.addAction(language), name: "actionText", value: value(model, "actionText"), errors: model.errors),
                               Forms.select(T.owner(language), name: "owner", options: [("mentee", T.mentee(language)), ("mentor", T.mentor(language))],
                                            selected: value(model, "owner", "mentee"), errors: model.errors),
                               Forms.text(T.dueOn(language), name: "dueOn", value: value(model, "dueOn"), type: .date, errors: model.errors),
                               Forms.submit(T.addAction(language))) : .empty
        )
    }

    static func evidenceSection(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        return .section(
            .h2(.text(T.goalEvidence(language))),
            model.isMentor ? .p(.class("hint"), .text(T.mentorOnlySection(language))) : .empty,
            model.evidence.isEmpty ? .empty : .ul(.forEach(model.evidence) { item in .li(.strong(.text(item.goal + ": ")), .text(item.text)) }),
            !model.isMentor || !model.open ? .empty :
                model.goals.isEmpty ? .p(.class("muted"), .text(T.noGoalsToEvidence(language))) :
                .form(.class("stack"), .action("/conversations/\(model.id)/evidence"), .method(.post), Forms.csrf(viewer),
                      Forms.select(T.goal(language), name: "goal", options: model.goals.map { ($0.id.uuidString, $0.title) },
                                   selected: value(model, "goal"), errors: model.errors),
                      Forms.textArea(T.whatYouSaw(language), name: "evidenceText", value: value(model, "evidenceText"), errors: model.errors, rows: 3),
                      Forms.submit(T.addEvidence(language)))
        )
    }

    static func transcriptSection(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let formats = viewer.formats
        return .section(
            .id("transcript"),
            .h2(.text(T.transcript(language))),
            .unwrap(model.transcript) { transcript in
                .group(
                    .p(.strong(.text(T.mentorShareMeasured(language) + ": ")), .text(formats.percent(transcript.mentorShare))),
                    .div(.class("table-wrap"), .table(
                        .thead(.tr(.th(.text(T.speaker(language))), .th(.text(T.share(language))), .th(.text(T.words(language))),
                                   .th(.text(T.turns(language))), .th(.text(T.questionsOpenClosed(language))))),
                        .tbody(.forEach(transcript.speakers) { speaker in
                            .tr(.td(.text(speaker.name)), .td(.text(formats.percent(speaker.share))), .td(.text("\(speaker.words)")),
                                .td(.text("\(speaker.turns)")), .td(.text("\(speaker.open) / \(speaker.closed)")))
                        }))),
                    .p(.class("hint"), .text(T.otherSpeakersLeftOut(language) + " " + T.signalsNote(language))),
                    model.open ? .form(.class("stack"), .action("/conversations/\(model.id)/transcript/mapping"), .method(.post), Forms.csrf(viewer),
                                       Forms.select(T.mentorIs(language), name: "mentorSpeaker", options: transcript.speakers.map { ($0.name, $0.name) },
                                                    selected: transcript.mentorSpeaker, errors: [:]),
                                       Forms.select(T.menteeIs(language), name: "menteeSpeaker", options: transcript.speakers.map { ($0.name, $0.name) },
                                                    selected: transcript.menteeSpeaker, errors: [:]),
                                       Forms.submit(T.save(language))) : .empty,
                    .unwrap(transcript.rawText) { text in
                        .details(.summary(.text(T.keptText(language))), .pre(.class("sample"), .text(text)),
                                 .form(.action("/conversations/\(model.id)/transcript/delete-text"), .method(.post), Forms.csrf(viewer),
                                       .button(.type(.submit), .class("button button--secondary"), .text(T.deleteText(language)))))
                    },
                    .form(.action("/conversations/\(model.id)/transcript/delete"), .method(.post), Forms.csrf(viewer),
                          .button(.type(.submit), .class("link-button"), .text(T.deleteTranscript(language)))))
            },
            model.open ? .form(
                .class("stack"), .action("/conversations/\(model.id)/transcript"), .method(.post), .enctype(.multipartData),
                Forms.csrf(viewer),
                .p(.class("hint"), .text(T.transcriptLead(language))),
                .div(.class("field"),
                     .label(.for("f-transcript"), .text(T.transcriptFile(language))),
                     .input(.type(.file), .id("f-transcript"), .name("file"), .attribute(named: "accept", value: ".vtt,.srt,.txt,.docx,text/vtt,text/plain"))),
                .div(.class("check"),
                     .input(.type(.checkbox), .id("f-keep"), .name("keep")),
                     .label(.for("f-keep"), .text(T.keepText(language)))),
                Forms.submit(T.analyse(language))) : .empty
        )
    }

    static func scoresSection(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        return .section(
            .h2(.text(T.valueScores(language))),
            model.scores.isEmpty ? .empty : .ul(.forEach(model.scores) { score in
                .li(.strong(.text("\(score.value): \(score.score)/5")), .text(" · " + score.behaviour))
            }),
            model.open && !model.values.isEmpty ? .form(
                .class("stack"), .action("/conversations/\(model.id)/scores"), .method(.post), Forms.csrf(viewer),
                Forms.select(T.coreValues(language), name: "value", options: model.values.map { ($0.id.uuidString, $0.name) },
                             selected: value(model, "value"), errors: model.errors),
                .details(.summary(.text(T.behaviourHelp(language))),
                         .group(model.values.map { value in
                             .div(.strong(.text(value.name)), .ul(.forEach(value.behaviours) { .li(.text($0)) }))
                         })),
                Forms.select(T.score(language), name: "score", options: [("", "–")] + (1...5).map { ("\($0)", "\($0)") },
                             selected: value(model, "score"), errors: model.errors),
                Forms.textArea(T.behaviourYouSaw(language), name: "behaviour", value: value(model, "behaviour"), errors: model.errors, rows: 3, required: true),
                Forms.submit(T.addScore(language))) : .empty
        )
    }

    static func observationsSection(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        return .section(
            .h2(.text(T.attitude(language))),
            model.observations.isEmpty ? .empty : .ul(.forEach(model.observations) { observation in
                .li(.strong(.text(observation.pattern)), .text(" · \(T.attitudeEffect(observation.effect)(language))" + (observation.note.isEmpty ? "" : " · \(observation.note)")))
            }),
            model.open ? .form(
                .class("stack"), .action("/conversations/\(model.id)/observations"), .method(.post), Forms.csrf(viewer),
                Forms.select(T.pattern(language), name: "pattern", options: model.patterns.map { ($0.key, $0.name) },
                             selected: value(model, "pattern"), errors: model.errors),
                Forms.select(T.effect(language), name: "effect", options: AttitudeEffect.allCases.map { ($0.rawValue, T.attitudeEffect($0)(language)) },
                             selected: value(model, "effect"), errors: model.errors),
                Forms.textArea(T.note(language), name: "observationNote", value: value(model, "observationNote"), errors: model.errors, rows: 2),
                Forms.submit(T.addObservation(language))) : .empty
        )
    }
}

enum NewConversationPage {
    struct Model {
        var pairID: UUID
        var role: PairRole
        var values: [String: String]
        var errors: FieldErrors
    }

    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        return Layout.page(viewer, title: T.planConversation(language), content: [
            .h1(.text(T.planConversation(language))),
            Forms.errorSummary(model.errors, language),
            .form(.class("stack"), .action("/mentorships/\(model.pairID)/conversations"), .method(.post), Forms.csrf(viewer),
                  Forms.select(T.status(language), name: "status", options: [("planned", T.statusPlanned(language)), ("held", T.statusHeld(language))],
                               selected: model.values["status"] ?? "planned", errors: model.errors),
                  Forms.text(T.date(language), name: "date", value: model.values["date"] ?? "", type: .date, errors: model.errors, required: true),
                  Forms.text(T.time(language), name: "time", value: model.values["time"] ?? "", type: .time, errors: model.errors, required: true),
                  Forms.text(T.durationMinutes(language), name: "durationMinutes", value: model.values["durationMinutes"] ?? "60", type: .number, errors: model.errors),
                  Forms.text(T.placeOrLink(language), name: "place", value: model.values["place"] ?? "", errors: model.errors),
                  model.role == .mentor
                    ? Forms.select(T.initiative(language), name: "initiative", options: PairSide.allCases.map { ($0.rawValue, T.side($0)(language)) },
                                   selected: model.values["initiative"] ?? "mentor", errors: model.errors, hint: T.initiativeHint(language))
                    : .empty,
                  .div(.class("form-actions"),
                       .button(.type(.submit), .class("button"), .text(T.save(language))),
                       .a(.href("/mentorships/\(model.pairID)"), .text(T.cancel(language))))),
        ])
    }
}
