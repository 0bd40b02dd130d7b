import Plot
import MentorCore

/// A link that was used, expired, replaced or mistyped: one message for all of them, so the
/// page says nothing about which. It has no data of its own, hence no Model or Query.
enum LinkInvalidPage {
    static func render(viewer: Viewer) -> HTML {
        let language = viewer.language
        return Layout.page(viewer, title: T.linkInvalidTitle(language), content: [
            .div(
                .class("signin card"),
                .h1(.text(T.linkInvalidTitle(language))),
                .p(.text(T.linkInvalidLead(language))),
                .p(.a(.class("button"), .href(SiteURL.passwordForgot.path), .text(T.linkInvalidNext(language)))),
                .p(.a(.href(SiteURL.signIn.path), .text(T.backToSignIn(language))))
            ),
        ])
    }
}
