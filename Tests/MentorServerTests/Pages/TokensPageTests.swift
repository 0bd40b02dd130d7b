import Testing
import Foundation
@testable import MentorServer
import MentorCore

/// The account's access tokens page, rendered from its mock in both languages, and its form.
@Suite struct TokensPageTests {
    @Test(arguments: MentorCore.Language.allCases) func tokensPage(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.mentor], route: .accountTokens)
        let model = TokensPage.Model.mock
        let page = PageRendering.expect(TokensPage.render(model, viewer: viewer), in: language, contains: [
            T.accessTokens(language), T.accessTokensIntro(language), T.accessTokenShownOnce(language), T.accessTokenScopeRead(language),
            T.accessTokenScopeWrite(language), T.accessTokenNeverUsed(language), T.accessTokenRevoked(language), T.accessTokenRevoke(language),
            "mm_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG", "mm_Ab12…",
            #"action="/account/tokens""#, #"action="/account/tokens/00000000-0000-4000-8000-0000000000A1/revoke""#,
            #"name="name""#, #"name="scope""#, #"name="expiresOn""#, "Geef een &lt;naam&gt;",
        ])
        // A revoked token has no revoke button.
        #expect(!page.contains("0000000000A2/revoke"))
        #expect(page.contains("Reporting &lt;script&gt;"))
    }

    @Test func theFormChecksNameScopeAndExpiry() throws {
        let formats = Formats(language: .en, timeZone: TimeZone(identifier: "Europe/Amsterdam")!)
        let now = Date(timeIntervalSince1970: 1_772_442_000) // 2 March 2026
        let valid = try TokensPage.Form(name: " Sync ", scope: "write", expiresOn: "2026-04-01").validated(formats, now: now).get()
        #expect(valid.name == "Sync" && valid.scope == .write)
        #expect(valid.expiresAt.map { formats.isoDay($0.addingTimeInterval(-1)) } == "2026-04-01")
        let noExpiry = try TokensPage.Form(name: "Read", scope: nil, expiresOn: "").validated(formats, now: now).get()
        #expect(noExpiry.scope == .read && noExpiry.expiresAt == nil)
        guard case .failure(let errors) = TokensPage.Form(name: "", scope: "admin", expiresOn: "2020-01-01").validated(formats, now: now) else {
            Issue.record("an empty name, an unknown scope and a past day were accepted"); return
        }
        #expect(Set(errors.fields.keys) == ["name", "scope", "expiresOn"])
    }
}
