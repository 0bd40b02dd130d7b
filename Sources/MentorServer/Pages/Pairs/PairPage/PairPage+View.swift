import Plot
import Foundation
import MentorCore

extension PairPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let formats = viewer.formats
        let title = "\(model.mentorName) & \(model.menteeName)"
        let actions = model.actions
        return Layout.page(viewer, title: title, flash: model.flash, content: [
            .p(.a(.href(SiteURL.pairs.path), .text("← " + T.pairsTitle(language)))),
            .h1(.text(title)),
            .p(.span(.class("badge"), .text(T.statusName(model.status)(language))),
               .text(" \(model.programmeName)"),
               .unwrap(model.startedOn) { .text(" · \(T.started(language)) \(formats.date($0))") },
               model.requestedBy == .mentee ? .span(.class("muted"), .text(" · " + T.requestedByMentee(language))) : .empty),
            .unwrap(model.declinedBy) { .p(.class("muted"), .text(T.declinedBy($0)(language))) },
            .unwrap(model.declineReason) { .p(.strong(.text(T.declinedBecause(language) + ": ")), .text($0)) },
            .unwrap(model.endReason) { reason in
                .p(.strong(.text(T.endedBecause(language) + ": ")), .text(T.endReason(reason).map { $0(language) } ?? reason))
            },
            decisionNote(model, language: language),
            statusControls(model, viewer: viewer),
            actions.seeContent ? .empty : .p(.class("muted"), .text(T.pairContentHidden(language))),
            actions.openMirror ? .p(.a(.class("button button--secondary"), .href(SiteURL.pairMirror(model.id).path), .text(T.openMirror(language)))) : .empty,
            actions.openProgress ? .p(.a(.class("button button--secondary"), .href(SiteURL.progress(pair: model.id).path), .text(T.progressTitle(language)))) : .empty,
            .div(.class("cards"),
                 .div(.class("card"),
                      .h2(.text(T.agreement(language))),
                      .p(.span(.class(model.agreementStatus == .confirmed ? "badge" : "badge badge--warn"), .text(T.agreementStatus(model.agreementStatus)(language)))),
                      .unwrap(model.agreementDiscussedOn) { .p(.text("\(T.discussedOutLoudOn(language)) \(formats.date($0))")) },
                      actions.seeContent ? .p(.a(.href(SiteURL.agreement(model.id).path), .text(T.agreement(language) + " →"))) : .empty),
                 .div(.class("card"),
                      .h2(.text(T.conversationsHeld(language))),
                      .div(.class("figure"), .text("\(model.heldCount)")),
                      .unwrap(model.conversations.first(where: { $0.status == .held })) { .p(.text("\(T.lastConversation(language)): \(formats.date($0.at))")) })),
            actions.seeContent ? memberSections(model, viewer: viewer) : .empty,
        ])
    }

    /// The buttons for exactly the moves `PairMoves` allows the viewer.
    static func statusControls(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let moves = model.actions.moves
        if moves.contains(.accept) || moves.contains(.decline) {
            return .div(.class("card"),
                moves.contains(.accept) ? .form(.class("inline-form"), .action(SiteURL.pairAccept(model.id).path), .method(.post), Forms.csrf(viewer),
                      .button(.type(.submit), .class("button"), .text(T.accept(language)))) : .empty,
                moves.contains(.decline) ? .form(.class("stack"), .action(SiteURL.pairDecline(model.id).path), .method(.post), Forms.csrf(viewer),
                      Forms.text(T.declineReason(language), name: "reason", value: "", errors: [:]),
                      .button(.type(.submit), .class("button button--secondary"), .text(T.decline(language)))) : .empty)
        }
        if moves.contains(.withdrawProposal) {
            return .details(.class("card"),
                .summary(.text(T.withdrawProposal(language))),
                .form(.class("stack"), .action(SiteURL.pairWithdrawProposal(model.id).path), .method(.post), Forms.csrf(viewer),
                      .p(.text(T.withdrawProposalConfirm(language))),
                      .button(.type(.submit), .class("button button--secondary"), .text(T.withdrawProposalYes(language)))))
        }
        if moves.contains(.withdraw) {
            // The confirmation is a second step inside the disclosure: no JavaScript needed.
            return .details(.class("card"),
                .summary(.text(T.withdrawRequest(language))),
                .form(.class("stack"), .action(SiteURL.pairWithdraw(model.id).path), .method(.post), Forms.csrf(viewer),
                      .p(.text(T.withdrawConfirm(language))),
                      .button(.type(.submit), .class("button button--secondary"), .text(T.withdrawYes(language)))))
        }
        guard !moves.isEmpty else { return .empty }
        let toggle = moves.first { $0 == .pause || $0 == .resume }
        return .details(
            .summary(.text(T.status(language))),
            .unwrap(toggle) { move in
                .form(.class("inline-form"), .action(SiteURL.pairStatus(model.id).path), .method(.post), Forms.csrf(viewer),
                      .input(.type(.hidden), .name("to"), .value(move.target.rawValue)),
                      .button(.type(.submit), .class("button button--secondary"), .text(move == .pause ? T.pause(language) : T.resume(language))))
            },
            moves.contains(.end) ? .form(.class("stack"), .action(SiteURL.pairStatus(model.id).path), .method(.post), Forms.csrf(viewer),
                  .input(.type(.hidden), .name("to"), .value(PairMove.end.target.rawValue)),
                  Forms.text(T.endReason(language), name: "reason", value: "", errors: [:], required: true),
                  .button(.type(.submit), .class("button button--secondary"), .text(T.endPair(language)))) : .empty)
    }

    /// On a pair matching proposed: that both must accept, and who already did.
    static func decisionNote(_ model: Model, language: Language) -> Node<HTML.BodyContext> {
        guard model.status == .proposed, model.standing.origin == .matching else { return .empty }
        let accepted = [model.standing.mentorAccepted ? T.mentorHasAccepted(language) : nil,
                        model.standing.menteeAccepted ? T.menteeHasAccepted(language) : nil].compactMap { $0 }
        return .p(.class("muted"), .text(T.proposalLead(language)),
                  accepted.isEmpty ? .empty : .text(" (" + accepted.joined(separator: "; ") + ")"))
    }

    static func memberSections(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let formats = viewer.formats
        let actions = model.actions
        return .group(
            .section(
                .div(.class("page-head"),
                     .h2(.text(T.conversations(language))),
                     actions.planConversation ? .a(.class("button"), .href(SiteURL.conversationNew(pair: model.id).path), .text(T.planConversation(language))) : .empty),
                model.conversations.isEmpty ? .p(.class("empty-state"), .text(T.noConversationsFor(model.place)(language))) :
                .ul(.class("list-plain"), .forEach(model.conversations) { conversation in
                    .li(.a(.href(SiteURL.conversation(conversation.id).path), .text(formats.dateTime(conversation.at))),
                        .text(" "), .span(.class(conversation.status == .planned ? "badge badge--warn" : "badge badge--muted"), .text(T.conversationStatus(conversation.status)(language))),
                        .span(.class("muted"), .text(" · \(T.initiative(language)): \(T.side(conversation.initiative)(language))")))
                })),
            .section(
                .div(.class("page-head"),
                     .h2(.text(T.learningGoals(language))),
                     actions.writeGoal ? .a(.class("button"), .href(SiteURL.goalNew(pair: model.id).path), .text(T.newGoal(language))) : .empty),
                model.goals.isEmpty ? .p(.class("empty-state"), .text(model.place == .mentee ? T.noGoalsYet(language) : T.noGoalsYetForMentor(language))) :
                .ul(.class("list-plain"), .forEach(model.goals) { goal in
                    .li(.a(.href(SiteURL.goal(goal.id).path), .text(goal.title)), .text(" "),
                        .span(.class("badge badge--muted"), .text(T.goalStatus(goal.status)(language))),
                        .unwrap(goal.theme) { .span(.class("muted"), .text(" · " + $0)) })
                })),
            .section(
                .h2(.text(T.openActions(language))),
                model.openActions.isEmpty ? .p(.class("muted"), .text(T.noActions(language))) :
                .ul(.forEach(model.openActions) { action in
                    .li(.text(action.text), .span(.class("muted"), .text(" · \(T.side(action.owner)(language))" + (action.due.map { " · \(T.dueOn(language)) \(formats.date($0))" } ?? ""))))
                })),
            fitCheckSection(model, viewer: viewer)
        )
    }

    static func fitCheckSection(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        guard model.actions.answerFitCheck else { return .empty }
        if let answer = model.fitCheck {
            return .section(.h2(.text(T.fitCheck(language))), .p(.text("\(T.fitCheckGiven(language)): \(T.fitAnswer(answer)(language))")))
        }
        return .section(
            .h2(.text(T.fitCheck(language))),
            .form(.class("stack"), .action(SiteURL.pairFitCheck(model.id).path), .method(.post), Forms.csrf(viewer),
                  .fieldset(.class("field"),
                            .element(named: "legend", text: T.fitCheckQuestion(language)),
                            .group(FitAnswer.allCases.map { answer in
                                .div(.class("check"),
                                     .input(.type(.radio), .id("fit-\(answer.rawValue)"), .name("answer"), .value(answer.rawValue), .required(true)),
                                     .label(.for("fit-\(answer.rawValue)"), .text(T.fitAnswer(answer)(language))))
                            })),
                  Forms.textArea(T.fitCheckComment(language), name: "comment", value: "", errors: [:], rows: 2),
                  Forms.submit(T.save(language))))
    }
}
