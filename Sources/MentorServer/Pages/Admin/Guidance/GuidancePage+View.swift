import Plot
import Foundation
import MentorCore

extension GuidancePage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        return Layout.page(viewer, title: T.guidanceTitle(language), flash: model.flash, content: [
            .h1(.text(T.guidanceTitle(language))),
            .p(.class("lead"), .text(T.guidanceLead(language))),
            .form(.class("stack"), .action(SiteURL.adminGuidance.path), .method(.post), Forms.csrf(viewer),
                  .group(model.rows.map { row in
                      .fieldset(.class("field"),
                                .element(named: "legend", text: row.name),
                                .unwrap(row.builtIn) { .p(.class("hint"), .text("\(T.builtIn(language)): \($0)")) },
                                Forms.textArea(T.guidanceDutch(language), name: "nl-\(row.key)", value: row.nl, errors: [:], rows: 2),
                                Forms.textArea(T.guidanceEnglish(language), name: "en-\(row.key)", value: row.en, errors: [:], rows: 2))
                  }),
                  Forms.submit(T.save(language))),
        ])
    }
}
