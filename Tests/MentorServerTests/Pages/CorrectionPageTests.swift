import Testing
import Foundation
@testable import MentorServer
import MentorCore

/// The pages that correct and remove records, rendered from their mocks in Dutch and English.
@Suite struct CorrectionPageTests {
    @Test(arguments: MentorCore.Language.allCases) func confirmationOfARemoval(language: MentorCore.Language) {
        let model = ConfirmDeletePage.Model.mock
        let viewer = Viewer.mock(language: language, roles: [.mentor], route: model.action)
        let page = PageRendering.expect(ConfirmDeletePage.render(model, viewer: viewer), in: language, contains: [
            T.deleteRecordQuestion(.score)(language), T.deleteRecordLead(language), T.deleteForGood(language), T.keepIt(language),
            T.confirmFirst(language),
            #"action="\#(model.action.path)""#, #"href="\#(model.back.path)""#, #"name="confirm" value="yes""#,
        ])
        #expect(page.contains(PageRendering.escaped("Ownership <Partners>: 4/5 · Proposed a <script> plan")))
    }

    @Test(arguments: MentorCore.Language.allCases) func confirmationOfACancellation(language: MentorCore.Language) {
        var model = ConfirmDeletePage.Model.mock
        model.kind = .conversation
        model.mode = .cancelConversation
        model.unconfirmed = false
        model.keep = .pairs
        let viewer = Viewer.mock(language: language, roles: [.mentee])
        let page = PageRendering.expect(ConfirmDeletePage.render(model, viewer: viewer), in: language, contains: [
            T.cancelConversationQuestion(language), T.cancelConversationLead(language), T.yesCancel(language), #"href="\#(SiteURL.pairs.path)""#,
        ])
        #expect(!page.contains(T.confirmFirst(language)))
        #expect(!page.contains(T.deleteForGood(language)))
    }

    @Test(arguments: MentorCore.Language.allCases) func everyEditorRendersItsFieldsFilled(language: MentorCore.Language) {
        let expected: [(names: [String], values: [String])] = [
            (["agendaText"], ["Plan my &lt;script&gt; week"]),
            (["actionText", "owner", "dueOn"], ["Draft a &lt;script&gt; plan", #"value="mentor" selected="selected""#, #"value="2026-06-01""#]),
            (["goal", "evidenceText"], ["Kept the &lt;script&gt; plan", "Plan &lt;Partners&gt; work"]),
            (["value", "score", "behaviour"], [#"value="4" selected="selected""#, "Ownership &lt;Partners&gt;", "Proposed a &lt;script&gt; plan"]),
            (["pattern", "effect", "observationNote"], [#"value="hinders" selected="selected""#, "Waits for &lt;Partners&gt;", "Waited &lt;script&gt;"]),
            (["date", "time", "durationMinutes", "place"], [#"value="2026-06-02""#, #"value="09:30""#, #"value="45""#, "Room &lt;Partners&gt;"]),
        ]
        for (model, fields) in zip(RecordEditPage.Model.mocks, expected) {
            let viewer = Viewer.mock(language: language, roles: [.mentor], route: model.editor.action(conversation: model.conversationID))
            let title = model.editor.kind == .conversation ? T.rescheduleTitle(language) : T.editRecordTitle(model.editor.kind)(language)
            let page = PageRendering.expect(RecordEditPage.render(model, viewer: viewer), in: language, contains: [
                title, #"action="\#(model.editor.action(conversation: model.conversationID).path)""#,
                #"href="\#(SiteURL.conversation(model.conversationID).path)""#,
            ] + fields.names.map { #"name="\#($0)""# } + fields.values)
            if let delete = model.editor.delete { #expect(page.contains(#"href="\#(delete.path)""#)) }
        }
    }

    @Test(arguments: MentorCore.Language.allCases) func anEditorShowsItsErrors(language: MentorCore.Language) {
        var model = RecordEditPage.Model.mock
        model.errors = ["actionText": T.required(language)]
        let viewer = Viewer.mock(language: language, roles: [.mentee])
        PageRendering.expect(RecordEditPage.render(model, viewer: viewer), in: language, contains: [
            T.fixTheseFields(language), T.required(language), #"aria-invalid="true""#, T.editRecordTitle(.action)(language),
        ])
    }

    @Test(arguments: MentorCore.Language.allCases) func themeOrPatternNames(language: MentorCore.Language) {
        let model = ListItemFormPage.Model.mock
        let viewer = Viewer.mock(language: language, roles: [.admin], route: .adminListItemEdit(model.id))
        let page = PageRendering.expect(ListItemFormPage.render(model, viewer: viewer), in: language, contains: [
            T.editRecordTitle(.pattern)(language), T.nameDutch(language), T.nameEnglish(language), T.saveChanges(language),
            #"action="\#(SiteURL.adminListItemEdit(model.id).path)""#, #"href="\#(SiteURL.adminListItemDelete(model.id).path)""#,
            #"href="\#(SiteURL.adminLists.path)""#,
        ])
        #expect(page.contains(PageRendering.escaped("Stil <script>")))
        #expect(page.contains(PageRendering.escaped("Required <Partners>")))
    }

    @Test(arguments: MentorCore.Language.allCases) func theConversationOffersCorrections(language: MentorCore.Language) {
        var model = ConversationPage.Model.mock
        model.status = .planned
        let viewer = Viewer.mock(language: language, roles: [.mentor], route: .conversation(model.id))
        let page = PageRendering.expect(ConversationPage.render(model, viewer: viewer), in: language, contains: [
            T.reschedule(language), T.cancelConversation(language),
            #"href="\#(SiteURL.conversationReschedule(model.id).path)""#, #"href="\#(SiteURL.conversationCancel(model.id).path)""#,
            // the mentor's own agenda item, not the mentee's
            #"href="\#(SiteURL.agendaItemEdit(model.agenda[1].id).path)""#,
            #"href="\#(SiteURL.actionEdit(model.actionsHere[0].id).path)""#, #"href="\#(SiteURL.actionDelete(model.actionsEarlier[0].id).path)""#,
            #"href="\#(SiteURL.evidenceEdit(model.evidence[0].id).path)""#, #"href="\#(SiteURL.scoreDelete(model.scores[0].id).path)""#,
            #"href="\#(SiteURL.observationEdit(model.observations[0].id).path)""#,
        ])
        #expect(!page.contains(SiteURL.agendaItemEdit(model.agenda[0].id).path))
        // held or ended: nothing to move, nothing to correct
        model.status = .held
        model.open = false
        let closed = ConversationPage.render(model, viewer: viewer).render()
        for hidden in [SiteURL.conversationReschedule(model.id).path, SiteURL.actionEdit(model.actionsHere[0].id).path,
                       SiteURL.scoreDelete(model.scores[0].id).path] {
            #expect(!closed.contains(hidden), "\(hidden)")
        }
    }

    @Test(arguments: MentorCore.Language.allCases) func theGoalOffersItsMenteeToDeleteIt(language: MentorCore.Language) {
        var model = GoalPage.Model.mock
        model.place = .mentee
        let viewer = Viewer.mock(language: language, roles: [.mentee], route: .goal(model.id))
        PageRendering.expect(GoalPage.render(model, viewer: viewer), in: language, contains: [
            T.deleteGoal(language), #"href="\#(SiteURL.goalDelete(model.id).path)""#,
        ])
        model.place = .mentor
        #expect(!GoalPage.render(model, viewer: viewer).render().contains(SiteURL.goalDelete(model.id).path))
    }

    @Test(arguments: MentorCore.Language.allCases) func aReflectionToCorrect(language: MentorCore.Language) {
        let model = ReflectionEditPage.Model.mock
        let viewer = Viewer.mock(language: language, roles: [.mentor], route: .reflectionEdit(model.id))
        let page = PageRendering.expect(ReflectionEditPage.render(model, viewer: viewer), in: language, contains: [
            T.editRecordTitle(.reflection)(language), T.allMentees(language), T.question1(language), T.question4(language),
            #"action="\#(SiteURL.reflectionEdit(model.id).path)""#, #"href="\#(SiteURL.reflectionDelete(model.id).path)""#,
            #"<option value="">"#, #"value="2026-03-31""#,
        ])
        for text in ["I waited <b>too</b> long", "Ownership <Partners>", "Before <script> the start", "Ayla <script>alert(1)</script>"] {
            #expect(page.contains(PageRendering.escaped(text)), "\(text)")
        }
    }
}
