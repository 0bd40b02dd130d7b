import Plot
import Foundation
import MentorCore

extension PulsePage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let chosen = model.form.chosenValue
        return Layout.page(viewer, title: T.pulseFor(model.otherName)(language), content: [
            .h1(.text(T.pulseFor(model.otherName)(language))),
            .unwrap(model.error) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
            !model.open ? .p(.class("empty-state"), .text(T.pulseNotOpen(language))) :
                .form(.class("stack"), .action(SiteURL.pulse(model.pairID).path), .method(.post), Forms.csrf(viewer),
                      .div(.class("radio-group"), .attribute(named: "role", value: "radiogroup"), .attribute(named: "aria-labelledby", value: "pulse-value"),
                           .p(.id("pulse-value"), .strong(.text(T.pulseValueQuestion(language)))),
                           .div(.class("scale"), .forEach(Array(1...5)) { (number: Int) in
                               .label(.input(.type(.radio), .name("value"), .value("\(number)"), .checked(chosen == number)), .text(" \(number)"))
                           }),
                           .p(.class("muted"), .text("\(T.pulseValueLow(language)) · \(T.pulseValueHigh(language))"))),
                      .label(.for("improvement"), .text(T.pulseImprovementQuestion(language))),
                      .textarea(.id("improvement"), .name("improvement"), .attribute(named: "maxlength", value: "\(Form.improvementLimit)"),
                                .text(model.form.improvement ?? "")),
                      .p(.class("muted"), .text(T.pulseAnonymous(language))),
                      Forms.submit(T.pulseSend(language))),
        ])
    }
}
