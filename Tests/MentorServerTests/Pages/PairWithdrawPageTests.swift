import Testing
import Foundation
@testable import MentorServer
import MentorCore

/// The pair page offers "Withdraw request" to the mentee of a proposed pair only, behind a
/// confirmation step (issue 15).
@Suite struct PairWithdrawPageTests {
    static let pairID = PairPage.Model.mock.id

    @Test(arguments: MentorCore.Language.allCases) func theMenteeOfAProposedPairCanWithdrawAfterConfirming(language: MentorCore.Language) {
        var model = PairPage.Model.mock
        model.status = .proposed
        model.place = .mentee
        let viewer = Viewer.mock(language: language, roles: [.mentee], route: .pair(Self.pairID))
        let page = PageRendering.expect(PairPage.render(model, viewer: viewer), in: language, contains: [
            T.withdrawRequest(language), T.withdrawConfirm(language), T.withdrawYes(language),
            #"action="/mentorships/\#(Self.pairID)/withdraw""#, "<details",
        ])
        #expect(!page.contains(T.accept(language)) && !page.contains(T.endPair(language)))
    }

    @Test(arguments: MentorCore.Language.allCases) func nobodyElseSeesTheWithdrawButton(language: MentorCore.Language) {
        let cases: [(PairPlace, MentorshipStatus, Role)] = [
            (.mentor, .proposed, .mentor), (.coordinator, .proposed, .coordinator),
            (.mentee, .active, .mentee), (.mentee, .paused, .mentee), (.mentee, .ended, .mentee),
        ]
        for (place, status, role) in cases {
            var model = PairPage.Model.mock
            model.status = status
            model.place = place
            let page = PairPage.render(model, viewer: Viewer.mock(language: language, roles: [role], route: .pair(Self.pairID))).render()
            #expect(!page.contains(T.withdrawRequest(language)) && !page.contains("/withdraw"), "\(place) \(status)")
        }
    }

    @Test(arguments: MentorCore.Language.allCases) func aWithdrawnPairShowsWhyInTheReadersLanguage(language: MentorCore.Language) {
        var model = PairPage.Model.mock
        model.status = .ended
        model.endReason = PairMoves.withdrawnReason
        let page = PageRendering.expect(PairPage.render(model, viewer: Viewer.mock(language: language, roles: [.mentor], route: .pair(Self.pairID))),
                                        in: language, contains: [T.endedBecause(language), T.withdrawnReason(language)])
        #expect(language == .en || !page.contains(PairMoves.withdrawnReason))
    }
}
