import Plot
import Foundation
import MentorCore

/// The sections of the conversation page that hold the mentor's own observations.
extension ConversationPage {
    static func evidenceSection(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let draft = model.draft.evidence
        return .section(
            .h2(.text(T.goalEvidence(language))),
            savedMessage(model, .evidence),
            model.isMentor ? .p(.class("hint"), .text(T.mentorOnlySection(language))) : .empty,
            model.evidence.isEmpty ? .empty : .ul(.forEach(model.evidence) { item in
                .li(.strong(.text(item.goal + ": ")), .text(item.text),
                    model.isMentor && model.open ? correctionLinks(edit: .evidenceEdit(item.id), delete: .evidenceDelete(item.id), language: language) : .empty)
            }),
            !model.isMentor || !model.open ? .empty :
                model.goals.isEmpty ? .p(.class("muted"), .text(T.noGoalsToEvidence(language))) :
                .form(.class("stack"), .action(SiteURL.conversationEvidence(model.id).path), .method(.post), Forms.csrf(viewer),
                      Forms.select(T.goal(language), name: "goal", options: model.goals.map { ($0.id.uuidString, $0.title) },
                                   selected: draft?.goal ?? "", errors: model.errors),
                      Forms.textArea(T.whatYouSaw(language), name: "evidenceText", value: draft?.evidenceText ?? "", errors: model.errors, rows: 3),
                      Forms.submit(T.addEvidence(language)))
        )
    }

    static func scoresSection(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let draft = model.draft.score
        return .section(
            .h2(.text(T.valueScores(language))),
            savedMessage(model, .scores),
            model.scores.isEmpty ? .empty : .ul(.forEach(model.scores) { score in
                .li(.strong(.text("\(score.value): \(score.score)/5")), .text(" · " + score.behaviour),
                    model.open ? correctionLinks(edit: .scoreEdit(score.id), delete: .scoreDelete(score.id), language: language) : .empty)
            }),
            model.open && !model.values.isEmpty ? .form(
                .class("stack"), .action(SiteURL.conversationScores(model.id).path), .method(.post), Forms.csrf(viewer),
                Forms.select(T.coreValues(language), name: "value", options: model.values.map { ($0.id.uuidString, $0.name) },
                             selected: draft?.value ?? "", errors: model.errors),
                .details(.summary(.text(T.behaviourHelp(language))),
                         .group(model.values.map { value in
                             .div(.strong(.text(value.name)), .ul(.forEach(value.behaviours) { .li(.text($0)) }))
                         })),
                Forms.select(T.score(language), name: "score", options: [("", "–")] + (1...5).map { ("\($0)", "\($0)") },
                             selected: draft?.score ?? "", errors: model.errors),
                Forms.textArea(T.behaviourYouSaw(language), name: "behaviour", value: draft?.behaviour ?? "", errors: model.errors, rows: 3, required: true),
                Forms.submit(T.addScore(language))) : .empty
        )
    }

    static func observationsSection(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let draft = model.draft.observation
        return .section(
            .h2(.text(T.attitude(language))),
            savedMessage(model, .observations),
            model.observations.isEmpty ? .empty : .ul(.forEach(model.observations) { observation in
                .li(.strong(.text(observation.pattern)),
                    .text(" · \(T.attitudeEffect(observation.effect)(language))" + (observation.note.isEmpty ? "" : " · \(observation.note)")),
                    model.open ? correctionLinks(edit: .observationEdit(observation.id), delete: .observationDelete(observation.id), language: language) : .empty)
            }),
            model.open ? .form(
                .class("stack"), .action(SiteURL.conversationObservations(model.id).path), .method(.post), Forms.csrf(viewer),
                Forms.select(T.pattern(language), name: "pattern", options: model.patterns.map { ($0.key, $0.name) },
                             selected: draft?.pattern ?? "", errors: model.errors),
                Forms.select(T.effect(language), name: "effect", options: AttitudeEffect.allCases.map { ($0.rawValue, T.attitudeEffect($0)(language)) },
                             selected: draft?.effect ?? "", errors: model.errors),
                Forms.textArea(T.note(language), name: "observationNote", value: draft?.observationNote ?? "", errors: model.errors, rows: 2),
                Forms.submit(T.addObservation(language))) : .empty
        )
    }

    static func transcriptSection(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let formats = viewer.formats
        return .section(
            .id("transcript"),
            .h2(.text(T.transcript(language))),
            model.estimateFirst ? estimateFirstForm(model, viewer: viewer) : .unwrap(model.transcript) { transcript in
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
                    .unwrap(transcript.talk) { talkSection($0, viewer: viewer) },
                    model.open ? .form(.class("stack"), .action(SiteURL.transcriptMapping(conversation: model.id).path), .method(.post), Forms.csrf(viewer),
                                       Forms.select(T.mentorIs(language), name: "mentorSpeaker", options: transcript.speakers.map { ($0.name, $0.name) },
                                                    selected: transcript.mentorSpeaker, errors: [:]),
                                       Forms.select(T.menteeIs(language), name: "menteeSpeaker", options: transcript.speakers.map { ($0.name, $0.name) },
                                                    selected: transcript.menteeSpeaker, errors: [:]),
                                       Forms.submit(T.save(language))) : .empty,
                    .unwrap(transcript.rawText) { text in
                        .details(.summary(.text(T.keptText(language))), .pre(.class("sample"), .text(text)),
                                 .form(.action(SiteURL.transcriptDeleteText(conversation: model.id).path), .method(.post), Forms.csrf(viewer),
                                       .button(.type(.submit), .class("button button--secondary"), .text(T.deleteText(language)))))
                    },
                    .form(.action(SiteURL.transcriptDelete(conversation: model.id).path), .method(.post), Forms.csrf(viewer),
                          .button(.type(.submit), .class("link-button"), .text(T.deleteTranscript(language)))))
            },
            model.open ? .form(
                .class("stack"), .action(SiteURL.transcript(conversation: model.id).path), .method(.post), .enctype(.multipartData),
                Forms.csrf(viewer),
                .p(.class("hint"), .text(T.transcriptLead(language))),
                .div(.class("field"),
                     .label(.for("f-transcript"), .text(T.transcriptFile(language))),
                     .input(.type(.file), .id("f-transcript"), .name("file"), .attribute(named: "accept", value: ".vtt,.srt,.txt,.docx,text/vtt,text/plain"))),
                .div(.class("check"),
                     .input(.type(.checkbox), .id("f-keep"), .name("keep")),
                     .label(.for("f-keep"), .text(T.keepText(language)))),
                uploadEstimateField(model, viewer: viewer),
                Forms.submit(T.analyse(language))) : .empty
        )
    }
}
