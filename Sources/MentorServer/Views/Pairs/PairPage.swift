import Plot
import Foundation
import MentorCore

/// One pair. The mentor and mentee see their shared space; a coordinator sees dates,
/// status and counts only.
enum PairPage {
    struct Model {
        var id: UUID
        var role: PairRole
        var mentorName: String
        var menteeName: String
        var programmeName: String
        var status: MentorshipStatus
        var requestedBy: PairSide?
        var startedOn: Date?
        var endedOn: Date?
        var endReason: String?
        var declineReason: String?
        var agreementStatus: AgreementStatus
        var agreementDiscussedOn: Date?
        var conversations: [(id: UUID, at: Date, status: ConversationStatus, initiative: PairSide)]
        var heldCount: Int
        var goals: [(id: UUID, title: String, status: GoalStatus, theme: String?)] = []
        var openActions: [(text: String, owner: PairSide, due: Date?)] = []
        var fitCheck: FitAnswer?
    }

    static func render(_ model: Model, viewer: Viewer, flash: String?) -> HTML {
        let language = viewer.language
        let formats = viewer.formats
        let title = "\(model.mentorName) & \(model.menteeName)"
        let member = model.role != .coordinator
        return Layout.page(viewer, title: title, flash: flash, content: [
            .p(.a(.href("/mentorships"), .text("← " + T.pairsTitle(language)))),
            .h1(.text(title)),
            .p(.span(.class("badge"), .text(T.statusName(model.status)(language))),
               .text(" \(model.programmeName)"),
               .unwrap(model.startedOn) { .text(" · \(T.started(language)) \(formats.date($0))") },
               model.requestedBy == .mentee ? .span(.class("muted"), .text(" · " + T.requestedByMentee(language))) : .empty),
            .unwrap(model.declineReason) { .p(.strong(.text(T.declinedBecause(language) + ": ")), .text($0)) },
            .unwrap(model.endReason) { .p(.strong(.text(T.endedBecause(language) + ": ")), .text($0)) },
            statusControls(model, viewer: viewer),
            member ? .empty : .p(.class("muted"), .text(T.pairContentHidden(language))),
            model.role == .mentor && model.status != .proposed ? .p(.a(.class("button button--secondary"), .href("/mentorships/\(model.id)/mirror"), .text(T.openMirror(language)))) : .empty,
            model.role == .mentee && model.status != .proposed ? .p(.a(.class("button button--secondary"), .href("/mentorships/\(model.id)/progress"), .text(T.progressTitle(language)))) : .empty,
            .div(.class("cards"),
                 .div(.class("card"),
                      .h2(.text(T.agreement(language))),
                      .p(.span(.class(model.agreementStatus == .confirmed ? "badge" : "badge badge--warn"), .text(T.agreementStatus(model.agreementStatus)(language)))),
                      .unwrap(model.agreementDiscussedOn) { .p(.text("\(T.discussedOutLoudOn(language)) \(formats.date($0))")) },
                      member ? .p(.a(.href("/mentorships/\(model.id)/agreement"), .text(T.agreement(language) + " →"))) : .empty),
                 .div(.class("card"),
                      .h2(.text(T.conversationsHeld(language))),
                      .div(.class("figure"), .text("\(model.heldCount)")),
                      .unwrap(model.conversations.first(where: { $0.status == .held })) { .p(.text("\(T.lastConversation(language)): \(formats.date($0.at))")) })),
            member ? memberSections(model, viewer: viewer) : .empty,
        ])
    }

    static func statusControls(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        switch (model.role, model.status) {
        case (.mentor, .proposed):
            return .div(.class("card"),
                .form(.class("inline-form"), .action("/mentorships/\(model.id)/accept"), .method(.post), Forms.csrf(viewer),
                      .button(.type(.submit), .class("button"), .text(T.accept(language)))),
                .form(.class("stack"), .action("/mentorships/\(model.id)/decline"), .method(.post), Forms.csrf(viewer),
                      Forms.text(T.declineReason(language), name: "reason", value: "", errors: [:]),
                      .button(.type(.submit), .class("button button--secondary"), .text(T.decline(language)))))
        case (.mentor, .active), (.coordinator, .active), (.mentor, .paused), (.coordinator, .paused):
            return .details(
                .summary(.text(T.status(language))),
                .form(.class("inline-form"), .action("/mentorships/\(model.id)/status"), .method(.post), Forms.csrf(viewer),
                      .input(.type(.hidden), .name("to"), .value(model.status == .active ? "paused" : "active")),
                      .button(.type(.submit), .class("button button--secondary"), .text(model.status == .active ? T.pause(language) : T.resume(language)))),
                .form(.class("stack"), .action("/mentorships/\(model.id)/status"), .method(.post), Forms.csrf(viewer),
                      .input(.type(.hidden), .name("to"), .value("ended")),
                      Forms.text(T.endReason(language), name: "reason", value: "", errors: [:], required: true),
                      .button(.type(.submit), .class("button button--secondary"), .text(T.endPair(language)))))
        default:
            return .empty
        }
    }

    static func memberSections(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        let formats = viewer.formats
        let open = model.status != .ended && model.status != .proposed
        return .group(
            .section(
                .div(.class("page-head"),
                     .h2(.text(T.conversations(language))),
                     open ? .a(.class("button"), .href("/mentorships/\(model.id)/conversations/new"), .text(T.planConversation(language))) : .empty),
                model.conversations.isEmpty ? .p(.class("empty-state"), .text(T.noConversationsYet(language))) :
                .ul(.class("list-plain"), .forEach(model.conversations) { conversation in
                    .li(.a(.href("/conversations/\(conversation.id)"), .text(formats.dateTime(conversation.at))),
                        .text(" "), .span(.class(conversation.status == .planned ? "badge badge--warn" : "badge badge--muted"), .text(T.conversationStatus(conversation.status)(language))),
                        .span(.class("muted"), .text(" · \(T.initiative(language)): \(T.side(conversation.initiative)(language))")))
                })),
            .section(
                .div(.class("page-head"),
                     .h2(.text(T.learningGoals(language))),
                     open && model.role == .mentee ? .a(.class("button"), .href("/mentorships/\(model.id)/goals/new"), .text(T.newGoal(language))) : .empty),
                model.goals.isEmpty ? .p(.class("empty-state"), .text(T.noGoalsYet(language))) :
                .ul(.class("list-plain"), .forEach(model.goals) { goal in
                    .li(.a(.href("/goals/\(goal.id)"), .text(goal.title)), .text(" "),
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
        guard model.heldCount > 0, model.status != .ended else { return .empty }
        if let answer = model.fitCheck {
            return .section(.h2(.text(T.fitCheck(language))), .p(.text("\(T.fitCheckGiven(language)): \(T.fitAnswer(answer)(language))")))
        }
        return .section(
            .h2(.text(T.fitCheck(language))),
            .form(.class("stack"), .action("/mentorships/\(model.id)/fit-check"), .method(.post), Forms.csrf(viewer),
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
