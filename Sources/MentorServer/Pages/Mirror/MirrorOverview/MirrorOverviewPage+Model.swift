import Foundation
import MentorCore

/// `/mirror`: the mentor's figures for every mentee side by side, and across all of them.
enum MirrorOverviewPage {
    struct Model: Sendable, Equatable {
        var mirrors: [Mirror]
        var overall: Mirror?
        var band: ClosedRange<Double>
        var period: DateInterval
        /// The latest focus across the mentees it applies to (issue 14), and over how many.
        var focus: FocusFigure? = nil
        var focusMentees: Int? = nil
    }
}

extension MirrorOverviewPage.Model {
    static let mock = MirrorOverviewPage.Model(
        mirrors: MirrorMocks.mirrors, overall: Mirror.acrossMentees(MirrorMocks.pairs, settings: MirrorMocks.settings),
        band: TalkBand.standard, period: MirrorMocks.period,
        focus: FocusMath.acrossPairs(MirrorMocks.pairs, band: TalkBand.standard, now: MirrorMocks.now)?.figure, focusMentees: 2)
}
