import Plot
import Foundation
import MentorCore

extension PeoplePage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        return Layout.page(viewer, title: T.people(language), flash: model.flash, content: [
            .div(.class("page-head"),
                 .h1(.text(T.people(language))),
                 .div(.class("row-actions"),
                      .a(.class("button"), .href(SiteURL.adminPersonNew.path), .text(T.newPerson(language))),
                      .a(.class("button button--secondary"), .href(SiteURL.adminPeopleImport.path), .text(T.importPeople(language))))),
            searchForm(model, language: language),
            .p(.class("muted"), .attribute(named: "role", value: "status"),
               .text(T.peopleFound(model.total, page: model.filter.page, of: model.pageCount)(language))),
            model.people.isEmpty ? .p(.class("empty-state"), .text((model.filter.isFiltered ? T.noPeopleMatch : T.noPeopleYet)(language))) :
            .div(.class("table-wrap"), .scrollRegion(T.people(language)), .table(
                .thead(.tr(.th(.text(T.name(language))), .th(.text(T.email(language))), .th(.text(T.roles(language))),
                           .th(.text(T.seniority(language))), .th(.text(T.practiceGroup(language))), .th(.text(T.status(language))),
                           .th(.text(T.actions(language))))),
                .tbody(.forEach(model.people) { person in row(person, viewer: viewer) })
            )),
            paging(model, language: language),
        ])
    }

    /// The search and filters, sent with GET so that a filtered list can be bookmarked and shared.
    static func searchForm(_ model: Model, language: Language) -> Node<HTML.BodyContext> {
        let filter = model.filter
        return .form(
            .class("filters"), .action(SiteURL.adminPeople.path), .method(.get), .attribute(named: "role", value: "search"),
            .attribute(named: "aria-label", value: T.findPeople(language)),
            Forms.text(T.searchNameOrEmail(language), name: "q", value: filter.text ?? "", type: .search, errors: [:]),
            Forms.select(T.roles(language), name: "role",
                         options: [(value: "", label: T.anyRole(language))] + Role.allCases.map { (value: $0.rawValue, label: T.roleName($0)(language)) },
                         selected: filter.role?.rawValue ?? "", errors: [:]),
            Forms.select(T.practiceGroup(language), name: "group",
                         options: [(value: "", label: T.anyPracticeGroup(language))] + model.groups.map { (value: $0, label: $0) },
                         selected: filter.group ?? "", errors: [:]),
            Forms.select(T.status(language), name: "status",
                         options: [(value: "", label: T.activeAndDeactivated(language)), (value: "active", label: T.onlyActive(language)),
                                   (value: "inactive", label: T.onlyDeactivated(language))],
                         selected: filter.active.map { $0 ? "active" : "inactive" } ?? "", errors: [:]),
            .div(.class("form-actions"),
                 .button(.type(.submit), .class("button"), .text(T.applyFilter(language))),
                 .if(filter.isFiltered, .a(.class("button button--secondary"), .href(SiteURL.adminPeople.path), .text(T.clearFilter(language)))))
        )
    }

    /// Links to the previous and next page, keeping the filter.
    static func paging(_ model: Model, language: Language) -> Node<HTML.BodyContext> {
        .paging(.adminPeople, page: model.filter.page, of: model.pageCount, language: language, query: model.filter.query(page:))
    }

    static func row(_ person: Row, viewer: Viewer) -> Node<HTML.TableContext> {
        let language = viewer.language
        let isViewer = person.id == viewer.personID
        return .tr(
            .td(.text(person.name)),
            .td(.text(person.email)),
            .td(.text(person.roles.map { T.roleName($0)(language) }.joined(separator: ", "))),
            .td(.text(person.seniority.map { T.seniorityName($0)(language) } ?? "–")),
            .td(.text(person.practiceGroup.isEmpty ? "–" : person.practiceGroup)),
            .td(person.active ? .span(.class("badge"), .text(T.active(language)))
                              : .span(.class("badge badge--muted"), .text(T.deactivated(language)))),
            .td(.div(.class("row-actions"),
                     .a(.href(SiteURL.adminPersonEdit(person.id).path), .text(T.edit(language)),
                        .span(.class("visually-hidden"), .text(": " + person.name))),
                     isViewer ? .empty :
                        .form(.class("inline-form"), .action(SiteURL.adminPersonActive(person.id).path), .method(.post),
                              Forms.csrf(viewer),
                              .button(.type(.submit), .class("link-button"),
                                      .text(person.active ? T.deactivate(language) : T.activate(language)),
                                      .span(.class("visually-hidden"), .text(": " + person.name)))),
                     isViewer || person.erased ? .empty :
                        .a(.href(SiteURL.adminPersonErase(person.id).path), .text(T.eraseLink(language)),
                           .span(.class("visually-hidden"), .text(": " + person.name)))))
        )
    }
}
