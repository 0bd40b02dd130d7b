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
            model.people.isEmpty ? .p(.class("empty-state"), .text(T.noPeopleYet(language))) :
            .div(.class("table-wrap"), .table(
                .thead(.tr(.th(.text(T.name(language))), .th(.text(T.email(language))), .th(.text(T.roles(language))),
                           .th(.text(T.seniority(language))), .th(.text(T.practiceGroup(language))), .th(.text(T.status(language))),
                           .th(.text(T.actions(language))))),
                .tbody(.forEach(model.people) { person in row(person, viewer: viewer) })
            )),
        ])
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
