import Plot
import Foundation
import MentorCore

/// Issue 14, items 5-7 on the mirror pages: the chosen focus against the mentor's usual, the
/// agreement against what happened, and who names the learning goal.
extension MirrorParts {
    /// A per-conversation figure of `focus`: points outside the band for the talk share, else a percentage.
    static func focusValue(_ value: Double, _ focus: Focus, _ formats: Formats) -> String {
        focus == .talkShareInBand ? formats.number(value * 100, fractionDigits: 1) : formats.percent(value)
    }

    /// The focus block; without a focus, a pointer to the reflections where one is chosen.
    /// `mentees` is given on the overview: over how many mentees' conversations it was measured.
    static func focus(_ figure: FocusFigure?, mentees: Int? = nil, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let formats = viewer.formats
        guard let figure else {
            return .section(.class("mirror-section"), .id("focus"),
                            .h2(.text(T.focusTitle(language))),
                            .p(.class("muted"), .a(.href(SiteURL.reflections.path), .text(T.focusChooseInReflection(language)))))
        }
        let value = { (number: Double) in focusValue(number, figure.focus, formats) }
        let row = { (label: String, spread: FocusSpread?) -> [String] in
            guard let spread else { return [label, "0", "–", "–"] }
            return [label, "\(spread.conversations)", value(spread.median), value(spread.lowerQuartile) + " – " + value(spread.upperQuartile)]
        }
        return .section(
            .class("mirror-section"), .id("focus"),
            .h2(.text(T.focusTitle(language))),
            .p(.strong(.text(T.focusSince(T.focusName(figure.focus)(language), formats.date(figure.since))(language)))),
            .unwrap(mentees) { .p(.class("muted"), .text(T.focusOverviewMentees($0)(language))) },
            .p(.class(figure.verdict == .worse ? "flash flash--warn" : "focus-verdict"), .text(T.focusVerdict(figure.verdict)(language))),
            .p(.class("muted"), .text(T.focusMeasure(figure.focus)(language))),
            .div(.class("table-wrap"), .scrollRegion(T.focusTitle(language)), .table(
                .thead(.tr(.th(.text(T.focusWhen(language))), .th(.text(T.focusCount(language))), .th(.text(T.focusMedian(language))),
                           .th(.text(T.focusMiddleHalf(language))))),
                .tbody(.forEach([row(T.focusEarlier(language), figure.before), row(T.focusLater(language), figure.after)]) { cells in
                    .tr(.th(.attribute(named: "scope", value: "row"), .text(cells[0])), .forEach(cells.dropFirst()) { .td(.text($0)) })
                }))),
            .p(.class("hint"), .text(T.focusHow(language))))
    }

    /// The agreed frequency, planner and preparation against the records (question 2).
    static func agreementPractice(_ figure: AgreementPracticeFigure, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        var lines: [(String, Bool?)] = []
        if let frequency = figure.frequency { lines.append((T.practiceFrequency(frequency, formats: viewer.formats)(language), frequency.kept)) }
        if let planning = figure.planning { lines.append((T.practicePlanning(planning)(language), planning.kept)) }
        if let preparation = figure.preparation { lines.append((T.practicePreparation(preparation)(language), preparation.kept)) }
        return .div(
            .class("mirror-block"), .id("agreement-practice"),
            .h3(.text(T.practiceTitle(language))),
            lines.isEmpty ? .p(.class("muted"), .text(T.practiceNothing(language))) :
            .ul(.class("agreement-practice"), .forEach(lines) { line, kept in
                .li(.text(line + " "), .span(.class(kept == false ? "badge badge--warn" : "badge"), .text(T.practiceKept(kept)(language))))
            }))
    }

    /// Who names each open goal, from the counted transcripts (question 4).
    static func goalMentions(_ figure: GoalMentionsFigure, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let counted = figure.goals.filter { $0.transcripts > 0 }
        return .div(
            .class("mirror-block"), .id("goal-mentions"),
            .h3(.text(T.mentionsTitle(language))),
            .p(.class("hint"), .text(T.mentionsLead(language))),
            counted.isEmpty ? .p(.class("muted"), .text(T.mentionsNone(language))) :
            .div(.class("table-wrap"), .scrollRegion(T.mentionsTitle(language)), .table(
                .thead(.tr(.th(.text(T.goal(language))), .th(.text(T.mentionsMentor(language))), .th(.text(T.mentionsMentee(language))),
                           .th(.text(T.mentionsTranscripts(language))), .th(.text(T.mentionsNamedByHeading(language))))),
                .tbody(.forEach(counted) { goal in
                    .tr(.td(.a(.href(SiteURL.goal(goal.goalID).path), .text(goal.title))), .td(.text("\(goal.mentor)")),
                        .td(.text("\(goal.mentee)")), .td(.text("\(goal.transcripts)")),
                        .td(.text(T.mentionsNamedBy(goal.namedBy)(language))))
                }))))
    }

    /// The overview's sums: how many agreements depart from their records, and the goal mentions of all pairs.
    static func practiceAndMentions(_ mirrors: [Mirror], viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let told = mirrors.filter { !$0.agreementPractice.isEmpty }
        let departing = told.filter { $0.agreementPractice.departs }.count
        let mentor = mirrors.reduce(0) { $0 + $1.goalMentions.mentor }
        let mentee = mirrors.reduce(0) { $0 + $1.goalMentions.mentee }
        let counted = mirrors.contains { $0.goalMentions.goals.contains { $0.transcripts > 0 } }
        return .group(
            told.isEmpty ? .empty : .div(.class("mirror-block"), .id("agreement-practice"),
                                         .h3(.text(T.practiceTitle(language))),
                                         .p(.text(T.practiceOverview(departing, of: told.count)(language)))),
            counted ? .div(.class("mirror-block"), .id("goal-mentions"),
                           .h3(.text(T.mentionsTitle(language))),
                           .p(.text(T.mentionsOverview(mentor: mentor, mentee: mentee)(language)))) : .empty)
    }
}
