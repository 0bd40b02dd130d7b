import Testing
import Foundation
@testable import MentorServer
import MentorCore

/// The one-page conversation log, rendered from its mock in Dutch and English.
@Suite struct ConversationLogPageTests {
    static let model = ConversationLogPage.Model.mock

    @Test(arguments: MentorCore.Language.allCases) func everyPartIsOneFormWithItsRows(language: MentorCore.Language) {
        let model = Self.model
        let viewer = Viewer.mock(language: language, roles: [.mentor], route: .conversationLog(model.id))
        let page = PageRendering.expect(ConversationLogPage.render(model, viewer: viewer), in: language, contains: [
            T.logTitle(language), T.logLead(language), T.details(language), T.logAgendaOutcome(language), T.logAgendaHint(language),
            T.logNewAgenda(language), T.notes(language), T.privateNotesHint(language), T.logOpenActions(language), T.logNewActions(language),
            T.goalEvidence(language), T.valueScores(language), T.attitude(language), T.logSave(language), T.logMoreRows(language),
            #"action="\#(SiteURL.conversationLog(model.id).path)""#, #"href="\#(SiteURL.conversation(model.id).path)""#,
            // The ticks: the discussed item checked, the other not; the open action to tick done.
            #"name="covered[]" value="\#(model.agenda[1].id.uuidString)" checked"#,
            #"name="covered[]" value="\#(model.agenda[0].id.uuidString)"/>"#,
            #"name="done[]" value="\#(model.openActions[0].id.uuidString)"/>"#,
            // Rows: as many as the defaults, the sent ones filled in, with the error beside its field.
            #"name="agenda[1][text]""#, #"name="actions[2][text]""#, #"name="actions[2][due]""#, #"name="evidence[1][goal]""#,
            #"name="scores[1][behaviour]""#, #"name="observations[1][effect]""#, #"name="observations[1][effect]" value="" checked"#, #"name="actions[0][owner]" value="mentee" checked"#,
            #"id="f-scores[0][score]-error""#, #"name="more" value="1" formnovalidate"#, #"name="talkShare""#, #"value="40""#,
        ])
        #expect(!page.contains(#"name="actions[3][text]""#))
        for text in ["Jeroen <Partners>", "Emma <script>", "Plan my <script> week", "Client <Partners> call", "Read the <script> memo",
                     "Plan <Partners> work", "Ownership <Partners>", "Waits for <Partners>", "A <script> topic", "Shared <Partners> notes",
                     "Private <script> notes", "Draft a <script> plan", "Saved <script>", "Room <Partners>", "Score <script> error"] {
            #expect(page.contains(PageRendering.escaped(text)), "\(text) not escaped")
        }
        // The form holds every field: one form, nothing outside it but the language switch and sign-out.
        let forms = BrowserForm.all(in: page).filter { $0.action == SiteURL.conversationLog(model.id).path }
        #expect(forms.count == 1)
        #expect(forms.first?.fields.contains { $0.name == "privateNotes" } == true)
    }

    @Test(arguments: MentorCore.Language.allCases) func moreRowsAreShownWhenAsked(language: MentorCore.Language) {
        var model = Self.model
        model.rows = model.rows.fitting(model.form, extra: 1)
        model.errors = [:]
        let viewer = Viewer.mock(language: language, roles: [.mentor], route: .conversationLog(model.id))
        PageRendering.expect(ConversationLogPage.render(model, viewer: viewer), in: language, contains: [
            #"name="actions[3][text]""#, #"name="agenda[2][text]""#, #"name="observations[2][note]""#,
        ])
    }

    /// The conversation page offers the mentor the log, never the mentee, and after a save shows
    /// its message in the part just saved, where `#saved` points.
    @Test(arguments: MentorCore.Language.allCases) func theConversationPageLinksTheLogAndShowsASaveWhereItHappened(language: MentorCore.Language) throws {
        var model = ConversationPage.Model.mock
        model.saved = .scores
        let viewer = Viewer.mock(language: language, roles: [.mentor], route: .conversation(model.id))
        let page = PageRendering.expect(ConversationPage.render(model, viewer: viewer), in: language, contains: [
            #"href="\#(SiteURL.conversationLog(model.id).path)""#, T.logConversation(language),
        ])
        let scores = try #require(page.range(of: "<h2>\(T.valueScores(language))</h2>"))
        let message = try #require(page.range(of: #"<div class="flash" id="saved" role="status">"#))
        #expect(message.lowerBound > scores.lowerBound)
        #expect(page.components(separatedBy: #"class="flash""#).count == 2)
        var mentee = model
        mentee.isMentor = false
        mentee.saved = nil
        mentee.privateNotes = nil
        mentee.values = []; mentee.scores = []; mentee.patterns = []; mentee.observations = []
        let menteePage = PageRendering.expect(ConversationPage.render(mentee, viewer: Viewer.mock(language: language, roles: [.mentee], route: .conversation(model.id))),
                                              in: language, contains: [T.agenda(language)])
        #expect(!menteePage.contains(SiteURL.conversationLog(model.id).path))
    }
}
