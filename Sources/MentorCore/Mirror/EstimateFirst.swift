import Foundation

/// The mentor's estimate of their own share of talk comes before the measured one: when a
/// transcript is uploaded, the estimate the mentor gives then (or gave earlier) is kept as
/// the estimate beforehand, and only then are the measured figures shown to the mentor. The
/// estimate beforehand never changes once the figures were shown, so the mirror can set it
/// against the measured share (`CalibrationFigure`).
public enum EstimateFirst {
    /// A conversation's estimates as stored.
    public struct State: Sendable, Equatable {
        /// The mentor's current estimate (the notes form may change it later), 0-1.
        public var estimate: Double?
        /// The estimate as it stood before the measured share was shown, 0-1.
        public var estimateBeforeMeasured: Double?
        /// When the measured figures were first shown to the mentor; nil while they wait for an estimate.
        public var measuredShownAt: Date?

        public init(estimate: Double?, estimateBeforeMeasured: Double?, measuredShownAt: Date?) {
            self.estimate = estimate
            self.estimateBeforeMeasured = estimateBeforeMeasured
            self.measuredShownAt = measuredShownAt
        }

        /// Nothing may change the estimate beforehand any more.
        public var settled: Bool { estimateBeforeMeasured != nil || measuredShownAt != nil }
    }

    /// What the mentor answers before seeing the figures.
    public enum Answer: Sendable, Equatable {
        case estimate(Double)
        /// See the figures without giving an estimate (no calibration for this conversation).
        case skip
    }

    /// Whether the mentor is asked for an estimate before the conversation's measured figures are shown.
    public static func mustAsk(hasTranscript: Bool, _ state: State) -> Bool {
        hasTranscript && !state.settled
    }

    /// An upload by either side; `given` is the estimate on the mentor's upload form. A given
    /// estimate becomes the current one. While nothing is settled, the current estimate (given
    /// now or earlier) becomes the estimate beforehand and the figures count as shown; without
    /// any estimate the mentor is asked first.
    public static func afterUpload(_ state: State, byMentor: Bool, given: Double?, now: Date) -> State {
        var next = state
        if byMentor, let given { next.estimate = given }
        if !next.settled, let estimate = next.estimate {
            next.estimateBeforeMeasured = estimate
            next.measuredShownAt = now
        }
        return next
    }

    /// The mentor's answer to "your estimate first"; once settled, an answer changes nothing.
    public static func answer(_ answer: Answer, to state: State, now: Date) -> State {
        guard !state.settled else { return state }
        var next = state
        switch answer {
        case .estimate(let value):
            next.estimate = value
            next.estimateBeforeMeasured = value
        case .skip:
            break
        }
        next.measuredShownAt = now
        return next
    }
}
