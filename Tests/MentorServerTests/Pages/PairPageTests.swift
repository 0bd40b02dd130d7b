import Testing
import Foundation
@testable import MentorServer
import MentorCore

/// The pair pages, rendered from their mocks in Dutch and English, without a database.
@Suite struct PairPageTests {
    static let pairID = PairPage.Model.mock.id

    @Test(arguments: MentorCore.Language.allCases) func pairPageShowsTheMentorTheMovesTheRulesAllow(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.mentor], route: .pair(Self.pairID))
        let page = PageRendering.expect(PairPage.render(.mock, viewer: viewer), in: language, contains: [
            T.pairsTitle(language), T.pause(language), T.endPair(language), T.planConversation(language), T.openMirror(language),
            T.fitCheck(language), #"action="/mentorships/\#(Self.pairID)/status""#, #"action="/mentorships/\#(Self.pairID)/fit-check""#,
            #"href="/mentorships/\#(Self.pairID)/agreement""#, #"href="/goals/00000000-0000-4000-8000-0000000000D1""#,
        ])
        #expect(page.contains(PageRendering.escaped("Emma & <Partners>")))
        #expect(!page.contains(T.accept(language)) && !page.contains(T.resume(language)) && !page.contains(T.newGoal(language)))
    }

    @Test(arguments: MentorCore.Language.allCases) func aProposedPairOffersTheMentorAcceptAndDecline(language: MentorCore.Language) {
        var model = PairPage.Model.mock
        model.status = .proposed
        let viewer = Viewer.mock(language: language, roles: [.mentor], route: .pair(Self.pairID))
        let page = PageRendering.expect(PairPage.render(model, viewer: viewer), in: language, contains: [
            T.accept(language), T.decline(language), #"action="/mentorships/\#(Self.pairID)/accept""#,
        ])
        #expect(!page.contains(T.endPair(language)) && !page.contains(T.openMirror(language)))
    }

    @Test(arguments: MentorCore.Language.allCases) func aCoordinatorSeesStatusAndCountsButNoContent(language: MentorCore.Language) {
        var model = PairPage.Model.mock
        model.place = .coordinator
        model.status = .paused
        model.goals = []
        model.openActions = []
        let viewer = Viewer.mock(language: language, roles: [.coordinator], route: .pair(Self.pairID))
        let page = PageRendering.expect(PairPage.render(model, viewer: viewer), in: language, contains: [
            T.resume(language), T.endPair(language), T.conversationsHeld(language),
        ])
        #expect(!page.contains(T.planConversation(language)) && !page.contains("/agreement\""))
    }

    @Test(arguments: MentorCore.Language.allCases) func theMenteeWritesGoals(language: MentorCore.Language) {
        var model = PairPage.Model.mock
        model.place = .mentee
        model.fitCheck = .goodFit
        let viewer = Viewer.mock(language: language, roles: [.mentee], route: .pair(Self.pairID))
        let page = PageRendering.expect(PairPage.render(model, viewer: viewer), in: language, contains: [
            T.newGoal(language), T.progressTitle(language), #"href="/mentorships/\#(Self.pairID)/goals/new""#,
        ])
        #expect(!page.contains(T.pause(language)) && !page.contains(#"action="/mentorships/\#(Self.pairID)/fit-check""#))
    }

    @Test(arguments: MentorCore.Language.allCases) func pairsList(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.mentor, .coordinator], route: .pairs)
        let page = PageRendering.expect(PairsPage.render(.mock, viewer: viewer), in: language, contains: [
            T.pairsTitle(language), T.requestsWaiting(language), T.newPair(language), T.noPairsMatch(language),
            #"href="/mentorships/new""#, #"href="/mentorships/00000000-0000-4000-8000-0000000000A2""#,
            T.findPairs(language), T.pairStatusChoice(.all)(language), #"value="00000000-0000-4000-8000-0000000000C1""#,
        ])
        #expect(page.contains(PageRendering.escaped("Daan <script>")))
        // What the coordinator typed comes back escaped in the field's value.
        #expect(page.contains(#"value="&lt;b&gt;x""#) && !page.contains("<b>x"))
        // The default choice of the status select still sends an empty value.
        #expect(page.contains("<option value=\"\""))
    }

    @Test(arguments: MentorCore.Language.allCases) func newPairForm(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.coordinator], route: .pairNew)
        var model = NewPairPage.Model.mock
        model.errors = ["mentor": T.choosePerson(language)]
        let page = PageRendering.expect(NewPairPage.render(model, viewer: viewer), in: language, contains: [
            T.newPair(language), T.placesLeft(2)(language), #"action="/mentorships""#, T.choosePerson(language),
        ])
        #expect(page.contains(PageRendering.escaped("Jeroen & <Partners>")))
    }

    @Test(arguments: MentorCore.Language.allCases) func findMentor(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.mentee], route: .mentors)
        let page = PageRendering.expect(FindMentorPage.render(.mock, viewer: viewer), in: language, contains: [
            T.navFindMentor(language), T.yourSuggestions(language), T.requestMentor(language), #"action="/mentorships/request""#,
            #"name="programme""#,
        ])
        #expect(page.contains(PageRendering.escaped("Tax <advice>")))
    }

    @Test(arguments: MentorCore.Language.allCases) func agreement(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.mentee], route: .agreement(Self.pairID))
        let page = PageRendering.expect(AgreementPage.render(.mock, viewer: viewer), in: language, contains: [
            T.agreement(language), T.confirm(language), T.revisions(language),
            #"action="/mentorships/\#(Self.pairID)/agreement""#, #"action="/mentorships/\#(Self.pairID)/agreement/confirm""#,
            #"value="2026-01-08""#,
        ])
        #expect(page.contains(PageRendering.escaped("Honest <feedback>")))
        var confirmed = AgreementPage.Model.mock
        confirmed.menteeConfirmedAt = confirmed.mentorConfirmedAt
        #expect(!AgreementPage.render(confirmed, viewer: viewer).render().contains("/agreement/confirm"))
    }

    @Test func newPairFormNeedsThreeChoices() throws {
        let id = UUID()
        let valid = NewPairPage.Form(programme: id.uuidString, mentor: " \(id.uuidString) ", mentee: id.uuidString)
        #expect(try valid.validated(.en).get() == .init(programmeID: id, mentorID: id, menteeID: id))
        guard case .failure(let errors) = NewPairPage.Form(programme: "x", mentor: nil, mentee: "").validated(.nl) else { Issue.record("accepted"); return }
        #expect(Set(errors.fields.keys) == ["programme", "mentor", "mentee"])
    }

    @Test func aMentorRequestNeedsAMentor() throws {
        let id = UUID()
        #expect(try FindMentorPage.Form(mentor: id.uuidString, programme: "").validated(.en).get() == .init(mentorID: id, programmeID: nil))
        guard case .failure(let errors) = FindMentorPage.Form(mentor: "", programme: nil).validated(.en) else { Issue.record("accepted"); return }
        #expect(errors.fields["mentor"] == T.choosePerson(.en))
    }

    @Test func agreementFormNeedsAnExpectationAndADayNotAhead() throws {
        let formats = Viewer.mock(language: .en, roles: [.mentee]).formats
        let now = try #require(formats.parseDay("2026-03-01"))
        let valid = AgreementPage.Form(menteeExpectations: " Feedback ", discussedOn: "2026-02-01")
        let checked = try valid.validated(.en, formats: formats, now: now).get()
        #expect(checked.menteeExpectations == "Feedback" && checked.frequency == "" && checked.discussedOn == formats.parseDay("2026-02-01"))
        guard case .failure(let errors) = AgreementPage.Form(discussedOn: "2026-04-01").validated(.nl, formats: formats, now: now) else {
            Issue.record("accepted"); return
        }
        #expect(Set(errors.fields.keys) == ["menteeExpectations", "discussedOn"])
        guard case .failure(let wrongDay) = AgreementPage.Form(mentorExpectations: "x", discussedOn: "soon").validated(.en, formats: formats, now: now) else {
            Issue.record("accepted"); return
        }
        #expect(wrongDay.fields == ["discussedOn": T.invalidDay(.en)])
    }
}
