import Testing
import Foundation
@testable import MentorServer
import MentorCore

/// The administrator's SCIM page, rendered from its mock in Dutch and English.
@Suite struct ProvisioningPageTests {
    @Test(arguments: MentorCore.Language.allCases) func provisioning(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.admin], route: .adminProvisioning)
        let model = ProvisioningPage.Model.mock
        let page = PageRendering.expect(ProvisioningPage.render(model, viewer: viewer), in: language, contains: [
            T.provisioningTitle(language), T.provisioningAddress(language), "https://mentor.example.org/scim/v2",
            T.provisioningNewToken(language), model.newToken!, T.provisioningRevoked(language), T.provisioningNeverUsed(language),
            #"action="/admin/provisioning/tokens""#, #"action="/admin/provisioning/tokens/\#(model.tokens[0].id.uuidString)/revoke""#,
            PageRendering.escaped("Entra ID <script>alert(1)</script>"),
        ])
        // A revoked token has nothing left to revoke.
        #expect(!page.contains("/admin/provisioning/tokens/\(model.tokens[1].id.uuidString)/revoke"))
        var empty = ProvisioningPage.Model(address: model.address, tokens: [])
        empty.errors = ["label": T.required(language)]
        let bare = ProvisioningPage.render(empty, viewer: viewer).render()
        #expect(bare.contains(T.provisioningNoTokens(language)) && bare.contains(T.required(language)) && !bare.contains("mmscim_"))
    }

    @Test func tokenNameIsRequiredAndBounded() throws {
        #expect(try ProvisioningPage.Form(label: "  Entra ID ").validated(.en).get() == "Entra ID")
        guard case .failure = ProvisioningPage.Form(label: " ").validated(.nl) else { Issue.record("accepted"); return }
        guard case .failure = ProvisioningPage.Form(label: String(repeating: "x", count: 101)).validated(.nl) else { Issue.record("accepted"); return }
    }
}
