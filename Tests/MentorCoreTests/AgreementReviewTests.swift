import Testing
import Foundation
@testable import MentorCore

/// The agreement's review: confirmed, situation changed, review due.
@Suite struct AgreementReviewTests {
    static func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text + "T00:00:00Z")! }
    static let discussed = AgreementRecord(discussedOn: date("2026-01-10"), mentorConfirmedAt: nil, menteeConfirmedAt: nil)
    static let confirmed = AgreementRecord(discussedOn: date("2026-01-10"), mentorConfirmedAt: date("2026-01-11"), menteeConfirmedAt: date("2026-01-12"))

    @Test func confirmedNeedsTheDiscussionAndBothSides() {
        #expect(AgreementReview.status(nil) == .missing)
        #expect(AgreementReview.status(.init(discussedOn: nil, mentorConfirmedAt: Self.date("2026-01-01"), menteeConfirmedAt: Self.date("2026-01-01"))) == .written)
        #expect(AgreementReview.status(Self.discussed) == .discussed)
        #expect(AgreementReview.status(.init(discussedOn: Self.date("2026-01-10"), mentorConfirmedAt: Self.date("2026-01-11"), menteeConfirmedAt: nil)) == .discussed)
        #expect(AgreementReview.isConfirmed(Self.confirmed))
        #expect(AgreementReview.confirmedOn(Self.confirmed) == Self.date("2026-01-12"))
    }

    @Test func theSituationChangedWhenSomethingHappenedAfterTheDiscussion() {
        #expect(AgreementReview.situationChanged(Self.confirmed, changes: [Self.date("2026-02-01")]))
        #expect(!AgreementReview.situationChanged(Self.confirmed, changes: [Self.date("2026-01-01")]))
        let written = AgreementRecord(discussedOn: nil, mentorConfirmedAt: nil, menteeConfirmedAt: nil)
        let changedBeforeDiscussion = AgreementReview.situationChanged(written, changes: [Self.date("2026-02-01")])
        #expect(changedBeforeDiscussion == false)
    }

    @Test func aReviewIsDueSixMonthsAfterConfirmationOrWhenTheSituationChanged() {
        #expect(!AgreementReview.reviewDue(Self.confirmed, changes: [], now: Self.date("2026-07-11")))
        #expect(AgreementReview.reviewDue(Self.confirmed, changes: [], now: Self.date("2026-07-13")))
        #expect(AgreementReview.reviewDue(Self.confirmed, changes: [Self.date("2026-03-01")], now: Self.date("2026-03-02")))
        // Not confirmed: never stale, only changed.
        #expect(!AgreementReview.reviewDue(Self.discussed, changes: [], now: Self.date("2027-01-01")))
    }

    @Test func anotherConversationIsAskedAfterTheFirstHeldOneUntilConfirmedAndAgainOnChange() {
        #expect(!AgreementReview.needsConversation(nil, heldConversation: false, changes: []))
        #expect(AgreementReview.needsConversation(nil, heldConversation: true, changes: []))
        #expect(AgreementReview.needsConversation(Self.discussed, heldConversation: true, changes: []))
        #expect(!AgreementReview.needsConversation(Self.confirmed, heldConversation: true, changes: [Self.date("2026-01-01")]))
        #expect(AgreementReview.needsConversation(Self.confirmed, heldConversation: true, changes: [Self.date("2026-02-01")]))
    }
}
