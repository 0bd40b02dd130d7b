import Testing
import Foundation
@testable import MentorServer
import MentorCore

/// The pages of issue 15's decisions and availability, rendered from their mocks in both
/// languages: the mentor's availability page, the published rounds with their undo, the
/// mentee's proposals waiting, and the pair page's answers for each place.
@Suite struct DecisionPagesTests {
    @Test(arguments: MentorCore.Language.allCases) func availabilityPage(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.mentor], route: .accountAvailability)
        let model = AvailabilityPage.Model.mock
        let page = PageRendering.expect(AvailabilityPage.render(model, viewer: viewer), in: language, contains: [
            T.availability(language), T.availabilityLead(language), T.notAvailableUntil(language), T.ownCapacity(language),
            T.ownCapacityHint(5)(language), T.awayUntil(viewer.formats.longDate(model.awayUntil!))(language),
            #"action="/account/availability""#, #"name="unavailableUntil""#, #"value="2027-05-01""#, #"type="date""#,
            "Kies een &lt;getal&gt;",
        ])
        #expect(page.contains(#"value="3&lt;script&gt;""#))
    }

    @Test func availabilityFormChecksTheDayAndTheCapacity() throws {
        let formats = Formats(language: .en, timeZone: TimeZone(identifier: "Europe/Amsterdam")!)
        let now = Date(timeIntervalSince1970: 1_772_442_000) // 2 March 2026
        let valid = try AvailabilityPage.Form(unavailableUntil: " 2026-05-01 ", capacity: "4").validated(formats, now: now, maximum: 5, current: 3).get()
        #expect(valid.capacity == 4 && valid.unavailableUntil.map(formats.isoDay) == "2026-05-01")
        #expect(try AvailabilityPage.Form(unavailableUntil: "", capacity: "").validated(formats, now: now, maximum: 5, current: 3).get()
                == .init(unavailableUntil: nil, capacity: 3))
        guard case .failure(let errors) = AvailabilityPage.Form(unavailableUntil: "2026-03-02", capacity: "six")
            .validated(formats, now: now, maximum: 5, current: 3) else { Issue.record("accepted"); return }
        #expect(errors.fields == ["unavailableUntil": T.availabilityProblem(.untilNotAhead)(.en), "capacity": T.invalidWholeNumber(.en)])
    }

    @Test(arguments: MentorCore.Language.allCases) func matchingPageShowsPublishedRoundsWithUndoWhereAllowed(language: MentorCore.Language) {
        let model = MatchingPage.Model.mock
        let viewer = Viewer.mock(language: language, roles: [.coordinator], route: .matching(programme: model.programmeID))
        let page = PageRendering.expect(MatchingPage.render(model, viewer: viewer), in: language, contains: [
            T.publishedRounds(language), T.undoRound(language), T.undoRoundConfirm(language), T.undoRoundYes(language),
            #"action="/programmes/\#(model.programmeID)/matching/undo""#, #"value="\#(model.rounds[0].id)""#,
        ])
        // Only the round nobody accepted can be undone.
        #expect(!page.contains(#"value="\#(model.rounds[1].id)""#))
    }

    @Test(arguments: MentorCore.Language.allCases) func pairsPageListsTheMenteesProposalsWaiting(language: MentorCore.Language) {
        var model = PairsPage.Model.mock
        let proposal = PairsPage.Row(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000b1")!, mentorName: "Jeroen <script>",
                                     menteeName: "Sanne", programmeName: "Programma <2026>", status: .proposed, requestedBy: nil, startedOn: nil,
                                     standing: PairStanding(origin: .matching))
        var answered = proposal
        answered.id = UUID(uuidString: "00000000-0000-4000-8000-0000000000b2")!
        answered.standing.menteeAccepted = true
        model.asMentee = [proposal, answered]
        let viewer = Viewer.mock(language: language, roles: [.mentor, .mentee], route: .pairs)
        let page = PageRendering.expect(PairsPage.render(model, viewer: viewer), in: language, contains: [
            T.proposalsWaiting(language), T.waitsForYourAnswer(language), T.proposedByMatching(language), SiteURL.pair(proposal.id).path,
        ])
        let badge = #"<span class="badge badge--warn">"# + T.waitsForYourAnswer(language) + "</span>"
        #expect(page.components(separatedBy: badge).count == 2, "only the unanswered proposal waits")
    }

    @Test(arguments: MentorCore.Language.allCases) func pairPageOffersEachPlaceItsDecision(language: MentorCore.Language) {
        var model = PairPage.Model.mock
        model.status = .proposed
        model.requestedBy = nil
        model.standing = PairStanding(origin: .matching, mentorAccepted: true)
        model.place = .mentee
        let mentee = PageRendering.expect(PairPage.render(model, viewer: Viewer.mock(language: language, roles: [.mentee], route: .pair(model.id))),
                                          in: language, contains: [
            T.accept(language), T.decline(language), T.proposalLead(language), T.mentorHasAccepted(language),
            #"action="/mentorships/\#(model.id)/accept""#, #"action="/mentorships/\#(model.id)/decline""#,
        ])
        #expect(!mentee.contains(T.withdrawRequest(language)))
        model.place = .coordinator
        let coordinator = PageRendering.expect(PairPage.render(model, viewer: Viewer.mock(language: language, roles: [.coordinator], route: .pair(model.id))),
                                               in: language, contains: [
            T.withdrawProposal(language), T.withdrawProposalConfirm(language), #"action="/mentorships/\#(model.id)/withdraw-proposal""#,
        ])
        #expect(!coordinator.contains("/accept\""))
        model.status = .ended
        model.declinedBy = .mentee
        model.endReason = PairMoves.roundUndoneReason
        PageRendering.expect(PairPage.render(model, viewer: Viewer.mock(language: language, roles: [.coordinator], route: .pair(model.id))),
                             in: language, contains: [T.declinedBy(.mentee)(language), T.endReason(PairMoves.roundUndoneReason).map { $0(language) } ?? "missing"])
    }

    @Test(arguments: MentorCore.Language.allCases) func organisationPageShowsTheMaximumCapacity(language: MentorCore.Language) {
        var model = OrganisationPage.Model.mock
        model.form.maxCapacity = "7"
        let viewer = Viewer.mock(language: language, roles: [.admin], route: .adminOrganisation)
        PageRendering.expect(OrganisationPage.render(model, viewer: viewer), in: language, contains: [
            T.maxCapacity(language), T.maxCapacityHint(language), #"name="maxCapacity""#, #"value="7""#,
        ])
        #expect(throws: Never.self) { try OrganisationPage.Form(name: "Firm", defaultLanguage: "en", talkBandLow: "20", talkBandHigh: "40",
                                                                retentionDays: "", maxCapacity: "7").validated(.en).get() }
        guard case .failure(let errors) = OrganisationPage.Form(name: "Firm", defaultLanguage: "en", talkBandLow: "20", talkBandHigh: "40",
                                                                retentionDays: "", maxCapacity: "0").validated(.en) else { Issue.record("accepted"); return }
        #expect(errors.fields["maxCapacity"] == T.availabilityProblem(.maximumOutOfRange(limit: 50))(.en))
    }
}
