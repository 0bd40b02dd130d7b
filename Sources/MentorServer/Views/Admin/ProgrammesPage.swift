import Plot
import Foundation
import MentorCore
import Matching

enum ProgrammesPage {
    static func render(_ rows: [(id: UUID, row: HomePage.ProgrammeRow)], viewer: Viewer, flash: String?) -> HTML {
        let language = viewer.language
        let formats = viewer.formats
        return Layout.page(viewer, title: T.programmes(language), flash: flash, content: [
            .div(.class("page-head"),
                 .h1(.text(T.programmes(language))),
                 .a(.class("button"), .href("/admin/programmes/new"), .text(T.newProgramme(language)))),
            rows.isEmpty ? .p(.class("empty-state"), .text(T.noProgrammesYet(language))) :
            .div(.class("table-wrap"), .table(
                .thead(.tr(.th(.text(T.name(language))), .th(.text(T.startsOn(language))), .th(.text(T.endsOn(language))),
                           .th(.text(T.cadence(language))), .th(.text(T.pairs(language))), .th(.text(T.actions(language))))),
                .tbody(.forEach(rows) { item in
                    .tr(.td(.text(item.row.name)), .td(.text(formats.date(item.row.startsOn))), .td(.text(formats.date(item.row.endsOn))),
                        .td(.text("\(item.row.cadenceDays)")), .td(.text("\(item.row.pairsByStatus.values.reduce(0, +))")),
                        .td(.div(.class("row-actions"),
                                 .a(.href("/admin/programmes/\(item.id)/edit"), .text(T.edit(language)),
                                    .span(.class("visually-hidden"), .text(": " + item.row.name))),
                                 viewer.has(.coordinator) ? .a(.href("/programmes/\(item.id)/matching"), .text(T.matching(language))) : .empty)))
                })
            )),
        ])
    }
}

enum ProgrammeFormPage {
    static func render(form: ProgrammeAdminController.Form, errors: FieldErrors, programmeID: UUID?, viewer: Viewer) -> HTML {
        let language = viewer.language
        let title = programmeID == nil ? T.newProgramme(language) : T.editProgramme(language)
        return Layout.page(viewer, title: title, content: [
            .h1(.text(title)),
            Forms.errorSummary(errors, language),
            .form(
                .class("stack"), .action(programmeID.map { "/admin/programmes/\($0)" } ?? "/admin/programmes"), .method(.post),
                Forms.csrf(viewer),
                Forms.text(T.name(language), name: "name", value: form.name ?? "", errors: errors, required: true),
                Forms.text(T.startsOn(language), name: "startsOn", value: form.startsOn ?? "", type: .date, errors: errors, required: true),
                Forms.text(T.endsOn(language), name: "endsOn", value: form.endsOn ?? "", type: .date, errors: errors, required: true),
                Forms.text(T.cadence(language), name: "cadenceDays", value: form.cadenceDays ?? "", type: .number, errors: errors, required: true, hint: T.cadenceHint(language)),
                Forms.text(T.pulseIntervalLabel(language), name: "pulseIntervalDays", value: form.pulseIntervalDays ?? "60", type: .number, errors: errors),
                Forms.select(T.matchingMode(language), name: "matchingMode",
                             options: [("coordinator", T.modeCoordinator(language)), ("mentee_choice", T.modeMenteeChoice(language))],
                             selected: form.matchingMode ?? "coordinator", errors: errors),
                Forms.select(T.idealGap(language), name: "idealGap", options: [("1", "1"), ("2", "2")], selected: form.idealGap ?? "1", errors: errors),
                Forms.select(T.groupRule(language), name: "groupRule", options: MatchingRules.GroupRule.allCases.map { ($0.rawValue, T.groupRuleName($0)(language)) },
                             selected: form.groupRule ?? "either", errors: errors),
                .fieldset(.class(errors["weights"] == nil ? "field" : "field field--error"), .id("f-weights"),
                          .element(named: "legend", text: T.weightsHint(language)),
                          .unwrap(errors["weights"]) { .p(.class("field-error"), .text($0)) },
                          .group((form.weights ?? ProgrammeAdminController.formWeights(MatchingWeights())).enumerated().map { index, value in
                              .input(.type(.number), .name("weights[]"), .value(value), .attribute(named: "aria-label", value: "\(index + 1)"),
                                     .attribute(named: "min", value: "0"), .attribute(named: "max", value: "100"), .class("weight"))
                          })),
                .div(.class("form-actions"),
                     .button(.type(.submit), .class("button"), .text(T.save(language))),
                     .a(.href("/admin/programmes"), .text(T.cancel(language))))
            ),
        ])
    }
}
