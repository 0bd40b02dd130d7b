import Testing
import MentorCore

@Suite struct TalkBandTests {
    @Test func theStandardBandIsTwentyFiveToFortyFivePercent() {
        #expect(TalkBand.standard == 0.25...0.45)
        #expect(TalkBand.standardPercent == 25...45)
    }

    @Test func aBandInPercentRoundsToWholePercent() {
        #expect(TalkBand.percent(0.204...0.396) == 20...40)
        #expect(TalkBand.percent(0.3...0.3) == 30...30)
    }

    @Test func theHistogramMarksTheDecilesInsideTheBand() {
        #expect(TalkBand.deciles(TalkBand.standard) == 2...4)
        #expect(TalkBand.deciles(0.3...0.5) == 3...4)
        #expect(TalkBand.deciles(0.0...0.0) == 0...0)
    }
}
