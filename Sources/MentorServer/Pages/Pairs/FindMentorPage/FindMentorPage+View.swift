import Plot
import Foundation
import MentorCore

extension FindMentorPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        return Layout.page(viewer, title: T.navFindMentor(language), content: [
            .h1(.text(T.navFindMentor(language))),
            .p(.class("lead"), .text(T.findMentorLead(language))),
            .unwrap(model.error) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
            model.suggestions.isEmpty ? .empty : .section(
                .h2(.text(T.yourSuggestions(language))),
                .ol(.forEach(model.suggestions) { suggestion in
                    .li(.strong(.text(suggestion.name)), .text(" (\(viewer.formats.number(suggestion.score, fractionDigits: 2))): \(suggestion.why) "),
                        .form(.class("inline-form"), .action(SiteURL.pairRequest.path), .method(.post), Forms.csrf(viewer),
                              .input(.type(.hidden), .name("mentor"), .value(suggestion.id.uuidString)),
                              .button(.type(.submit), .class("link-button"), .text(T.requestMentor(language)),
                                      .span(.class("visually-hidden"), .text(": " + suggestion.name)))))
                })),
            model.mentors.isEmpty ? .p(.class("empty-state"), .text(T.noMentorsAvailable(language))) :
            .div(.class("cards"), .forEach(model.mentors) { mentor in
                .article(.class("card"),
                         .h2(.text(mentor.name)),
                         .p(.class("muted"), .text([mentor.seniority.map { T.seniorityName($0)(language) }, mentor.practiceGroup.isEmpty ? nil : mentor.practiceGroup]
                            .compactMap { $0 }.joined(separator: " · "))),
                         mentor.expertise.isEmpty ? .empty : .p(.text("\(T.expertise(language)): \(mentor.expertise.joined(separator: ", "))")),
                         .p(.text(T.placesLeft(mentor.placesLeft)(language))),
                         .form(.action(SiteURL.pairRequest.path), .method(.post),
                               Forms.csrf(viewer),
                               .input(.type(.hidden), .name("mentor"), .value(mentor.id.uuidString)),
                               model.programmes.count > 1
                                ? Forms.select(T.programme(language), name: "programme", options: model.programmes.map { ($0.id.uuidString, $0.name) }, selected: "", errors: [:])
                                : .empty,
                               .button(.type(.submit), .class("button"), .text(T.requestMentor(language)),
                                       .span(.class("visually-hidden"), .text(": " + mentor.name)))))
            }),
        ])
    }
}
