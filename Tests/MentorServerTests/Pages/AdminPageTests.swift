import Testing
import Foundation
@testable import MentorServer
import MentorCore

/// The administrator's pages, rendered from their mocks in Dutch and English.
@Suite struct AdminPageTests {
    @Test(arguments: MentorCore.Language.allCases) func organisationSettings(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.admin], route: .adminOrganisation)
        let page = PageRendering.expect(OrganisationPage.render(.mock, viewer: viewer), in: language, contains: [
            T.organisationSettings(language), T.talkBandLow(language), T.retentionDays(language), T.save(language),
            #"action="/admin/organisation""#, #"value="730""#,
        ])
        #expect(page.contains(PageRendering.escaped("Van Dijk & <Partners>")))
        var withErrors = OrganisationPage.Model.mock
        withErrors.errors = ["name": T.required(language)]
        #expect(OrganisationPage.render(withErrors, viewer: viewer).render().contains(T.required(language)))
    }

    @Test func organisationFormIsCheckedBeforeAnythingIsSaved() throws {
        let valid = OrganisationPage.Form(name: " Firm ", defaultLanguage: "en", talkBandLow: "20", talkBandHigh: "40", retentionDays: "")
        #expect(try valid.validated(.en).get() == .init(name: "Firm", defaultLanguage: .en, talkBandLow: 0.2, talkBandHigh: 0.4, retentionDays: nil))
        let wrong = OrganisationPage.Form(name: "", defaultLanguage: "fr", talkBandLow: "50", talkBandHigh: "40", retentionDays: "3")
        guard case .failure(let errors) = wrong.validated(.nl) else { Issue.record("accepted"); return }
        #expect(Set(errors.fields.keys) == ["name", "defaultLanguage", "talkBandLow", "retentionDays"])
    }
}
