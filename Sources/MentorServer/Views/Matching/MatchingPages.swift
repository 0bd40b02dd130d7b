import Plot
import Foundation
import MentorCore
import Matching

/// The coordinator's review of a matching round.
enum MatchingPage {
    static func render(_ round: MatchingController.Round, viewer: Viewer, flash: String?) -> HTML {
        let language = viewer.language
        let formats = viewer.formats
        let proposal = round.proposal
        func name(_ id: String) -> String { UUID(uuidString: id).flatMap { round.people[$0]?.name } ?? id }
        let programmeID = round.programme.id!
        let excluded = round.marks.filter { $0.mark == .excluded }
        let optimumMatched = proposal.pairs.count
        return Layout.page(viewer, title: T.matchingFor(round.programme.name)(language), flash: flash, content: [
            .h1(.text(T.matchingFor(round.programme.name)(language))),
            .p(.class("lead"), .text(T.matchingLead(language))),
            round.mentees.isEmpty && proposal.pairs.isEmpty ? .p(.class("empty-state"), .text(T.nothingToMatch(language))) : .group(
                .div(.class("flash"),
                     .p(.text(T.greedyComparison(optimum: optimumMatched, greedy: proposal.greedyMatched,
                                                 optimumTotal: formats.number(proposal.totalScore, fractionDigits: 2),
                                                 greedyTotal: formats.number(proposal.greedyTotalScore, fractionDigits: 2))(language))),
                     proposal.placedOnlyByOptimum > 0 ? .p(.strong(.text(T.greedyMisses(proposal.placedOnlyByOptimum)(language)))) : .empty),
                .h2(.text(T.proposedPairs(language))),
                .div(.class("table-wrap"), .table(
                    .thead(.tr(.th(.text(T.mentee(language))), .th(.text(T.mentor(language))), .th(.text(T.scoreLabel(language))),
                               .th(.text(T.why(language))), .th(.text(T.actions(language))))),
                    .tbody(.forEach(proposal.pairs) { pair in
                        .tr(.td(.text(name(pair.mentee))), .td(.text(name(pair.mentor)), pair.locked ? .span(.class("badge"), .text(" " + T.locked(language))) : .empty),
                            .td(.text(formats.number(pair.score, fractionDigits: 2))),
                            .td(.text(MatchExplanation.words(pair.parts, language: language))),
                            .td(.div(.class("row-actions"),
                                     markButton(programmeID, pair.mentee, pair.mentor, action: pair.locked ? "clear" : "lock",
                                                label: pair.locked ? T.unlock(language) : T.lock(language), viewer: viewer),
                                     pair.locked ? .empty : markButton(programmeID, pair.mentee, pair.mentor, action: "exclude", label: T.exclude(language), viewer: viewer))))
                    }))),
                proposal.unmatched.isEmpty ? .empty : .group(
                    .h2(.text(T.unmatchedMentees(language))),
                    .ul(.forEach(proposal.unmatched) { item in
                        .li(.strong(.text(name(item.mentee) + ": ")), .text(MatchExplanation.unmatched(item.reason, language: language)))
                    })),
                excluded.isEmpty ? .empty : .group(
                    .h2(.text(T.excludedPairs(language))),
                    .ul(.forEach(excluded) { mark in
                        .li(.text("\(round.people[mark.$mentee.id]?.name ?? "") – \(round.people[mark.$mentor.id]?.name ?? "")"),
                            markButton(programmeID, mark.$mentee.id.uuidString, mark.$mentor.id.uuidString, action: "clear", label: T.allowAgain(language), viewer: viewer))
                    })),
                proposal.pairs.isEmpty ? .empty :
                    .form(.action("/programmes/\(programmeID)/matching/publish"), .method(.post), Forms.csrf(viewer),
                          .button(.type(.submit), .class("button"), .text(T.publish(language))))),
        ])
    }

    static func markButton(_ programmeID: UUID, _ mentee: String, _ mentor: String, action: String, label: String, viewer: Viewer) -> Node<HTML.BodyContext> {
        .form(.class("inline-form"), .action("/programmes/\(programmeID)/matching/mark"), .method(.post), Forms.csrf(viewer),
              .input(.type(.hidden), .name("mentee"), .value(mentee)),
              .input(.type(.hidden), .name("mentor"), .value(mentor)),
              .input(.type(.hidden), .name("action"), .value(action)),
              .button(.type(.submit), .class("link-button"), .text(label)))
    }
}

/// A person's matching wishes.
enum PreferencesPage {
    struct Model {
        var isMentee: Bool
        var isMentor: Bool
        var mentors: [(UUID, String)]
        var mentees: [(UUID, String)]
        var wishes: [UUID]
        var avoid: Set<UUID>
        var preferred: [UUID]
    }

    static func render(_ model: Model, viewer: Viewer, flash: String?) -> HTML {
        let language = viewer.language
        func choice(_ name: String, _ label: String, _ options: [(UUID, String)], _ selected: UUID?) -> Node<HTML.FormContext> {
            Forms.select(label, name: name, options: [("", T.noPreference(language))] + options.map { ($0.0.uuidString, $0.1) },
                         selected: selected?.uuidString ?? "", errors: [:])
        }
        return Layout.page(viewer, title: T.matchingPreferences(language), flash: flash, content: [
            .h1(.text(T.matchingPreferences(language))),
            .p(.class("lead"), .text(T.matchingPreferencesLead(language))),
            .form(.class("stack"), .action("/account/preferences"), .method(.post), Forms.csrf(viewer),
                  model.isMentee ? .group(
                    choice("wish1", T.wishNumber(1)(language), model.mentors, model.wishes.first),
                    choice("wish2", T.wishNumber(2)(language), model.mentors, model.wishes.dropFirst().first),
                    choice("wish3", T.wishNumber(3)(language), model.mentors, model.wishes.dropFirst(2).first),
                    .fieldset(.class("field"), .element(named: "legend", text: T.avoidMentors(language)),
                              .group(model.mentors.map { mentor in
                                  .div(.class("check"),
                                       .input(.type(.checkbox), .id("avoid-\(mentor.0)"), .name("avoid[]"), .value(mentor.0.uuidString), .checked(model.avoid.contains(mentor.0))),
                                       .label(.for("avoid-\(mentor.0)"), .text(mentor.1)))
                              }))) : .empty,
                  model.isMentor ? .group(
                    choice("prefer1", T.preferredMentee(1)(language), model.mentees, model.preferred.first),
                    choice("prefer2", T.preferredMentee(2)(language), model.mentees, model.preferred.dropFirst().first),
                    choice("prefer3", T.preferredMentee(3)(language), model.mentees, model.preferred.dropFirst(2).first)) : .empty,
                  Forms.submit(T.save(language))),
        ])
    }
}
