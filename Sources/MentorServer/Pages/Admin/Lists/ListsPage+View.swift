import Plot
import Foundation
import MentorCore

extension ListsPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        return Layout.page(viewer, title: T.listsTitle(language), flash: model.flash, content: [
            .h1(.text(T.listsTitle(language))),
            .p(.class("lead"), .text(T.listsLead(language))),
            Forms.errorSummary(model.errors, language),
            section(.goalTheme, title: T.goalThemes(language), builtIn: GoalTheme.allCases.map { T.goalTheme($0)(language) },
                    model: model, viewer: viewer),
            section(.attitudePattern, title: T.attitudePatterns(language), builtIn: AttitudePattern.allCases.map { T.attitudePattern($0)(language) },
                    model: model, viewer: viewer),
        ])
    }

    static func section(_ list: OrganisationListItem.List, title: String, builtIn: [String], model: Model, viewer: Viewer) -> Node<HTML.BodyContext> {
        let language = viewer.language
        return .section(
            .h2(.text(title)),
            .ul(.class("list-plain"),
                .forEach(builtIn) { .li(.text($0), .span(.class("muted"), .text(" · " + T.builtIn(language)))) },
                .forEach(model.items.filter { $0.list == list }) { item in
                    .li(.text(language == .nl ? item.nameNL : item.nameEN),
                        item.retired ? .span(.class("badge badge--muted"), .text(" " + T.retired(language))) : .empty,
                        .form(.class("inline-form"), .action(SiteURL.adminListItemRetire(item.id).path), .method(.post), Forms.csrf(viewer),
                              .button(.type(.submit), .class("link-button"), .text(" " + (item.retired ? T.reinstate(language) : T.retire(language))))))
                }),
            .form(.class("stack"), .action(SiteURL.adminLists.path), .method(.post), Forms.csrf(viewer),
                  .input(.type(.hidden), .name("list"), .value(list.rawValue)),
                  Forms.text(T.nameDutch(language), name: "nameNL", value: "", errors: model.errors),
                  Forms.text(T.nameEnglish(language), name: "nameEN", value: "", errors: model.errors),
                  Forms.submit(T.add(language)))
        )
    }
}
