import Testing
import Foundation
@testable import MentorServer
import MentorCore

/// Issue 14, items 5-7 rendered from the mocks: the focus field of a reflection, the synonyms of
/// a goal theme, and the focus, the agreement's practice and the goal mentions on both mirrors.
@Suite struct FocusPageTests {
    @Test(arguments: MentorCore.Language.allCases) func theReflectionFormsOfferOneFocus(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.mentor], route: .reflections)
        let page = PageRendering.expect(ReflectionsPage.render(.mock, viewer: viewer), in: language, contains: [
            T.focusLabel(language), PageRendering.escaped(T.focusHint(language)), T.focusNone(language), #"name="focus""#,
            #"value="\#(Focus.lessAdvice.rawValue)" selected="selected""#,
            // The saved reflection names its focus.
            T.focusTitle(language) + ": ", T.focusName(.waitAfterQuestions)(language),
        ] + Focus.allCases.map { #"value="\#($0.rawValue)""# })
        #expect(page.contains(T.focusName(.talkShareInBand)(language)))
        let edit = ReflectionEditPage.Model.mock
        let editViewer = Viewer.mock(language: language, roles: [.mentor], route: .reflectionEdit(edit.id))
        PageRendering.expect(ReflectionEditPage.render(edit, viewer: editViewer), in: language, contains: [T.focusLabel(language), #"name="focus""#])
    }

    @Test(arguments: MentorCore.Language.allCases) func aGoalThemeHasSynonymsAndAPatternHasNone(language: MentorCore.Language) {
        let theme = ListItemFormPage.Model.mockTheme
        let viewer = Viewer.mock(language: language, roles: [.admin], route: .adminListItemEdit(theme.id))
        let page = PageRendering.expect(ListItemFormPage.render(theme, viewer: viewer), in: language, contains: [
            T.synonymsLabel(language), PageRendering.escaped(T.synonymsHint(language)), #"name="synonyms""#,
            PageRendering.escaped("klant, <b>client</b>"), PageRendering.escaped("Too <script> long"),
        ])
        #expect(page.contains("adviesgesprek"))
        let pattern = PageRendering.expect(ListItemFormPage.render(.mock, viewer: viewer), in: language, contains: [])
        #expect(!pattern.contains(#"name="synonyms""#))
    }

    @Test(arguments: MentorCore.Language.allCases) func thePairMirrorShowsTheFocusThePracticeAndTheMentions(language: MentorCore.Language) throws {
        let model = MirrorPage.Model.mock
        let mirror = model.mirror
        let viewer = Viewer.mock(language: language, roles: [.mentor], route: .pairMirror(mirror.pairID))
        let focus = try #require(mirror.focus)
        let planning = try #require(mirror.agreementPractice.planning)
        // The first mock pair plans together: 2 of 4 each (4 * 2 >= 4): kept, nothing due for it.
        #expect(planning.agreed == .both && planning.byMentee == 2 && planning.held == 4 && planning.kept == true)
        #expect(!mirror.agreement.practiceDeparts)
        let goal = try #require(mirror.goalMentions.goals.first)
        PageRendering.expect(MirrorPage.render(model, viewer: viewer), in: language, contains: [
            #"id="focus""#, T.focusTitle(language), PageRendering.escaped(T.focusVerdict(focus.verdict)(language)),
            PageRendering.escaped(T.focusSince(T.focusName(.openQuestions)(language), viewer.formats.date(focus.since))(language)),
            T.focusEarlier(language), T.focusLater(language), T.focusMedian(language), PageRendering.escaped(T.focusHow(language)),
            #"id="agreement-practice""#, T.practiceTitle(language), PageRendering.escaped(T.practicePlanning(planning)(language)),
            PageRendering.escaped(T.practiceFrequency(mirror.agreementPractice.frequency!, formats: viewer.formats)(language)),
            PageRendering.escaped(T.practicePreparation(mirror.agreementPractice.preparation!)(language)), T.practiceKept(true)(language),
            #"id="goal-mentions""#, T.mentionsTitle(language), T.mentionsNamedBy(goal.namedBy)(language),
            #"href="\#(SiteURL.goal(goal.goalID).path)""#, "<td>\(goal.mentor)</td>", "<td>\(goal.mentee)</td>",
        ])
        // The second pair agreed that the mentee plans; 2 of 4 (3 * 2 < 2 * 4): it differs, so review is due, with that reason.
        var differing = model
        differing.mirror = MirrorMocks.mirrors[1]
        let other = try #require(differing.mirror.agreementPractice.planning)
        #expect(other.agreed == .mentee && other.kept == false && differing.mirror.agreement.reviewDue && differing.mirror.agreement.practiceDeparts)
        PageRendering.expect(MirrorPage.render(differing, viewer: viewer), in: language, contains: [
            PageRendering.escaped(T.practicePlanning(other)(language)), T.practiceKept(false)(language), PageRendering.escaped(T.reviewDuePractice(language)),
        ])
        // Without a focus the section points to the reflections.
        var bare = model
        bare.mirror.focus = nil
        PageRendering.expect(MirrorPage.render(bare, viewer: viewer), in: language, contains: [
            T.focusChooseInReflection(language), #"href="\#(SiteURL.reflections.path)""#,
        ])
    }

    @Test(arguments: MentorCore.Language.allCases) func theOverviewSumsThemOverTheMentees(language: MentorCore.Language) {
        let model = MirrorOverviewPage.Model.mock
        let viewer = Viewer.mock(language: language, roles: [.mentor], route: .mirror)
        // Both mock pairs: 2 + 3 mentor and 5 + 5 mentee mentions each, so 10 and 20 over both; the second agreement differs.
        let mentor = model.mirrors.reduce(0) { $0 + $1.goalMentions.mentor }, mentee = model.mirrors.reduce(0) { $0 + $1.goalMentions.mentee }
        #expect(mentor == 10 && mentee == 20)
        PageRendering.expect(MirrorOverviewPage.render(model, viewer: viewer), in: language, contains: [
            #"id="focus""#, PageRendering.escaped(T.focusOverviewMentees(2)(language)), T.focusName(.openQuestions)(language),
            PageRendering.escaped(T.practiceOverview(1, of: 2)(language)),
            PageRendering.escaped(T.mentionsOverview(mentor: 10, mentee: 20)(language)),
        ])
    }
}
