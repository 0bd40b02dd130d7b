import Plot
import Foundation
import MentorCore

extension ListsPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        return Layout.page(viewer, title: T.listsTitle(language), flash: model.flash, content: [
            .h1(.text(T.listsTitle(language))),
            .p(.class("lead"), .text(T.listsLead(language))),
            // The summary links to the fields of the form that was sent (ids carry the list's name).
            Forms.errorSummary(Dictionary(uniqueKeysWithValues: model.errors.map { ("\(model.errorList?.rawValue ?? "list")-\($0.key)", $0.value) }), language),
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
                        .text(" "), .a(.href(SiteURL.adminListItemEdit(item.id).path), .text(T.edit(language))),
                        .form(.class("inline-form"), .action(SiteURL.adminListItemRetire(item.id).path), .method(.post), Forms.csrf(viewer),
                              .button(.type(.submit), .class("link-button"), .text(" " + (item.retired ? T.reinstate(language) : T.retire(language))))))
                }),
            .form(.class("stack"), .action(SiteURL.adminLists.path), .method(.post), Forms.csrf(viewer),
                  .input(.type(.hidden), .name("list"), .value(list.rawValue)),
                  nameField(T.nameDutch(language), name: "nameNL", list: list, errors: model.errorList == list ? model.errors : [:]),
                  nameField(T.nameEnglish(language), name: "nameEN", list: list, errors: model.errorList == list ? model.errors : [:]),
                  Forms.submit(T.add(language)))
        )
    }

    /// A name field like `Forms.text`, with an id that names the list: the page holds one form per list.
    static func nameField(_ label: String, name: String, list: OrganisationListItem.List, errors: FieldErrors) -> Node<HTML.FormContext> {
        let id = "f-\(list.rawValue)-\(name)"
        let error = errors[name]
        return .div(
            .class(error == nil ? "field" : "field field--error"),
            .label(.for(id), .text(label)),
            .unwrap(error) { .p(.class("field-error"), .id(id + "-error"), .text($0)) },
            .input(.type(.text), .id(id), .name(name), .value(""),
                   .attribute(named: "aria-invalid", value: error == nil ? nil : "true"),
                   .attribute(named: "aria-describedby", value: error == nil ? nil : id + "-error"))
        )
    }
}
