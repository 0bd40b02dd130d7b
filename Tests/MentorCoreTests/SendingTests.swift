import Testing
import Foundation
@testable import MentorCore

/// Sending and receiving (issue 14): worked examples, each expected value computed by hand in
/// the comment beside it, and the promise that the verdict and its reasons never contradict.
@Suite struct SendingTests {
    static let now = MirrorTests.now
    static func daysAgo(_ days: Double) -> Date { MirrorTests.daysAgo(days) }

    static func measured(_ daysAgo: Double, share: Double, moves: TalkMoves?, by initiator: PairSide = .mentor,
                         agenda: [AgendaRecord] = []) -> ConversationRecord {
        ConversationRecord(id: UUID(), date: Self.daysAgo(daysAgo), status: .held, initiator: initiator, agenda: agenda,
                           measured: MeasuredTalk(mentorShare: share, openQuestions: 0, closedQuestions: 0, statements: 0, longestMonologueSeconds: 0),
                           talkMoves: moves)
    }

    static func mirror(_ conversations: [ConversationRecord]) -> Mirror {
        MirrorTests.mirror(PairRecord(pairID: UUID(), menteeName: "A", conversations: conversations))
    }

    @Test func talkAboveTheRangeWithMuchAskingAndWaitingPullsBothWays() {
        // The overview used to say "balanced" right above "you talk more than the range". Now:
        // measured 0.52 and 0.56 -> mean 0.54; talk = 1/3 + (0.54 - 0.45) / 0.55 * 2/3 = 0.3333 + 0.1091 = 0.4424 (above).
        // Moves: telling T = (1 + 2 + 0) + (0 + 1 + 0) = 4; receiving R = (5 + 3 + 2) + (6 + 2 + 2) = 20;
        // moves = (4 - 20) / 24 = -0.6667 (mostly asking and reflecting back).
        // Wait: mean(0.8, 0.8) = 0.8 -> 1 - 2 * 0.8 = -0.6 (often waits).
        // position = 0.6 * 0.4424 + 0.3 * -0.6667 + 0.1 * -0.6 = 0.2655 - 0.2 - 0.06 = 0.0055 -> balanced,
        // and since no part points neither way, every part is listed as pulling one way or the other.
        let mirror = Self.mirror([
            Self.measured(40, share: 0.52, moves: TalkMoves(openQuestions: 5, closedQuestions: 3, reflected: 2, advised: 1, informed: 2, waitedShare: 0.8)),
            Self.measured(10, share: 0.56, moves: TalkMoves(openQuestions: 6, closedQuestions: 2, reflected: 2, informed: 1, waitedShare: 0.8)),
        ])
        let sending = mirror.sending
        #expect(abs(sending.talkComponent! - 0.4424) < 0.0005)
        #expect(abs(sending.movesComponent! + 2.0 / 3) < 1e-9)
        #expect(abs(sending.waitComponent! + 0.6) < 1e-9)
        #expect(abs(sending.position! - 0.0055) < 0.0005)
        #expect(sending.verdict == .balanced)
        #expect(sending.reasons.isEmpty)
        #expect(sending.counterweights == [.talkAboveBand, .mostlyAskingAndReflecting, .oftenWaits])
        #expect(sending.telling == 4 && sending.receiving == 20 && sending.transcripts == 2)
    }

    @Test func withinTheRangeButMostlyTellingIsTooMuch() {
        // measured 0.40 twice -> mean 0.40; talk = (0.40 - 0.35) / 0.10 / 3 = 0.1667 (within the range).
        // Moves per conversation: advice 4, information 4, stories 1 -> T = 9; 1 question -> R = 1; totals T 18, R 2:
        // moves = (18 - 2) / 20 = 0.8. No timed transcript, so no wait part.
        // position = (0.6 * 0.1667 + 0.3 * 0.8) / 0.9 = (0.1 + 0.24) / 0.9 = 0.3778 -> too much, because of the telling.
        let moves = TalkMoves(openQuestions: 1, advised: 4, informed: 4, toldStories: 1)
        let sending = Self.mirror([Self.measured(40, share: 0.40, moves: moves), Self.measured(10, share: 0.40, moves: moves)]).sending
        #expect(abs(sending.position! - 0.3778) < 0.0005)
        #expect(sending.verdict == .tooMuch)
        #expect(sending.reasons == [.mostlyTelling])
        #expect(sending.counterweights == [.talkWithinBand])
        #expect(sending.waitComponent == nil && sending.waitedShare == nil)
    }

    @Test func aMentorInsideTheRangeIsNotToldTheySendTooLittleBecauseTheMenteeLeads() {
        // Estimates 0.25 and 0.27 -> mean 0.26; talk = (0.26 - 0.35) / 0.10 / 3 = -0.3 -> balanced (within the range).
        // The mentee initiated both conversations and brought every item: initiative = mean(1, 1) = 1 -> the mentee.
        // (Mixed in as before, the initiative part -0.5 gave (-0.3 * 0.6 - 0.5 * 0.25) / 0.85 = -0.3588: "too little".)
        let item = AgendaRecord(author: .mentee, addedBeforehand: true)
        let mirror = MirrorTests.mirror(PairRecord(pairID: UUID(), menteeName: "A", conversations: [
            MirrorTests.conversation(40, by: .mentee, agenda: [item], estimate: 0.25),
            MirrorTests.conversation(10, by: .mentee, agenda: [item], estimate: 0.27),
        ]))
        #expect(abs(mirror.sending.position! + 0.3) < 1e-9)
        #expect(mirror.sending.verdict == .balanced)
        #expect(mirror.sending.reasons == [.talkWithinBand])
        #expect(mirror.initiative.menteeShare == 1 && mirror.initiative.holder == .mentee)
    }

    @Test func talkBelowTheRangeIsTooLittle() {
        // Estimates 0.10 and 0.20 -> mean 0.15; talk = -1/3 + (0.15 - 0.25) / 0.25 * 2/3 = -0.3333 - 0.2667 = -0.6 -> too little.
        let mirror = MirrorTests.mirror(PairRecord(pairID: UUID(), menteeName: "A", conversations: [
            MirrorTests.conversation(40, by: .mentor, estimate: 0.10), MirrorTests.conversation(10, by: .mentor, estimate: 0.20),
        ]))
        #expect(abs(mirror.sending.position! + 0.6) < 1e-9)
        #expect(mirror.sending.verdict == .tooLittle && mirror.sending.reasons == [.talkBelowBand])
    }

    @Test func withoutTalkDataThereIsNoPositionButTheMovesAreCounted() {
        // One held conversation is below the minimum of two for a mean talk share.
        let sending = Self.mirror([Self.measured(10, share: 0.5, moves: TalkMoves(openQuestions: 2, advised: 3))]).sending
        #expect(sending.position == nil && sending.verdict == nil && sending.reasons.isEmpty)
        #expect(sending.telling == 3 && sending.receiving == 2)
    }

    /// The values that make each part point each way: talk 0.10 / 0.35 / 0.70; moves per
    /// conversation (T, R) = (1, 9) / (5, 5) / (9, 1); wait share 0.9 / 0.5 / 0.1.
    static let talkValues: [SendingFigure.Direction: Double] = [.less: 0.10, .even: 0.35, .more: 0.70]
    static let moveValues: [SendingFigure.Direction: (Int, Int)] = [.less: (1, 9), .even: (5, 5), .more: (9, 1)]
    static let waitValues: [SendingFigure.Direction: Double] = [.less: 0.9, .even: 0.5, .more: 0.1]

    @Test func theVerdictAndItsReasonsNeverContradictForEveryCombinationOfReasons() {
        // Every combination: talk (3 ways) x moves (3 ways or absent) x wait (3 ways or absent) = 48.
        let optional: [SendingFigure.Direction?] = [nil] + SendingFigure.Direction.allCases
        var seen = 0
        for talk in SendingFigure.Direction.allCases {
            for movesWay in optional {
                for waitWay in optional {
                    let moves: TalkMoves? = (movesWay == nil && waitWay == nil) ? nil : TalkMoves(
                        openQuestions: movesWay.map { Self.moveValues[$0]!.1 } ?? 0,
                        informed: movesWay.map { Self.moveValues[$0]!.0 } ?? 0,
                        waitedShare: waitWay.map { Self.waitValues[$0]! })
                    let share = Self.talkValues[talk]!
                    let sending = Self.mirror([Self.measured(40, share: share, moves: moves), Self.measured(10, share: share, moves: moves)]).sending
                    let expected = [SendingFigure.Reason.of(.talk, component: talk == .less ? -1 : talk == .more ? 1 : 0)]
                        + [movesWay.map { SendingFigure.Reason.of(.moves, component: $0 == .less ? -1 : $0 == .more ? 1 : 0) }].compactMap { $0 }
                        + [waitWay.map { SendingFigure.Reason.of(.wait, component: $0 == .less ? -1 : $0 == .more ? 1 : 0) }].compactMap { $0 }
                    let all = sending.reasons + sending.counterweights
                    #expect(Set(all) == Set(expected), "talk \(talk), moves \(String(describing: movesWay)), wait \(String(describing: waitWay))")
                    #expect(all.count == expected.count)
                    Self.expectNoContradiction(sending)
                    seen += 1
                }
            }
        }
        #expect(seen == 48)
    }

    @Test func noContradictionOverAFineSweepIncludingTheBandEdges() {
        // Talk shares 0 to 1 in steps of 0.005 (0.25 and 0.45 among them), telling from 0 to 10 of
        // 10 moves, and wait shares 0 to 1 in steps of 0.125 or none.
        for step in 0...200 {
            let share = Double(step) * 0.005
            let talk = TalkShareFigure(series: [], mean: share, bandLow: 0.25, bandHigh: 0.45, position: nil,
                                       measuredConversations: 2, estimatedConversations: 0)
            if step == 50 || step == 90 { #expect(MirrorMath.sending([], talk: talk).reasons == [.talkWithinBand]) }
            for telling in 0...10 {
                for waitStep in -1...8 {
                    let moves = TalkMoves(reflected: 10 - telling, advised: telling, waitedShare: waitStep < 0 ? nil : Double(waitStep) * 0.125)
                    let held = [ConversationRecord(id: UUID(), date: Self.now, status: .held, initiator: .mentor, talkMoves: moves)]
                    Self.expectNoContradiction(MirrorMath.sending(held, talk: talk))
                }
            }
        }
    }

    static func expectNoContradiction(_ sending: SendingFigure, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let verdict = sending.verdict, let position = sending.position else {
            Issue.record("no verdict", sourceLocation: sourceLocation)
            return
        }
        let way = SendingFigure.direction(of: verdict)
        #expect(sending.reasons.allSatisfy { $0.direction == way }, sourceLocation: sourceLocation)
        #expect(!sending.counterweights.contains { $0.direction == way }, sourceLocation: sourceLocation)
        if verdict != .balanced { #expect(!sending.reasons.isEmpty, sourceLocation: sourceLocation) }
        switch verdict {
        case .tooMuch: #expect(position > 1.0 / 3, sourceLocation: sourceLocation)
        case .tooLittle: #expect(position < -1.0 / 3, sourceLocation: sourceLocation)
        case .balanced: break
        }
        // Each part says one thing, once.
        let parts = (sending.reasons + sending.counterweights).map(\.part)
        #expect(Set(parts).count == parts.count, sourceLocation: sourceLocation)
    }
}
