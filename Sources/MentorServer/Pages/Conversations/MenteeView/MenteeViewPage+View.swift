import Plot
import Foundation
import MentorCore

extension MenteeViewPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let formats = viewer.formats
        return Layout.page(viewer, title: T.menteeViewTitle(language), flash: model.flash, content: [
            .p(.a(.href(SiteURL.conversation(model.conversationID).path), .text("← \(T.conversation(language)) \(formats.dateTime(model.at))"))),
            .h1(.text(T.menteeViewTitle(language))),
            .p(.class("lead"), .text(T.menteeViewLead(mentor: model.mentorName, date: formats.date(model.at))(language))),
            Forms.errorSummary(model.errors, language),
            answerPart(model, viewer: viewer),
            .section(.id("shared"),
                     .h2(.text(T.menteeViewSharedTitle(language))),
                     .p(.text(T.menteeViewSharedCounts(language))),
                     .p(.text(T.menteeViewSharedThreshold(MenteeViewFigure.threshold)(language))),
                     .p(.text(T.menteeViewSharedOnlyMentee(language)))),
            settingPart(model, viewer: viewer),
        ])
    }

    static func answerPart(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        if let refusal = model.refusal {
            return .p(.class("empty-state"), .text(T.menteeViewRefusal(refusal)(language)))
        }
        return .group(
            .unwrap(model.answeredAt) { .p(.class("muted"), .text(T.menteeViewAnswered(viewer.formats.date($0))(language))) },
            .form(.class("stack"), .action(SiteURL.menteeView(model.conversationID).path), .method(.post), Forms.csrf(viewer),
                  .group(MenteeViewQuestion.allCases.map { question(model, $0, language: language) }),
                  Forms.submit(T.menteeViewSend(language))))
    }

    /// One question as a group of five radio buttons, each with its words.
    static func question(_ model: Model, _ question: MenteeViewQuestion, language: Language) -> Node<HTML.FormContext> {
        let name = question.rawValue
        let error = model.errors[name]
        let chosen = model.form.chosen(question)
        return .fieldset(
            .class(error == nil ? "field" : "field field--error"), .id("f-\(name)"),
            .element(named: "legend", text: T.menteeQuestion(question)(language)),
            .unwrap(error) { .p(.class("field-error"), .id("f-\(name)-error"), .text($0)) },
            .group(MenteeViewFigure.scale.map { point in
                .div(.class("check"),
                     .input(.type(.radio), .id("f-\(name)-\(point)"), .name(name), .value("\(point)"), .checked(chosen == point),
                            .attribute(named: "aria-describedby", value: error == nil ? nil : "f-\(name)-error")),
                     .label(.for("f-\(name)-\(point)"), .text("\(point) – \(T.menteeScale(question, point)(language))")))
            }))
    }

    static func settingPart(_ model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        return .section(
            .id("stop"),
            .h2(.text(T.menteeViewStopTitle(language))),
            .p(.text(T.menteeViewStopExplained(language))),
            model.switchedOff ? .p(.strong(.text(T.menteeViewStateOff(language)))) : .empty,
            .form(.action(SiteURL.menteeViewSetting(model.conversationID).path), .method(.post), Forms.csrf(viewer),
                  .div(.class("form-actions"),
                       .button(.type(.submit), .class("button button--secondary"), .name("questions"), .value(model.switchedOff ? "on" : "off"),
                               .text(model.switchedOff ? T.menteeViewSwitchOn(language) : T.menteeViewSwitchOff(language))))))
    }

    /// The small link on the mentee's view of a held conversation (the conversation page).
    static func link(_ conversationID: UUID, viewer: Viewer) -> Node<HTML.BodyContext> {
        .p(.class("no-print"), .a(.href(SiteURL.menteeView(conversationID).path), .text(T.menteeViewLink(viewer.language))))
    }
}

extension T {
    static func menteeViewRefusal(_ refusal: MenteeView.Refusal) -> Text {
        switch refusal {
        case .notHeld: menteeViewNotHeld
        case .pairEnded: menteeViewEnded
        case .switchedOff: menteeViewIsOff
        }
    }
}
