import Plot
import Foundation
import MentorCore
import Matching

extension ProgrammeFormPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language, form = model.form, errors = model.errors
        let title = model.programmeID == nil ? T.newProgramme(language) : T.editProgramme(language)
        return Layout.page(viewer, title: title, content: [
            .h1(.text(title)),
            Forms.errorSummary(errors, language),
            .form(
                .class("stack"), .action((model.programmeID.map(SiteURL.adminProgramme) ?? .adminProgrammes).path), .method(.post),
                Forms.csrf(viewer),
                Forms.text(T.name(language), name: "name", value: form.name ?? "", errors: errors, required: true),
                Forms.text(T.startsOn(language), name: "startsOn", value: form.startsOn ?? "", type: .date, errors: errors, required: true),
                Forms.text(T.endsOn(language), name: "endsOn", value: form.endsOn ?? "", type: .date, errors: errors, required: true),
                Forms.text(T.cadence(language), name: "cadenceDays", value: form.cadenceDays ?? "", type: .number, errors: errors, required: true,
                           hint: T.cadenceHint(language)),
                Forms.text(T.pulseIntervalLabel(language), name: "pulseIntervalDays", value: form.pulseIntervalDays ?? "60", type: .number, errors: errors),
                Forms.text(T.requestTimeoutLabel(language), name: "requestTimeoutDays", value: form.requestTimeoutDays ?? "", type: .number,
                           errors: errors, hint: T.requestTimeoutHint(language)),
                Forms.select(T.matchingMode(language), name: "matchingMode",
                             options: [("coordinator", T.modeCoordinator(language)), ("mentee_choice", T.modeMenteeChoice(language))],
                             selected: form.matchingMode ?? "coordinator", errors: errors),
                Forms.select(T.idealGap(language), name: "idealGap", options: [("1", "1"), ("2", "2")], selected: form.idealGap ?? "1", errors: errors),
                Forms.select(T.groupRule(language), name: "groupRule",
                             options: MatchingRules.GroupRule.allCases.map { ($0.rawValue, T.groupRuleName($0)(language)) },
                             selected: form.groupRule ?? "either", errors: errors),
                .fieldset(.class(errors["weights"] == nil ? "field" : "field field--error"), .id("f-weights"),
                          .element(named: "legend", text: T.weightsHint(language)),
                          .unwrap(errors["weights"]) { .p(.class("field-error"), .text($0)) },
                          .group((form.weights ?? Form.weights(MatchingWeights())).enumerated().map { index, value in
                              .input(.type(.number), .name("weights[]"), .value(value), .attribute(named: "aria-label", value: "\(index + 1)"),
                                     .attribute(named: "min", value: "0"), .attribute(named: "max", value: "100"), .class("weight"))
                          })),
                .div(.class("form-actions"),
                     .button(.type(.submit), .class("button"), .text(T.save(language))),
                     .a(.href(SiteURL.adminProgrammes.path), .text(T.cancel(language))))
            ),
        ])
    }
}
