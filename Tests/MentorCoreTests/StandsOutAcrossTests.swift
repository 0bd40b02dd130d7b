import Testing
import Foundation
@testable import MentorCore

/// "What stands out" on the overview (issue 14, item 8): the mentor's own lines first, then what
/// stands out for one pair, one mentee at a time, each line naming its pair.
@Suite struct StandsOutAcrossTests {
    /// A pair of two conversations the mentor started, estimated at 0.60 and 0.70, without an
    /// agreement: alone it shows sending, agreement and initiative (StandsOutTests).
    static func pair(_ name: String, goal: GoalRecord? = nil) -> PairRecord {
        PairRecord(pairID: UUID(), menteeName: name, conversations: [
            MirrorTests.conversation(40, by: .mentor, estimate: 0.60), MirrorTests.conversation(10, by: .mentor, estimate: 0.70)],
                   goals: goal.map { [$0] } ?? [])
    }

    @Test func theMentorsOwnLinesComeFirstThenOneLinePerMentee() {
        // setup: across the two, only sending and initiative stand out (StandsOutTests); one slot
        // is left, and both pairs have an agreement line: the first mentee's fills it.
        let pairs = [Self.pair("Ayla"), Self.pair("Bram")]
        let mirrors = pairs.map(MirrorTests.mirror)
        let overall = Mirror.acrossMentees(pairs, settings: MirrorTests.settings)!
        // act
        let lines = MirrorMath.standsOut(overall: overall, mentees: mirrors)
        // validate
        #expect(lines.map(\.kind) == [.sending, .initiative, .agreement])
        #expect(lines[0].pairID == nil && lines[1].pairID == nil)
        #expect(lines[2].pairID == pairs[0].pairID && lines[2].menteeName == "Ayla" && lines[2].section == .expectations)
    }

    @Test func withNothingOfTheirOwnEachMenteeGetsALineBeforeAnyoneASecond() {
        // setup: an overall mirror with nothing standing out; three mentees with an agreement line
        // and one of them also a goal not seen in 3 conversations.
        var overall = MirrorTests.mirror(Self.pair("all"))
        overall.standsOut = []
        var mirrors = ["Ayla", "Bram", "Cas"].map { MirrorTests.mirror(Self.pair($0)) }
        mirrors[0].standsOut.append(StandOut(kind: .goalNotSeen, section: .goals, count: 3, goalTitle: "Delegate"))
        // act
        let lines = MirrorMath.standsOut(overall: overall, mentees: mirrors)
        // validate: Ayla's agreement, Bram's, Cas's; Ayla's goal would be a second line for her and there is no room.
        #expect(lines.map(\.menteeName) == ["Ayla", "Bram", "Cas"] && lines.allSatisfy { $0.kind == .agreement })
        #expect(lines.count == StandOut.limit)
        // Sending and initiative of a pair are the mentor's own figures: never repeated per mentee.
        #expect(!lines.contains { $0.kind == .sending || $0.kind == .initiative })
        // Nothing anywhere: nothing.
        #expect(MirrorMath.standsOut(overall: overall, mentees: []).isEmpty)
    }
}
