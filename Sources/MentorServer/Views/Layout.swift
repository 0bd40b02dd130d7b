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
                        .a(.class("brand"), .href("/"), .span(.class("brand__mark"), .attribute(named: "aria-hidden", value: "true"), .text("◐")), .text(T.productName(language))),
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
        var links: [(String, String)] = [("/", T.home(language))]
        if viewer.has(.mentor) || viewer.has(.mentee) || viewer.has(.coordinator) {
            links.append(("/mentorships", T.navPairs(language)))
        }
        if viewer.has(.mentor) { links.append(("/mirror", T.navMirror(language))) }
        if viewer.has(.mentee) { links.append(("/mentors", T.navFindMentor(language))) }
        if viewer.has(.admin) {
            links += [
                ("/admin/organisation", T.navOrganisation(language)),
                ("/admin/values", T.navValues(language)),
                ("/admin/people", T.navPeople(language)),
                ("/admin/programmes", T.navProgrammes(language)),
                ("/admin/lists", T.navLists(language)),
                ("/admin/guidance", T.navGuidance(language)),
                ("/admin/audit", T.navAudit(language)),
                ("/admin/outbox", T.outbox(language)),
            ]
        }
        links.append(("/notifications", T.notificationsNav(viewer.unreadNotifications)(language)))
        links.append(("/account", T.account(language)))
        return .nav(
            .class("site-nav"),
            .ariaLabel(T.mainNavigation(language)),
            .ul(.forEach(links) { link in
                .li(.a(.href(link.0), link.0 == current(viewer.path, among: links.map(\.0))
                        ? .attribute(named: "aria-current", value: "page") : .empty, .text(link.1)))
            }),
            .form(
                .class("site-nav__signout"),
                .action("/signout"), .method(.post),
                Forms.csrf(viewer),
                .button(.type(.submit), .class("link-button"), .text(T.signOut(language)))
            )
        )
    }

    /// The navigation entry a page belongs to: a mirror page to the mirror, otherwise the
    /// longest link the path starts with.
    static func current(_ path: String, among links: [String]) -> String? {
        if path.hasSuffix("/mirror") || path.hasPrefix("/mirror"), links.contains("/mirror") { return "/mirror" }
        return links.filter { $0 == path || ($0 != "/" && path.hasPrefix($0)) }.max { $0.count < $1.count }
    }

    /// Two buttons in a small form, so switching works without JavaScript.
    static func languageSwitch(_ viewer: Viewer) -> Node<HTML.BodyContext> {
        .form(
            .class("language-switch"),
            .action("/language"), .method(.post),
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
