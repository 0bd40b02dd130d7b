import Plot
import Foundation
import MentorCore

/// The transcript's section on what the mentor and the mentee each did with the talk: one
/// table, a column per side, a group of rows per kind of figure with a line on what it means.
/// Both of the pair see it; a figure the file could not show reads "not measurable".
extension ConversationPage {
    static func talkSection(_ talk: Talk, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let formats = viewer.formats
        let count = { (value: Int) in formats.number(Double(value), fractionDigits: 0) }
        let seconds = { (value: Double?) in value.map { formats.number($0) } ?? T.notMeasurable(language) }
        let words = { (value: Double?) in value.map { formats.number($0) } ?? T.notMeasurable(language) }
        let share = { (value: Double?) in value.map(formats.percent) ?? T.notMeasurable(language) }
        let perHundred = { (value: Double) in formats.number(value) }
        var groups: [TalkGroup] = [
            TalkGroup(title: T.talkQuestions(language), hint: T.talkQuestionsHint(language), rows: [
                TalkRow(T.openQuestions(language), talk) { count($0.openQuestions) },
                TalkRow(T.closedQuestions(language), talk) { count($0.closedQuestions) },
                TalkRow(T.stackedQuestions(language), talk) { count($0.stackedQuestions) },
                TalkRow(T.selfAnsweredQuestions(language), talk) { count($0.selfAnsweredQuestions) },
            ]),
            TalkGroup(title: T.talkReflections(language), hint: T.talkReflectionsHint(language), rows: [
                TalkRow(T.reflections(language), talk) { count($0.reflections) },
            ]),
            TalkGroup(title: T.talkTelling(language), hint: T.talkTellingHint(language), rows: [
                TalkRow(T.advice(language), talk) { count($0.advice) },
                TalkRow(T.adviceWithPermission(language), talk, indented: true) { count($0.adviceWithPermission) },
                TalkRow(T.information(language), talk) { count($0.information) },
                TalkRow(T.ownStories(language), talk) { count($0.stories) },
                TalkRow(T.backchannels(language), talk) { count($0.backchannels) },
            ]),
            TalkGroup(title: T.talkTiming(language), hint: T.talkTimingHint(language), rows: [
                TalkRow(T.waitTimeMedian(language), talk) { seconds($0.waitMedianSeconds) },
                TalkRow(T.waitTimeLong(language), talk) { share($0.waitAtLeast3sShare) },
                TalkRow(T.patience(language), talk) { seconds($0.patienceSeconds) },
                TalkRow(T.interruptions(language), talk) { $0.interruptions.map(count) ?? T.notMeasurable(language) },
                TalkRow(T.answerAfterOpen(language), talk) { words($0.answerWordsAfterOpen) },
                TalkRow(T.answerAfterClosed(language), talk) { words($0.answerWordsAfterClosed) },
                TalkRow(T.longestStretch(language), talk) { seconds($0.longestStretchSeconds) },
            ]),
            TalkGroup(title: T.talkSignals(language), hint: T.talkSignalsHint(language), rows: [
                TalkRow(T.hedges(language), talk) { perHundred($0.hedges) },
                TalkRow(T.certainty(language), talk) { perHundred($0.certainty) },
                TalkRow(T.commitments(language), talk) { perHundred($0.commitments) },
                TalkRow(T.ownView(language), talk) { perHundred($0.ownView) },
            ]),
        ]
        groups.append(TalkGroup(title: T.talkThirds(language), hint: T.talkThirdsHint(language), rows: talk.thirds.isEmpty
            ? [TalkRow(label: T.talkThirds(language), mentor: T.notMeasurable(language), mentee: T.notMeasurable(language))]
            : talk.thirds.enumerated().map { index, third in
                TalkRow(label: T.third(index)(language), mentor: formats.percent(third.mentor), mentee: formats.percent(third.mentee))
            }))
        return .div(
            .class("talk-moves"), .id("talk-moves"),
            .h3(.text(T.talkMovesTitle(language))),
            .p(.class("hint"), .text(T.talkMovesLead(language))),
            .div(.class("table-wrap"), .attribute(named: "tabindex", value: "0"), .attribute(named: "role", value: "region"),
                 .ariaLabel(T.talkMovesTableLabel(language)),
                 .table(
                    .thead(.tr(
                        .th(.attribute(named: "scope", value: "col"), .text(T.talkFigure(language))),
                        .th(.attribute(named: "scope", value: "col"), .text(talk.mentor.name),
                            .span(.class("talk-moves__role"), .text(T.mentor(language)))),
                        .th(.attribute(named: "scope", value: "col"), .text(talk.mentee.name),
                            .span(.class("talk-moves__role"), .text(T.mentee(language)))))),
                    .group(groups.map { group in
                        .tbody(
                            .tr(.th(.attribute(named: "scope", value: "rowgroup"), .attribute(named: "colspan", value: "3"),
                                    .text(group.title), .span(.class("hint"), .text(group.hint)))),
                            .forEach(group.rows) { row in
                                .tr(.th(.attribute(named: "scope", value: "row"), row.indented ? .attribute(named: "class", value: "talk-moves__sub") : .empty, .text(row.label)),
                                    .td(.text(row.mentor)), .td(.text(row.mentee)))
                            })
                    }))),
            .p(.class("hint"), .text(T.notMeasurableNote(language))))
    }

    /// A group of rows under its title and the line that explains it.
    struct TalkGroup {
        var title: String
        var hint: String
        var rows: [TalkRow]
    }

    /// One figure for both sides, already written out.
    struct TalkRow {
        var label: String
        var mentor: String
        var mentee: String
        var indented = false

        init(label: String, mentor: String, mentee: String, indented: Bool = false) {
            self.label = label
            self.mentor = mentor
            self.mentee = mentee
            self.indented = indented
        }

        init(_ label: String, _ talk: Talk, indented: Bool = false, _ value: (TalkSide) -> String) {
            self.init(label: label, mentor: value(talk.mentor), mentee: value(talk.mentee), indented: indented)
        }
    }
}
