import Plot
import Foundation
import MentorCore

extension NewPairPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let form = model.form
        return Layout.page(viewer, title: T.newPair(language), content: [
            .h1(.text(T.newPair(language))),
            Forms.errorSummary(model.errors, language),
            .form(.class("stack"), .action(SiteURL.pairs.path), .method(.post),
                  Forms.csrf(viewer),
                  Forms.select(T.programme(language), name: "programme", options: [("", "–")] + model.programmes.map { ($0.id.uuidString, $0.name) },
                               selected: form.programme ?? model.programmes.first?.id.uuidString ?? "", errors: model.errors),
                  Forms.select(T.mentor(language), name: "mentor",
                               options: [("", "–")] + model.mentors.map { ($0.id.uuidString, "\($0.name) (\(T.placesLeft(max(0, $0.placesLeft))(language)))") },
                               selected: form.mentor ?? "", errors: model.errors),
                  Forms.select(T.mentee(language), name: "mentee", options: [("", "–")] + model.mentees.map { ($0.id.uuidString, $0.name) },
                               selected: form.mentee ?? "", errors: model.errors),
                  .div(.class("form-actions"),
                       .button(.type(.submit), .class("button"), .text(T.newPair(language))),
                       .a(.href(SiteURL.pairs.path), .text(T.cancel(language))))),
        ])
    }
}
