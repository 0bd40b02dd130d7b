import Testing
import Foundation
@testable import MentorServer
import MentorCore

/// The conversation page's parts of issue 14, rendered from the mock in Dutch and English:
/// who brought an agenda item, where a carried item came from, and the estimate before the
/// measured share.
@Suite struct EstimateFirstPageTests {
    @Test(arguments: MentorCore.Language.allCases) func theMentorIsAskedForAnEstimateBeforeTheMeasuredFigures(language: MentorCore.Language) {
        var model = ConversationPage.Model.mock
        model.estimateFirst = true
        let viewer = Viewer.mock(language: language, roles: [.mentor], route: .conversation(model.id))
        let page = PageRendering.expect(ConversationPage.render(model, viewer: viewer), in: language, contains: [
            T.estimateFirstSubmit(language), T.estimateFirstSkip(language), T.estimateBeforeUpload(language),
            #"action="\#(SiteURL.transcriptEstimate(conversation: model.id).path)""#, #"name="estimate""#, #"name="skip""#,
        ])
        #expect(page.contains(PageRendering.escaped(T.estimateFirstLead(language))))
        // The measured figures wait: neither the measured share nor the speakers' table is on the page.
        #expect(!page.contains(T.mentorShareMeasured(language)) && !page.contains(T.talkMovesTitle(language)))
        #expect(!page.contains(#"action="\#(SiteURL.transcriptMapping(conversation: model.id).path)""#))
        // A refused answer is shown again with its message.
        model.errors = ["estimate": T.estimateFirstRequired(language)]
        model.draft.estimate = .init(estimate: "abc")
        let refused = ConversationPage.render(model, viewer: viewer).render()
        #expect(refused.contains(PageRendering.escaped(T.estimateFirstRequired(language))) && refused.contains(#"value="abc""#))
    }

    @Test(arguments: MentorCore.Language.allCases) func theUploadFormAsksTheMentorsEstimateAndTheAgendaWhoBroughtIt(language: MentorCore.Language) {
        var model = ConversationPage.Model.mock
        model.transcript = nil
        model.agenda[0].carriedFrom = UUID(uuidString: "00000000-0000-4000-8000-0000000000c9")!
        let viewer = Viewer.mock(language: language, roles: [.mentor], route: .conversation(model.id))
        let page = PageRendering.expect(ConversationPage.render(model, viewer: viewer), in: language, contains: [
            T.estimateBeforeUpload(language), #"name="estimate""#, #"value="40""#, T.broughtBy(language), #"name="broughtBy""#,
            #"value="mentee""#, #"href="\#(SiteURL.conversation(model.agenda[0].carriedFrom!).path)""#, T.carriedFromLink(language),
        ])
        #expect(page.contains(PageRendering.escaped(T.estimateBeforeUploadHint(language))))
        #expect(page.contains(PageRendering.escaped(T.broughtByHint(language))))
        // The mentee's page has no estimate of the mentor's, and her own agenda form defaults to her.
        var mentee = model
        mentee.isMentor = false
        mentee.privateNotes = nil
        let menteePage = ConversationPage.render(mentee, viewer: Viewer.mock(language: language, roles: [.mentee], route: .conversation(model.id))).render()
        #expect(!menteePage.contains(#"name="estimate""#))
        #expect(menteePage.contains(#"<option value="mentee" selected="selected">"#))
    }
}
