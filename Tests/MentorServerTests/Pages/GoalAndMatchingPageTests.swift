import Testing
import Foundation
@testable import MentorServer
import MentorCore

/// Goal, pulse and matching pages, rendered from their mocks in Dutch and English, without a database.
@Suite struct GoalAndMatchingPageTests {
    @Test(arguments: MentorCore.Language.allCases) func goalForm(language: MentorCore.Language) {
        var model = GoalFormPage.Model.mock
        model.errors = ["title": T.required(language)]
        let viewer = Viewer.mock(language: language, roles: [.mentee], route: .goalNew(pair: model.pairID))
        let page = PageRendering.expect(GoalFormPage.render(model, viewer: viewer), in: language, contains: [
            T.newGoal(language), T.successCriteria(language), T.required(language),
            #"action="/mentorships/\#(model.pairID)/goals""#, #"value="2026-06-30""#,
        ])
        #expect(page.contains(PageRendering.escaped("Digital & <Partners>")))
    }

    @Test(arguments: MentorCore.Language.allCases) func goalPageForTheMentorHasTheCommentForm(language: MentorCore.Language) {
        let model = GoalPage.Model.mock
        let viewer = Viewer.mock(language: language, roles: [.mentor], route: .goal(model.id))
        let page = PageRendering.expect(GoalPage.render(model, viewer: viewer), in: language, contains: [
            T.evidenceSoFar(language), T.saveComment(language), #"action="/goals/\#(model.id)/comment""#,
            #"href="/conversations/00000000-0000-4000-8000-0000000000C1""#,
        ])
        #expect(page.contains(PageRendering.escaped("Planned the week <first>")))
        #expect(!page.contains(T.editGoal(language)))
    }

    @Test(arguments: MentorCore.Language.allCases) func goalPageForTheMenteeHasTheEditForm(language: MentorCore.Language) {
        var model = GoalPage.Model.mock
        model.place = .mentee
        let viewer = Viewer.mock(language: language, roles: [.mentee], route: .goal(model.id))
        let page = PageRendering.expect(GoalPage.render(model, viewer: viewer), in: language, contains: [
            T.editGoal(language), #"action="/goals/\#(model.id)""#,
        ])
        #expect(!page.contains("/comment\""))
        model.open = false
        #expect(!GoalPage.render(model, viewer: viewer).render().contains(T.editGoal(language)))
    }

    @Test(arguments: MentorCore.Language.allCases) func pulse(language: MentorCore.Language) {
        let model = PulsePage.Model.mock
        let viewer = Viewer.mock(language: language, roles: [.mentee], route: .pulse(model.pairID))
        let page = PageRendering.expect(PulsePage.render(model, viewer: viewer), in: language, contains: [
            T.pulseSend(language), T.pulseAnonymous(language), #"action="/mentorships/\#(model.pairID)/pulse""#,
            #"value="4" checked"#,
        ])
        #expect(page.contains(PageRendering.escaped("More <script>time</script>")))
        var closed = model
        closed.open = false
        #expect(PulsePage.render(closed, viewer: viewer).render().contains(T.pulseNotOpen(language)))
    }

    @Test(arguments: MentorCore.Language.allCases) func matchingReview(language: MentorCore.Language) {
        let model = MatchingPage.Model.mock
        let viewer = Viewer.mock(language: language, roles: [.coordinator], route: .matching(programme: model.programmeID))
        let page = PageRendering.expect(MatchingPage.render(model, viewer: viewer), in: language, contains: [
            T.proposedPairs(language), T.lock(language), T.unmatchedMentees(language), T.excludedPairs(language), T.allowAgain(language),
            #"action="/programmes/\#(model.programmeID)/matching/mark""#, #"action="/programmes/\#(model.programmeID)/matching/publish""#,
            #"name="action" value="exclude""#,
        ])
        #expect(page.contains(PageRendering.escaped("Emma & <Partners>")))
    }

    @Test(arguments: MentorCore.Language.allCases) func preferences(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.mentor, .mentee], route: .accountPreferences)
        let page = PageRendering.expect(PreferencesPage.render(.mock, viewer: viewer), in: language, contains: [
            T.matchingPreferences(language), T.avoidMentors(language), #"action="/account/preferences""#, #"name="prefer3""#,
            #"name="avoid[]""#,
        ])
        #expect(page.contains(PageRendering.escaped("Lisa <script>")))
    }

    @Test func goalFormNeedsATitleAndADayNotPastForANewGoal() throws {
        let formats = Viewer.mock(language: .en, roles: [.mentee]).formats
        let now = try #require(formats.parseDay("2026-03-01"))
        let form = GoalFormPage.Form(title: " Plan ", targetDate: "2026-02-01", theme: "expertise", status: "achieved")
        guard case .failure(let past) = form.validated(.en, formats: formats, now: now, themes: ["expertise"], isNew: true) else {
            Issue.record("accepted"); return
        }
        #expect(past.fields == ["targetDate": T.targetInPast(.en)])
        let edited = try form.validated(.en, formats: formats, now: now, themes: ["expertise"], isNew: false).get()
        #expect(edited.title == "Plan" && edited.status == .achieved && edited.theme == "expertise")
        guard case .failure(let wrong) = GoalFormPage.Form(title: "", targetDate: "later", theme: "nope").validated(.nl, formats: formats, now: now,
                                                                                                                  themes: [], isNew: true) else {
            Issue.record("accepted"); return
        }
        #expect(Set(wrong.fields.keys) == ["title", "targetDate", "theme"])
        #expect(try GoalFormPage.Form(title: "x", status: "unknown").validated(.en, formats: formats, now: now, themes: [], isNew: true).get().status == .open)
    }

    @Test func pulseFormNeedsAValueAndAShortImprovement() throws {
        #expect(try PulsePage.Form(value: "5", improvement: " More time ").validated(.en).get() == .init(value: 5, improvement: "More time"))
        guard case .failure(let missing) = PulsePage.Form(value: "6").validated(.en) else { Issue.record("accepted"); return }
        #expect(missing.fields == ["value": T.pulseValueMissing(.en)])
        guard case .failure(let long) = PulsePage.Form(value: "3", improvement: String(repeating: "a", count: 1001)).validated(.nl) else {
            Issue.record("accepted"); return
        }
        #expect(long.fields == ["improvement": T.pulseImprovementTooLong(.nl)])
    }

    @Test func markFormAndWishesKeepOnlyWhatIsAllowed() throws {
        let mentee = UUID(), mentor = UUID(), other = UUID()
        #expect(try MatchingPage.MarkForm(mentee: mentee.uuidString, mentor: mentor.uuidString, action: "lock").validated(.en).get()
                == .init(menteeID: mentee, mentorID: mentor, action: .lock))
        guard case .failure = MatchingPage.MarkForm(mentee: mentee.uuidString, mentor: mentor.uuidString, action: "drop").validated(.en) else {
            Issue.record("accepted"); return
        }
        let form = PreferencesPage.Form(wish1: mentor.uuidString, wish2: mentor.uuidString, wish3: UUID().uuidString,
                                        avoid: [mentor.uuidString, other.uuidString], prefer1: mentee.uuidString)
        let valid = try form.validated(.en, people: [mentee, mentor, other], isMentee: true, isMentor: false).get()
        #expect(valid == .init(wishes: [mentor], avoid: [other], preferred: []))
    }
}
