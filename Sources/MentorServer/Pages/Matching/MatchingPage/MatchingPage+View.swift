import Plot
import Foundation
import MentorCore

extension MatchingPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let formats = viewer.formats
        let programmeID = model.programmeID
        return Layout.page(viewer, title: T.matchingFor(model.programmeName)(language), flash: model.flash, content: [
            .h1(.text(T.matchingFor(model.programmeName)(language))),
            .p(.class("lead"), .text(T.matchingLead(language))),
            model.nothingToMatch ? .p(.class("empty-state"), .text(T.nothingToMatch(language))) : .group(
                .div(.class("flash"),
                     .p(.text(T.greedyComparison(optimum: model.pairs.count, greedy: model.greedyMatched,
                                                 optimumTotal: formats.number(model.totalScore, fractionDigits: 2),
                                                 greedyTotal: formats.number(model.greedyTotalScore, fractionDigits: 2))(language))),
                     model.placedOnlyByOptimum > 0 ? .p(.strong(.text(T.greedyMisses(model.placedOnlyByOptimum)(language)))) : .empty),
                .h2(.text(T.proposedPairs(language))),
                .div(.class("table-wrap"), .table(
                    .thead(.tr(.th(.text(T.mentee(language))), .th(.text(T.mentor(language))), .th(.text(T.scoreLabel(language))),
                               .th(.text(T.why(language))), .th(.text(T.actions(language))))),
                    .tbody(.forEach(model.pairs) { pair in
                        .tr(.td(.text(pair.menteeName)), .td(.text(pair.mentorName), pair.locked ? .span(.class("badge"), .text(" " + T.locked(language))) : .empty),
                            .td(.text(formats.number(pair.score, fractionDigits: 2))),
                            .td(.text(pair.why)),
                            .td(.div(.class("row-actions"),
                                     markButton(programmeID, pair.menteeID, pair.mentorID, action: pair.locked ? .clear : .lock,
                                                label: pair.locked ? T.unlock(language) : T.lock(language), viewer: viewer),
                                     pair.locked ? .empty : markButton(programmeID, pair.menteeID, pair.mentorID, action: .exclude, label: T.exclude(language), viewer: viewer))))
                    }))),
                model.unmatched.isEmpty ? .empty : .group(
                    .h2(.text(T.unmatchedMentees(language))),
                    .ul(.forEach(model.unmatched) { item in
                        .li(.strong(.text(item.menteeName + ": ")), .text(item.reason))
                    })),
                model.excluded.isEmpty ? .empty : .group(
                    .h2(.text(T.excludedPairs(language))),
                    .ul(.forEach(model.excluded) { mark in
                        .li(.text("\(mark.menteeName) – \(mark.mentorName)"),
                            markButton(programmeID, mark.menteeID, mark.mentorID, action: .clear, label: T.allowAgain(language), viewer: viewer))
                    })),
                model.pairs.isEmpty ? .empty :
                    .form(.action(SiteURL.matchingPublish(programme: programmeID).path), .method(.post), Forms.csrf(viewer),
                          .button(.type(.submit), .class("button"), .text(T.publish(language))))),
            roundsSection(model, viewer: viewer),
        ])
    }

    /// The rounds published before, each with its undo (behind a confirmation) while nobody accepted.
    static func roundsSection(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let formats = viewer.formats
        guard !model.rounds.isEmpty else { return .empty }
        return .section(
            .h2(.text(T.publishedRounds(language))),
            .ul(.class("list-plain"), .forEach(model.rounds) { round in
                .li(.p(.text(T.roundSummary(date: formats.dateTime(round.publishedAt), pairs: round.pairCount, accepted: round.accepted,
                                            started: round.started, closed: round.closed)(language)),
                       .unwrap(round.undoneAt) { .text(" " + T.roundUndoneOn(formats.dateTime($0))(language)) }),
                    .if(round.canUndo, .details(
                        .summary(.text(T.undoRound(language))),
                        .form(.class("stack"), .action(SiteURL.matchingUndo(programme: model.programmeID).path), .method(.post), Forms.csrf(viewer),
                              .input(.type(.hidden), .name("round"), .value(round.id.uuidString)),
                              .p(.text(T.undoRoundConfirm(language))),
                              .button(.type(.submit), .class("button button--secondary"), .text(T.undoRoundYes(language)))))))
            }))
    }

    static func markButton(_ programmeID: UUID, _ mentee: String, _ mentor: String, action: MarkAction, label: String, viewer: Viewer) -> Node<HTML.BodyContext> {
        .form(.class("inline-form"), .action(SiteURL.matchingMark(programme: programmeID).path), .method(.post), Forms.csrf(viewer),
              .input(.type(.hidden), .name("mentee"), .value(mentee)),
              .input(.type(.hidden), .name("mentor"), .value(mentor)),
              .input(.type(.hidden), .name("action"), .value(action.rawValue)),
              .button(.type(.submit), .class("link-button"), .text(label)))
    }
}
