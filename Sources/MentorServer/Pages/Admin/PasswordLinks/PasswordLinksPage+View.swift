import Plot
import Foundation
import MentorCore

extension PasswordLinksPage {
    static func render(_ model: Model, viewer: Viewer) -> HTML {
        let language = viewer.language
        let formats = viewer.formats
        return Layout.page(viewer, title: T.linksTitle(language), content: [
            .h1(.text(T.linksTitle(language))),
            .p(.class("lead"), .text(model.shown ? T.linksLeadShown(language) : T.linksLeadEmailed(language))),
            .div(.class("table-wrap"), .scrollRegion(T.linksTitle(language)), .table(
                .thead(.tr(.th(.text(T.name(language))), .th(.text(T.email(language))), .th(.text(T.linkColumn(language))),
                           .th(.text(T.validUntil(language))))),
                .tbody(.forEach(model.links) { link in
                    .tr(.td(.text(link.name)), .td(.text(link.email)),
                        .td(link.emailed ? Node<HTML.BodyContext>.text(T.sentByEmail(language))
                                         : .code(.class("password-link"), .text(link.url))),
                        .td(.text(formats.dateTime(link.expiresAt))))
                })
            )),
            .p(.a(.href(SiteURL.adminPeople.path), .text(T.backToPeople(language)))),
        ])
    }
}
