import Testing
import Foundation
@testable import MentorCore

/// One focus at a time (issue 14, item 5): the conversations since the focus against the
/// mentor's own earlier ones. Each expected value is computed by hand in the comment beside it.
@Suite struct FocusTests {
    static let since = Date(timeIntervalSince1970: 1_780_000_000)
    static let now = since.addingTimeInterval(60 * 86_400)

    /// A held conversation `days` after the focus (negative: before) with `open` of 10 questions open.
    static func asked(_ days: Double, open: Int) -> ConversationRecord {
        ConversationRecord(id: UUID(), date: since.addingTimeInterval(days * 86_400), status: .held, initiator: .mentor,
                           talkMoves: TalkMoves(openQuestions: open, closedQuestions: 10 - open))
    }

    static func estimated(_ days: Double, share: Double, status: ConversationStatus = .held) -> ConversationRecord {
        ConversationRecord(id: UUID(), date: since.addingTimeInterval(days * 86_400), status: status, initiator: .mentor, estimatedTalkShare: share)
    }

    static func close(_ a: Double?, _ b: Double) -> Bool { a.map { abs($0 - b) < 1e-9 } ?? false }

    @Test func quartilesInterpolateBetweenTheSortedValues() {
        // [1, 2, 3, 4]: q1 at h = 3 * 0.25 = 0.75 -> 1 + 0.75 * 1 = 1.75; median at 1.5 -> 2.5; q3 at 2.25 -> 3.25.
        let spread = FocusMath.spread([4, 1, 3, 2])!
        #expect(Self.close(spread.lowerQuartile, 1.75) && Self.close(spread.median, 2.5) && Self.close(spread.upperQuartile, 3.25))
        #expect(Self.close(spread.interquartileRange, 1.5))
        #expect(FocusMath.spread([]) == nil)
    }

    @Test func moreOpenQuestionsAboveTheUsualMiddleHalfIsBetter() {
        // Before: 0.2, 0.3, 0.1, 0.4, 0.2 -> sorted [0.1, 0.2, 0.2, 0.3, 0.4]; q1 at h = 1 -> 0.2,
        // median at 2 -> 0.2, q3 at 3 -> 0.3. After: 0.6, 0.5 -> median at 0.5 -> 0.55.
        // 0.55 > q3 0.3 and more open questions is better -> better; change = 0.55 - 0.2 = 0.35.
        let conversations = [Self.asked(-50, open: 2), Self.asked(-40, open: 3), Self.asked(-30, open: 1), Self.asked(-20, open: 4),
                             Self.asked(-10, open: 2), Self.asked(5, open: 6), Self.asked(20, open: 5)]
        let figure = FocusMath.figure(FocusRecord(focus: .openQuestions, since: Self.since), conversations: conversations,
                                      band: TalkBand.standard, now: Self.now)
        #expect(figure.verdict == .better)
        #expect(Self.close(figure.before?.median, 0.2) && Self.close(figure.before?.lowerQuartile, 0.2) && Self.close(figure.before?.upperQuartile, 0.3))
        #expect(Self.close(figure.after?.median, 0.55))
        #expect(Self.close(figure.change, 0.35))
        #expect(figure.before?.conversations == 5 && figure.after?.conversations == 2 && figure.heldSince == 2)
    }

    @Test func aMedianInsideTheEarlierMiddleHalfIsWithinTheUsualVariation() {
        // Before as above (q1 0.2, q3 0.3). After: 0.2, 0.3 -> median 0.25, inside [0.2, 0.3].
        let conversations = [Self.asked(-50, open: 2), Self.asked(-40, open: 3), Self.asked(-30, open: 1), Self.asked(-20, open: 4),
                             Self.asked(-10, open: 2), Self.asked(5, open: 2), Self.asked(20, open: 3)]
        let figure = FocusMath.figure(FocusRecord(focus: .openQuestions, since: Self.since), conversations: conversations,
                                      band: TalkBand.standard, now: Self.now)
        #expect(figure.verdict == .withinUsualVariation)
        #expect(Self.close(figure.change, 0.05))
    }

    @Test func talkShareIntoTheBandCountsTheDistanceOutsideItAndLowerIsBetter() {
        // Band 0.25-0.45. Before: 0.50, 0.55, 0.45, 0.60 -> distances 0.05, 0.10, 0, 0.15 -> sorted
        // [0, 0.05, 0.10, 0.15]: q1 at 0.75 -> 0.0375, median at 1.5 -> 0.075, q3 at 2.25 -> 0.1125.
        let before = [Self.estimated(-40, share: 0.50), Self.estimated(-30, share: 0.55), Self.estimated(-20, share: 0.45),
                      Self.estimated(-10, share: 0.60)]
        let record = FocusRecord(focus: .talkShareInBand, since: Self.since)
        // After 0.40 and 0.30: distances 0 and 0 -> median 0 < q1 0.0375; lower is better -> better.
        let into = FocusMath.figure(record, conversations: before + [Self.estimated(3, share: 0.40), Self.estimated(9, share: 0.30)],
                                    band: 0.25...0.45, now: Self.now)
        #expect(into.verdict == .better)
        #expect(Self.close(into.before?.median, 0.075) && Self.close(into.before?.lowerQuartile, 0.0375) && Self.close(into.before?.upperQuartile, 0.1125))
        #expect(Self.close(into.change, -0.075))
        // After 0.70 and 0.65: distances 0.25 and 0.20 -> median 0.225 > q3 0.1125 -> worse.
        let away = FocusMath.figure(record, conversations: before + [Self.estimated(3, share: 0.70), Self.estimated(9, share: 0.65)],
                                    band: 0.25...0.45, now: Self.now)
        #expect(away.verdict == .worse)
        #expect(Self.close(away.after?.median, 0.225))
    }

    @Test func tooFewEarlierOrLaterConversationsGiveNoVerdict() {
        // Three earlier conversations (fewer than 4), and planned or future ones never count.
        let conversations = [Self.estimated(-30, share: 0.5), Self.estimated(-20, share: 0.5), Self.estimated(-10, share: 0.5),
                             Self.estimated(-5, share: 0.9, status: .planned), Self.estimated(3, share: 0.3), Self.estimated(9, share: 0.3),
                             Self.estimated(90, share: 0.3)]
        let figure = FocusMath.figure(FocusRecord(focus: .talkShareInBand, since: Self.since), conversations: conversations,
                                      band: 0.25...0.45, now: Self.now)
        #expect(figure.verdict == .tooLittleData)
        #expect(figure.change == nil)
        #expect(figure.before?.conversations == 3 && figure.after?.conversations == 2)
    }

    @Test func onlyTheTwelveLatestEarlierConversationsAreTheUsual() {
        // Twenty conversations before: the first eight at 0 open questions, the latest twelve at 5 of 10.
        // Usual = the twelve: q1 = median = q3 = 0.5. After: 0.5, 0.5 -> within the usual variation.
        let old = (0..<8).map { Self.asked(-200 + Double($0), open: 0) }
        let recent = (0..<12).map { Self.asked(-100 + Double($0), open: 5) }
        let figure = FocusMath.figure(FocusRecord(focus: .openQuestions, since: Self.since),
                                      conversations: old + recent + [Self.asked(2, open: 5), Self.asked(4, open: 5)],
                                      band: TalkBand.standard, now: Self.now)
        #expect(figure.before?.conversations == 12)
        #expect(figure.verdict == .withinUsualVariation)
    }

    @Test func theMenteePlansValueAveragesInitiativeAndTheBroughtAgenda() {
        // Initiated by the mentee (1); brought items: one by the mentee, one by the mentor (the carried
        // one left out) -> 1/2. Value = (1 + 0.5) / 2 = 0.75. Without items: initiative alone (0).
        let conversation = ConversationRecord(id: UUID(), date: Self.since, status: .held, initiator: .mentee, agenda: [
            AgendaRecord(author: .mentee, addedBeforehand: true), AgendaRecord(author: .mentor, addedBeforehand: false),
            AgendaRecord(author: .mentee, addedBeforehand: true, carried: true),
        ])
        #expect(Self.close(FocusMath.value(.menteePlans, conversation, band: TalkBand.standard), 0.75))
        let bare = ConversationRecord(id: UUID(), date: Self.since, status: .held, initiator: .mentor)
        #expect(Self.close(FocusMath.value(.menteePlans, bare, band: TalkBand.standard), 0))
        // Advice: 2 advised of 2 + 4 questions + 1 reflection + 2 information + 1 story = 10 -> 0.2.
        var advised = bare
        advised.talkMoves = TalkMoves(openQuestions: 3, closedQuestions: 1, reflected: 1, advised: 2, informed: 2, toldStories: 1)
        #expect(Self.close(FocusMath.value(.lessAdvice, advised, band: TalkBand.standard), 0.2))
        #expect(FocusMath.value(.waitAfterQuestions, advised, band: TalkBand.standard) == nil)
    }

    @Test func theMirrorCarriesThePairsFocus() {
        let pair = PairRecord(pairID: UUID(), menteeName: "A", conversations: [Self.asked(-10, open: 2)])
        var withFocus = pair
        withFocus.focus = FocusRecord(focus: .openQuestions, since: Self.since)
        let settings = MirrorSettings(period: DateInterval(start: Self.since.addingTimeInterval(-90 * 86_400), end: Self.now), now: Self.now)
        #expect(Mirror.compute(pair, values: [], settings: settings).focus == nil)
        #expect(Mirror.compute(withFocus, values: [], settings: settings).focus?.verdict == .tooLittleData)
    }
}

extension FocusTests {
    @Test func acrossPairsTakesTheLatestFocusOverThePairsItCovers() {
        // Pair A and B share the focus chosen at `since` (a reflection about all mentees); pair C has an
        // older one. A has 3 earlier conversations at 0.2 and B 2 at 0.2 (5 together, median 0.2, q3 0.2);
        // after: A 0.6 and B 0.5 -> median 0.55 > 0.2 -> better, over 2 pairs.
        let focus = FocusRecord(focus: .openQuestions, since: Self.since)
        var a = PairRecord(pairID: UUID(), menteeName: "A", conversations: [Self.asked(-30, open: 2), Self.asked(-20, open: 2),
                                                                           Self.asked(-10, open: 2), Self.asked(5, open: 6)])
        var b = PairRecord(pairID: UUID(), menteeName: "B", conversations: [Self.asked(-25, open: 2), Self.asked(-15, open: 2), Self.asked(6, open: 5)])
        var c = PairRecord(pairID: UUID(), menteeName: "C", conversations: [Self.asked(-5, open: 0), Self.asked(7, open: 0)])
        a.focus = focus
        b.focus = focus
        c.focus = FocusRecord(focus: .lessAdvice, since: Self.since.addingTimeInterval(-86_400))
        let across = FocusMath.acrossPairs([a, b, c], band: TalkBand.standard, now: Self.now)
        #expect(across?.pairs == 2)
        #expect(across?.figure.focus == .openQuestions && across?.figure.verdict == .better)
        #expect(Self.close(across?.figure.after?.median, 0.55))
        #expect(FocusMath.acrossPairs([PairRecord(pairID: UUID(), menteeName: "D")], band: TalkBand.standard, now: Self.now) == nil)
    }
}

extension FocusTests {
    /// `mentor mirror --format json` encodes the Mirror: the three figures come under their own keys.
    @Test func theJSONCarriesTheFocusThePracticeAndTheMentions() throws {
        var pair = PairRecord(pairID: UUID(), menteeName: "A", conversations: [Self.asked(-10, open: 2)],
                              agreement: AgreementRecord(discussedOn: Self.since, mentorConfirmedAt: nil, menteeConfirmedAt: nil))
        pair.agreement?.terms = AgreementTerms(whoPlans: "De mentee plant")
        pair.focus = FocusRecord(focus: .menteePlans, since: Self.since)
        let settings = MirrorSettings(period: DateInterval(start: Self.since.addingTimeInterval(-90 * 86_400), end: Self.now), now: Self.now)
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(Mirror.compute(pair, values: [], settings: settings))) as? [String: Any]
        let focus = try #require(json?["focus"] as? [String: Any])
        #expect(focus["focus"] as? String == "mentee_plans" && focus["verdict"] as? String == "tooLittleData")
        let practice = try #require(json?["agreementPractice"] as? [String: Any])
        #expect((practice["planning"] as? [String: Any])?["agreed"] as? String == "mentee")
        #expect(json?["goalMentions"] is [String: Any])
    }
}
