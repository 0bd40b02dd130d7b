import Testing
import Foundation
@testable import MentorServer
import MentorCore

/// The mentee's view (issue 14), rendered from mocks in Dutch and English: the mentee's page
/// with its two questions, what is shared and the switch; the mirror's distribution beside the
/// estimate, hidden below three answers; the overview's sum.
@Suite struct MenteeViewPageTests {
    @Test(arguments: MentorCore.Language.allCases) func theMenteeSeesTheTwoQuestionsWhatIsSharedAndTheSwitch(language: MentorCore.Language) {
        let model = MenteeViewPage.Model.mock
        let viewer = Viewer.mock(language: language, roles: [.mentee], route: .menteeView(model.conversationID))
        let page = PageRendering.expect(MenteeViewPage.render(model, viewer: viewer), in: language, contains: [
            T.menteeViewTitle(language), T.menteeViewSend(language), T.menteeViewSharedTitle(language), T.menteeViewStopTitle(language),
            #"action="\#(SiteURL.menteeView(model.conversationID).path)""#, #"action="\#(SiteURL.menteeViewSetting(model.conversationID).path)""#,
            #"name="questions" value="off""#, T.menteeViewSwitchOff(language),
            PageRendering.escaped(T.menteeViewSharedCounts(language)), PageRendering.escaped(T.menteeViewSharedThreshold(3)(language)),
            PageRendering.escaped(T.menteeViewSharedOnlyMentee(language)), PageRendering.escaped(T.menteeViewStopExplained(language)),
        ])
        for question in MenteeViewQuestion.allCases {
            #expect(page.contains(PageRendering.escaped(T.menteeQuestion(question)(language))))
            for point in MenteeViewFigure.scale {
                #expect(page.contains(#"name="\#(question.rawValue)" value="\#(point)""#))
                #expect(page.contains(PageRendering.escaped(T.menteeScale(question, point)(language))))
            }
        }
        // The stored answer is chosen: room 4, challenge 2, and nothing else.
        #expect(page.contains(#"id="f-room-4" name="room" value="4" checked"#))
        #expect(page.contains(#"id="f-challenge-2" name="challenge" value="2" checked"#))
        #expect(page.components(separatedBy: " checked").count - 1 == 2)
        #expect(page.contains(PageRendering.escaped(T.menteeViewAnswered(viewer.formats.date(model.answeredAt!))(language))))
    }

    @Test(arguments: MentorCore.Language.allCases) func switchedOffThePageOffersToSwitchOnAndHasNoQuestions(language: MentorCore.Language) {
        var model = MenteeViewPage.Model.mock
        model.switchedOff = true
        model.refusal = .switchedOff
        let viewer = Viewer.mock(language: language, roles: [.mentee], route: .menteeView(model.conversationID))
        let page = PageRendering.expect(MenteeViewPage.render(model, viewer: viewer), in: language, contains: [
            T.menteeViewStateOff(language), T.menteeViewSwitchOn(language), #"name="questions" value="on""#,
            PageRendering.escaped(T.menteeViewIsOff(language)),
        ])
        #expect(!page.contains(#"name="room""#) && !page.contains(T.menteeViewSend(language)))
    }

    @Test(arguments: MentorCore.Language.allCases) func aRefusedAnswerIsShownWithItsMessage(language: MentorCore.Language) {
        var model = MenteeViewPage.Model.mock
        model.form = .init(room: "9", challenge: nil)
        model.errors = ["room": T.menteeViewChoose(language), "challenge": T.menteeViewChoose(language)]
        let viewer = Viewer.mock(language: language, roles: [.mentee], route: .menteeView(model.conversationID))
        let page = PageRendering.expect(MenteeViewPage.render(model, viewer: viewer), in: language, contains: [
            T.fixTheseFields(language), ##"href="#f-room""##, #"id="f-room-error""#, #"id="f-challenge-error""#,
        ])
        #expect(!page.contains(" checked"))
        // A planned conversation is not asked about yet.
        model.refusal = .notHeld
        let planned = MenteeViewPage.render(model, viewer: viewer).render()
        #expect(planned.contains(PageRendering.escaped(T.menteeViewNotHeld(language))) && !planned.contains(#"name="room""#))
    }

    @Test(arguments: MentorCore.Language.allCases) func theMirrorShowsTheDistributionBesideTheEstimateFromThreeAnswers(language: MentorCore.Language) {
        // The mock's first mentee answered three conversations: room 2, 3, 4; challenge 3 three times.
        let model = MirrorPage.Model.mock
        #expect(model.mirror.menteeView.room == [0, 1, 1, 1, 0] && model.mirror.menteeView.challenge == [0, 0, 3, 0, 0])
        let viewer = Viewer.mock(language: language, roles: [.mentor], route: .pairMirror(model.mirror.pairID))
        let page = PageRendering.expect(MirrorPage.render(model, viewer: viewer), in: language, contains: [
            T.menteeViewMirrorTitle(language), #"id="mentee-view""#, PageRendering.escaped(T.menteeViewMirrorBasis(3)(language)),
            PageRendering.escaped(T.menteeQuestionForMentor(.room)(language)), PageRendering.escaped(T.menteeQuestionForMentor(.challenge)(language)),
            PageRendering.escaped("3 – \(T.menteeScale(.challenge, 3)(language))") + "</td><td>3 ",
            PageRendering.escaped("1 – \(T.menteeScale(.challenge, 1)(language))") + "</td><td>0 ",
        ])
        // Beside the estimate: after the calibration block, in the first question's section.
        let calibration = try! #require(page.range(of: #"id="calibration""#)), mentee = try! #require(page.range(of: #"id="mentee-view""#))
        #expect(calibration.lowerBound < mentee.lowerBound)
        // The second mentee answered twice: nothing shown, not even the count.
        var hidden = model
        hidden.mirror = MirrorMocks.mirrors[1]
        let few = MirrorPage.render(hidden, viewer: viewer).render()
        #expect(few.contains(PageRendering.escaped(T.menteeViewMirrorHidden(3)(language))))
        #expect(!few.contains(PageRendering.escaped(T.menteeViewMirrorBasis(2)(language))) && !few.contains(T.menteeViewTimes(language)))
    }

    @Test(arguments: MentorCore.Language.allCases) func theOverviewSumsTheMenteesAnswers(language: MentorCore.Language) {
        // 3 + 2 answers: room 2, 3, 4, 2, 3 -> [0, 2, 2, 1, 0]; challenge 3 five times.
        let model = MirrorOverviewPage.Model.mock
        #expect(model.overall?.menteeView.answers == 5 && model.overall?.menteeView.room == [0, 2, 2, 1, 0])
        let viewer = Viewer.mock(language: language, roles: [.mentor], route: .mirror)
        PageRendering.expect(MirrorOverviewPage.render(model, viewer: viewer), in: language, contains: [
            T.menteeViewMirrorTitleAll(language), #"id="mentee-view-all""#, PageRendering.escaped(T.menteeViewMirrorBasis(5)(language)),
            PageRendering.escaped("3 – \(T.menteeScale(.challenge, 3)(language))") + "</td><td>5 ",
        ])
    }

    @Test(arguments: MentorCore.Language.allCases) func theMenteeFindsTheQuestionsOnAHeldConversationOnly(language: MentorCore.Language) {
        var model = ConversationPage.Model.mock
        model.isMentor = false
        model.privateNotes = nil
        model.status = .held
        let viewer = Viewer.mock(language: language, roles: [.mentee], route: .conversation(model.id))
        PageRendering.expect(ConversationPage.render(model, viewer: viewer), in: language, contains: [
            #"href="\#(SiteURL.menteeView(model.id).path)""#, PageRendering.escaped(T.menteeViewLink(language)),
        ])
        model.status = .planned
        #expect(!ConversationPage.render(model, viewer: viewer).render().contains(SiteURL.menteeView(model.id).path))
        // The mentor never gets the link.
        model.status = .held
        model.isMentor = true
        let mentor = Viewer.mock(language: language, roles: [.mentor], route: .conversation(model.id))
        #expect(!ConversationPage.render(model, viewer: mentor).render().contains(SiteURL.menteeView(model.id).path))
    }
}
