import Testing
import Foundation
import Vapor
import VaporTesting
@testable import MentorServer
import MentorCore

@Suite struct LocalizationTests {
    @Test func pagesFollowAcceptLanguageWhenThePersonHasNoSetting() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let english = TestClient(app, acceptLanguage: "en-US,en;q=0.8")
            try await english.signIn(fixture.a.emails[.mentor]!)
            let page = try await english.get("/account").body.string
            #expect(page.contains("<html lang=\"en\">"))
            #expect(page.contains("My account"))
        }
    }

    @Test func organisationDefaultAppliesWhenTheBrowserAsksForNeither() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let dutchOrg = TestClient(app, acceptLanguage: "de-DE")
            try await dutchOrg.signIn(fixture.a.emails[.mentor]!)
            #expect(try await dutchOrg.get("/account").body.string.contains("<html lang=\"nl\">"))
            let englishOrg = TestClient(app, acceptLanguage: "de-DE")
            try await englishOrg.signIn(fixture.b.emails[.mentor]!)
            #expect(try await englishOrg.get("/account").body.string.contains("<html lang=\"en\">"))
        }
    }

    @Test func thePersonsOwnSettingBeatsTheBrowser() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app, acceptLanguage: "en")
            try await client.signIn(fixture.a.emails[.mentor]!)
            #expect(try await client.post("/account/language", [("lang", "nl")]).status == .seeOther)
            let page = try await client.get("/account").body.string
            #expect(page.contains("<html lang=\"nl\">"))
            #expect(page.contains("Je taalvoorkeur is opgeslagen."))
        }
    }

    @Test func theSwitchInTheHeaderChangesTheLanguageAndReturnsToThePage() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app, acceptLanguage: "nl")
            try await client.signIn(fixture.a.emails[.admin]!)
            let response = try await client.post("/language", [("lang", "en"), ("back", "/admin/people")])
            #expect(response.headers.first(name: .location) == "/admin/people")
            #expect(try await client.get("/admin/people").body.string.contains("<h1>People</h1>"))
            // A link to another site is never followed.
            let outside = try await client.post("/language", [("lang", "nl"), ("back", "//evil.example/")])
            #expect(outside.headers.first(name: .location) == "/")
        }
    }

    @Test func anonymousVisitorsCanSwitchToo() async throws {
        try await withTestApp { app in
            let client = TestClient(app, acceptLanguage: "en")
            #expect(try await client.get("/signin").body.string.contains("Sign in"))
            try await client.post("/language", [("lang", "nl"), ("back", "/signin")])
            #expect(try await client.get("/signin").body.string.contains("Inloggen"))
        }
    }

    @Test func datesAndNumbersAreWrittenPerLanguage() {
        let zone = TimeZone(identifier: "Europe/Amsterdam")!
        let date = Date(timeIntervalSince1970: 1_773_316_800) // 12 March 2026, 12:00 UTC
        let dutch = Formats(language: .nl, timeZone: zone)
        let english = Formats(language: .en, timeZone: zone)
        #expect(dutch.date(date).contains("mrt"))
        #expect(english.date(date).contains("Mar"))
        #expect(dutch.number(2.5) == "2,5")
        #expect(english.number(2.5) == "2.5")
        #expect(dutch.isoDay(date) == "2026-03-12")
        #expect(dutch.parseDay("2026-02-31") == nil)
        #expect(dutch.parseDay("2026-03-12").map(dutch.isoDay) == "2026-03-12")
    }

    @Test func navigationMarksTheSectionAPageBelongsTo() {
        let id = UUID()
        #expect(SiteURL.pairMirror(id).section == .mirror)
        #expect(SiteURL.pair(id).section == .pairs)
        #expect(SiteURL.adminPersonEdit(id).section == .people)
        #expect(SiteURL.home.section == .home)
        #expect(SiteURL.conversation(id).section == nil)
    }

    @Test func navigationMarksTheCurrentRouteInThePage() {
        var viewer = Viewer(personID: UUID(), name: "Mo", email: "mo@example.org", organisationID: UUID(), organisationName: "Firm",
                            roles: [.mentor, .admin], language: .en, csrfToken: "t", path: "/x", timeZone: .current)
        viewer.route = .pairMirror(UUID())
        let html = Layout.page(viewer, title: "Mirror", content: []).render()
        #expect(html.contains(#"<a href="/mirror" aria-current="page">"#))
        #expect(!html.contains(#"<a href="/mentorships" aria-current="page">"#))
        viewer.route = .adminPersonEdit(UUID())
        #expect(Layout.page(viewer, title: "People", content: []).render().contains(#"<a href="/admin/people" aria-current="page">"#))
    }

    @Test func everyRoleAndStatusHasBothTexts() {
        for role in Role.allCases { #expect(!T.roleName(role).nl.isEmpty && !T.roleName(role).en.isEmpty) }
        for status in MentorshipStatus.allCases { #expect(!T.statusName(status).nl.isEmpty && !T.statusName(status).en.isEmpty) }
    }
}
