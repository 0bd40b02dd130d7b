import Plot
import Foundation
import MentorCore

extension MirrorPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let mirror = model.mirror
        return Layout.page(viewer, title: T.mirrorOf(mirror.menteeName)(language), content: [
            .p(.class("no-print"), .a(.href(SiteURL.mirror.path), .text("← " + T.mirror(language))), .text(" · "),
               .a(.href(SiteURL.pair(mirror.pairID).path), .text(T.pairsTitle(language)))),
            .h1(.text(T.mirrorOf(mirror.menteeName)(language))),
            MirrorParts.periodLine(model.period, viewer),
            MirrorParts.periodForm(action: .pairMirror(mirror.pairID), period: model.period, viewer: viewer),
            MirrorParts.standsOut(mirror.standsOut, viewer: viewer) { "#" + $0.section.rawValue },
            MirrorParts.focus(mirror.focus, viewer: viewer),
            question1(model, viewer: viewer),
            question2(model, viewer: viewer),
            question3(model, viewer: viewer),
            question4(model, viewer: viewer),
            attitude(model, viewer: viewer),
        ])
    }

    static func prompt(_ text: Text, _ language: Language) -> Node<HTML.BodyContext> {
        .p(.class("prompt"), .text(text(language)))
    }

    static func table(_ caption: String, headers: [String], rows: [[String]]) -> Node<HTML.BodyContext> {
        ChartFigure.table(.init(caption: caption, headers: headers, rows: rows))
    }

    static func question1(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let formats = viewer.formats
        let mirror = model.mirror
        let initiative = mirror.conversationInitiative
        let talk = mirror.talkShare
        return .section(
            .class("mirror-section"), .id("question-1"),
            .h2(.text(T.question1(language))),
            .div(.class("mirror-figures"),
                 MirrorParts.figure(T.conversationInitiativeLabel(language), MirrorParts.share(initiative.menteeShare, viewer), basis: MirrorParts.basis(initiative, viewer)),
                 MirrorParts.figure(T.agendaInitiativeLabel(language), MirrorParts.share(mirror.agendaInitiative.menteeShare, viewer),
                                    basis: "\(mirror.agendaInitiative.menteeItems) / \(mirror.agendaInitiative.items)"),
                 MirrorParts.figure(T.beforehandLabel(language), MirrorParts.share(mirror.agendaInitiative.beforehandShare, viewer)),
                 MirrorParts.figure(T.talkShareLabel(language), talk.mean.map { formats.percent($0) } ?? T.tooLittleData(language),
                                    basis: [talk.position.map { T.talkPosition($0)(language) },
                                            T.talkBand(formats.percent(talk.bandLow), formats.percent(talk.bandHigh))(language),
                                            T.talkSources(measured: talk.measuredConversations, estimated: talk.estimatedConversations)(language)]
                                        .compactMap { $0 }.joined(separator: "; ")),
                 .unwrap(talk.openQuestions) { open in
                     MirrorParts.figure(T.questionsAsked(language), T.questionsFigure(open: open, closed: talk.closedQuestions ?? 0)(language))
                 },
                 .unwrap(talk.longestMonologueSeconds) { seconds in
                     MirrorParts.figure(T.longestMonologue(language), "\(Int(seconds / 60)):\(String(format: "%02d", Int(seconds) % 60))")
                 }),
            .unwrap(model.mentorMoves) { moves in
                .p(.class("hint"), .text(T.mentorMovesInPeriod(moves, formats)(language)))
            },
            MirrorParts.sending(mirror.sending, id: "balance", viewer: viewer),
            MirrorParts.initiative(mirror.initiative, viewer: viewer),
            MirrorParts.calibration(mirror.calibration, viewer: viewer),
            MirrorParts.menteeView(mirror.menteeView, viewer: viewer),
            initiativeChart(initiative, viewer: viewer),
            talkChart(talk, viewer: viewer),
            .p(.class("no-print"), .forEach(initiative.series.suffix(6)) { point in
                .a(.class("record-link"), .href(SiteURL.conversation(point.conversationID).path), .text(formats.date(point.date)))
            }),
            prompt(T.prompt1, language)
        )
    }

    static func question2(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let formats = viewer.formats
        let agreement = model.mirror.agreement
        return .section(
            .class("mirror-section"), .id("question-2"),
            .h2(.text(T.question2(language))),
            .div(.class("mirror-figures"),
                 MirrorParts.figure(T.agreement(language), T.agreementStatus(agreement.state)(language),
                                    basis: [agreement.discussedOn.map { "\(T.discussedOutLoudOn(language)) \(formats.date($0))" },
                                            agreement.ageDays.map { T.agreementAge($0)(language) }].compactMap { $0 }.joined(separator: "; "))),
            agreement.reviewDue ? .div(.class("flash flash--warn"),
                                       .strong(.text(T.reviewDue(language) + ". ")),
                                       .text(agreement.situationChangedSince ? T.reviewDueChanged(language)
                                             : agreement.practiceDeparts ? T.reviewDuePractice(language) : T.reviewDueStale(language))) : .empty,
            MirrorParts.agreementPractice(model.mirror.agreementPractice, viewer: viewer),
            .p(.class("no-print"), .a(.href(SiteURL.agreement(model.mirror.pairID).path), .text(T.agreement(language) + " →"))),
            prompt(T.prompt2, language)
        )
    }

    static func question3(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let formats = viewer.formats
        let values = model.mirror.coreValues
        return .section(
            .class("mirror-section"), .id("question-3"),
            .h2(.text(T.question3(language))),
            values.values.isEmpty ? .p(.class("muted"), .text(T.tooLittleData(language))) : .group(
                .div(.class("table-wrap"), .table(
                    .thead(.tr(.th(.text(T.coreValues(language))), .th(.text(T.latestScore(language))), .th(.text(T.previousScore(language))),
                               .th(.text(T.trend(language))), .th(.text(T.scoresWithBehaviour(language))), .th(.text(T.lastScored(language))))),
                    .tbody(.forEach(values.values) { value in
                        .tr(.td(.text(value.name)), .td(.text("\(value.latest)")), .td(.text(value.previous.map(String.init) ?? "–")),
                            .td(.text(T.trendName(value.trend)(language))), .td(.text("\(value.withBehaviour) / \(value.scores)")),
                            .td(.unwrap(value.series.last) { last in
                                .a(.href(SiteURL.conversation(last.conversationID).path), .text(formats.date(value.lastScoredOn)))
                            }))
                    }))),
                valuesChart(values, viewer: viewer)),
            values.neverScored.isEmpty ? .empty : .p(.strong(.text(T.neverScoredLabel(language) + ": ")), .text(values.neverScored.joined(separator: ", "))),
            prompt(T.prompt3, language)
        )
    }

    static func question4(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let formats = viewer.formats
        let directedness = model.mirror.goalDirectedness
        return .section(
            .class("mirror-section"), .id("question-4"),
            .h2(.text(T.question4(language))),
            model.mirror.learningGoals.isEmpty ? .p(.class("muted"), .text(T.noGoalsYetForMentor(language))) :
            .div(.class("table-wrap"), .table(
                .thead(.tr(.th(.text(T.goal(language))), .th(.text(T.theme(language))), .th(.text(T.status(language))),
                           .th(.text(T.evidenceCount(language))), .th(.text(T.lastSeen(language))), .th(.text(T.conversationsSince(language))))),
                .tbody(.forEach(model.mirror.learningGoals) { goal in
                    .tr(.td(.a(.href(SiteURL.goal(goal.goalID).path), .text(goal.title))), .td(.text(goal.theme.flatMap { model.themeNames[$0] } ?? "–")),
                        .td(.text(T.goalStatus(goal.status)(language))), .td(.text("\(goal.evidenceCount)")),
                        .td(.text(goal.lastEvidenceOn.map(formats.date) ?? T.never(language))), .td(.text("\(goal.conversationsSinceEvidence)")))
                }))),
            .h3(.text(T.goalDirectednessLabel(language))),
            .div(.class("mirror-figures"),
                 MirrorParts.figure(T.preparedLabel(language), MirrorParts.share(directedness.preparedShare, viewer),
                                    basis: "\(directedness.heldConversations)"),
                 MirrorParts.figure(T.onTimeLabel(language), MirrorParts.share(directedness.actionsOnTimeShare, viewer), basis: "\(directedness.actionsDue)"),
                 MirrorParts.figure(T.carriedTwiceLabel(language), "\(directedness.actionsCarriedTwice)")),
            directedness.workOrganisationPattern ? .div(.class("flash flash--warn"), .text(T.workOrganisationPattern(language))) : .empty,
            MirrorParts.goalMentions(model.mirror.goalMentions, viewer: viewer),
            prompt(T.prompt4, language)
        )
    }

    static func attitude(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let formats = viewer.formats
        let figure = model.mirror.attitude
        return .section(
            .class("mirror-section"),
            .h2(.text(T.attitudeTitle(language))),
            figure.patterns.isEmpty ? .p(.class("muted"), .text(T.noObservations(language))) :
            .div(.class("cards"), .forEach(figure.patterns) { pattern in
                .div(.class("card"),
                     .h3(.text(model.patternNames[pattern.pattern] ?? pattern.pattern)),
                     .p(.class("muted"), .text("\(T.seenCounts(helps: pattern.helps, hinders: pattern.hinders)(language)); \(T.lastSeen(language).lowercased()) \(formats.date(pattern.lastSeenOn))")),
                     .unwrap(pattern.approach) { .p(.span(.class("badge"), .text(T.approachName($0)(language)))) },
                     .unwrap(model.guidance[pattern.pattern]) { .p(.text($0)) })
            })
        )
    }
}
