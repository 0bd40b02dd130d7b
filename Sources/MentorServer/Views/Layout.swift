import Plot
import Vapor
import MentorCore

/// The frame around every page: language, navigation for the viewer's roles, the language
/// switch, a flash message and the page's own content.
enum Layout {
    static func page(_ viewer: Viewer, title: String, flash: String? = nil, content: [Node<HTML.BodyContext>]) -> HTML {
        let language = viewer.language
        return HTML(
            .lang(language == .nl ? .dutch : .english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", text: "\(title) · \(T.productName(language))"),
                .link(.rel(.stylesheet), .href(Stylesheet.path))
            ),
            .body(
                .a(.class("skip-link"), .href("#main"), .text(T.skipToContent(language))),
                .header(
                    .class("site-header"),
                    .div(
                        .class("site-header__inner"),
                        .a(.class("brand"), .href(SiteURL.home.path), .span(.class("brand__mark"), .attribute(named: "aria-hidden", value: "true"), .text("◐")), .text(T.productName(language))),
                        navigation(viewer),
                        languageSwitch(viewer)
                    )
                ),
                .main(
                    .id("main"),
                    .class("content"),
                    .attribute(named: "tabindex", value: "-1"),
                    .unwrap(flash) { .div(.class("flash"), .attribute(named: "role", value: "status"), .text($0)) },
                    .group(content)
                ),
                .footer(
                    .class("site-footer"),
                    .p(.text(T.tagline(language)))
                )
            )
        )
    }

    static func navigation(_ viewer: Viewer) -> Node<HTML.BodyContext> {
        guard viewer.isSignedIn else { return .empty }
        let language = viewer.language
        var links: [(NavigationSection, SiteURL, String)] = [(.home, .home, T.home(language))]
        if viewer.has(.mentor) || viewer.has(.mentee) || viewer.has(.coordinator) {
            links.append((.pairs, .pairs, T.navPairs(language)))
        }
        if viewer.has(.mentor) { links.append((.mirror, .mirror, T.navMirror(language))) }
        if viewer.has(.mentee) { links.append((.findMentor, .mentors, T.navFindMentor(language))) }
        if viewer.has(.admin) {
            links += [
                (.organisation, .adminOrganisation, T.navOrganisation(language)),
                (.values, .adminValues, T.navValues(language)),
                (.people, .adminPeople, T.navPeople(language)),
                (.programmes, .adminProgrammes, T.navProgrammes(language)),
                (.lists, .adminLists, T.navLists(language)),
                (.guidance, .adminGuidance, T.navGuidance(language)),
                (.audit, .adminAudit, T.navAudit(language)),
                (.outbox, .adminOutbox, T.outbox(language)),
            ]
        }
        links.append((.notifications, .notifications, T.notificationsNav(viewer.unreadNotifications)(language)))
        links.append((.account, .account, T.account(language)))
        let current = viewer.route?.section
        // On a narrow screen the menu folds away behind "Menu" without JavaScript: the
        // checkbox before the navigation opens it (`.nav-toggle:checked ~ .site-nav` in the CSS);
        // on a wide screen the checkbox and its label are hidden and the menu is always shown.
        return .group(
            .input(.type(.checkbox), .id("nav-toggle"), .class("nav-toggle"),
                   .attribute(named: "aria-controls", value: "site-nav")),
            .label(.for("nav-toggle"), .class("nav-toggle__label"),
                   .span(.class("nav-toggle__icon"), .attribute(named: "aria-hidden", value: "true"), .text("☰")),
                   .text(T.menu(language))),
            .nav(
            .id("site-nav"),
            .class("site-nav"),
            .ariaLabel(T.mainNavigation(language)),
            .ul(.forEach(links) { section, url, label in
                .li(.a(.href(url.path), section == current ? .attribute(named: "aria-current", value: "page") : .empty, .text(label)))
            }),
            .form(
                .class("site-nav__signout"),
                .action(SiteURL.signOut.path), .method(.post),
                Forms.csrf(viewer),
                .button(.type(.submit), .class("link-button"), .text(T.signOut(language)))
            )
            )
        )
    }

    /// Two buttons in a small form, so switching works without JavaScript.
    static func languageSwitch(_ viewer: Viewer) -> Node<HTML.BodyContext> {
        .form(
            .class("language-switch"),
            .action(SiteURL.language.path), .method(.post),
            .attribute(named: "aria-label", value: T.switchLanguage(viewer.language)),
            Forms.csrf(viewer),
            .input(.type(.hidden), .name("back"), .value(viewer.path)),
            .forEach(Language.allCases) { language in
                .button(
                    .type(.submit), .name("lang"), .value(language.rawValue),
                    .attribute(named: "lang", value: language.rawValue),
                    .attribute(named: "aria-pressed", value: language == viewer.language ? "true" : "false"),
                    .text(language.rawValue.uppercased()),
                    .element(named: "span", nodes: [.class("visually-hidden"), .text(" " + T.languageName(language)(language))])
                )
            }
        )
    }
}

extension HTML {
    /// A response with this page, rendered without indentation.
    func response(status: HTTPStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: status, headers: headers, body: .init(string: render()))
    }
}

extension Node where Context: HTML.BodyContext {
    /// The attributes of a `.table-wrap` whose table may scroll sideways on a phone: keyboard
    /// users can reach and scroll it, and a screen reader names it:
    /// `.div(.class("table-wrap"), .scrollRegion(T.auditLog(language)), .table(...))`.
    static func scrollRegion(_ label: String) -> Node {
        .group(.attribute(named: "tabindex", value: "0"), .attribute(named: "role", value: "region"), .ariaLabel(label))
    }
}
