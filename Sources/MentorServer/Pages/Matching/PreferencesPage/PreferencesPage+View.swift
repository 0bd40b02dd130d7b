import Plot
import Foundation
import MentorCore

extension PreferencesPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        func choice(_ name: String, _ label: String, _ options: [Choice], _ selected: UUID?) -> Node<HTML.FormContext> {
            Forms.select(label, name: name, options: [("", T.noPreference(language))] + options.map { ($0.id.uuidString, $0.name) },
                         selected: selected?.uuidString ?? "", errors: [:])
        }
        return Layout.page(viewer, title: T.matchingPreferences(language), flash: model.flash, content: [
            .h1(.text(T.matchingPreferences(language))),
            .p(.class("lead"), .text(T.matchingPreferencesLead(language))),
            .form(.class("stack"), .action(SiteURL.accountPreferences.path), .method(.post), Forms.csrf(viewer),
                  model.isMentee ? .group(
                    choice("wish1", T.wishNumber(1)(language), model.mentors, model.wishes.first),
                    choice("wish2", T.wishNumber(2)(language), model.mentors, model.wishes.dropFirst().first),
                    choice("wish3", T.wishNumber(3)(language), model.mentors, model.wishes.dropFirst(2).first),
                    .fieldset(.class("field"), .element(named: "legend", text: T.avoidMentors(language)),
                              .group(model.mentors.map { mentor in
                                  .div(.class("check"),
                                       .input(.type(.checkbox), .id("avoid-\(mentor.id)"), .name("avoid[]"), .value(mentor.id.uuidString),
                                              .checked(model.avoid.contains(mentor.id))),
                                       .label(.for("avoid-\(mentor.id)"), .text(mentor.name)))
                              }))) : .empty,
                  model.isMentor ? .group(
                    choice("prefer1", T.preferredMentee(1)(language), model.mentees, model.preferred.first),
                    choice("prefer2", T.preferredMentee(2)(language), model.mentees, model.preferred.dropFirst().first),
                    choice("prefer3", T.preferredMentee(3)(language), model.mentees, model.preferred.dropFirst(2).first)) : .empty,
                  Forms.submit(T.save(language))),
        ])
    }
}
