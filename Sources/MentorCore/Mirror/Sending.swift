import Foundation

/// Question 1, sending and receiving: how much room the mentor takes (talking, advising,
/// informing, telling own stories) against how much they give (asking, saying back what they
/// heard, leaving a silence after a question). One position from -1 (sending too little) to
/// +1 (sending too much). Who takes the initiative is not part of it: see `InitiativeFigure`.
public struct SendingFigure: Sendable, Codable, Equatable {
    /// Which way a part, or the verdict, points.
    public enum Direction: String, Sendable, Codable, CaseIterable {
        /// Towards receiving (sending too little).
        case less
        /// Neither way.
        case even
        /// Towards sending (sending too much).
        case more
    }

    public enum Part: String, Sendable, Codable, CaseIterable { case talk, moves, wait }

    /// What a part says, in the words the page uses; each belongs to one part and one direction.
    public enum Reason: String, Sendable, Codable, CaseIterable {
        case talkBelowBand, talkWithinBand, talkAboveBand
        case mostlyAskingAndReflecting, askingAndTellingMixed, mostlyTelling
        case oftenWaits, sometimesWaits, seldomWaits

        public var part: Part {
            switch self {
            case .talkBelowBand, .talkWithinBand, .talkAboveBand: .talk
            case .mostlyAskingAndReflecting, .askingAndTellingMixed, .mostlyTelling: .moves
            case .oftenWaits, .sometimesWaits, .seldomWaits: .wait
            }
        }

        public var direction: Direction {
            switch self {
            case .talkBelowBand, .mostlyAskingAndReflecting, .oftenWaits: .less
            case .talkWithinBand, .askingAndTellingMixed, .sometimesWaits: .even
            case .talkAboveBand, .mostlyTelling, .seldomWaits: .more
            }
        }

        /// The reason of `part` for a component: above +1/3 points to more, below -1/3 to less.
        public static func of(_ part: Part, component: Double) -> Reason {
            let direction = SendingFigure.direction(of: component)
            return allCases.first { $0.part == part && $0.direction == direction }!
        }
    }

    /// The weights of the parts; a part without data is left out and the rest carry the position.
    public static let weights: [Part: Double] = [.talk: 0.6, .moves: 0.3, .wait: 0.1]

    /// -1 ... +1; nil without talk data.
    public var position: Double?
    public var verdict: Balance.Verdict?
    public var talkComponent: Double?
    public var movesComponent: Double?
    public var waitComponent: Double?
    /// The mean talk share the talk part is read from (as `talkShare.mean`).
    public var talkShare: Double?
    /// From transcripts: advice, information and own stories (telling) against questions and
    /// reflections (receiving), added up over the period.
    public var telling: Int?
    public var receiving: Int?
    /// From timed transcripts: the mean over conversations of the share of the mentor's
    /// questions followed by 3 seconds or more of silence.
    public var waitedShare: Double?
    /// Held conversations of the period with a transcript whose mentor's moves were read.
    public var transcripts: Int
    /// The parts that point the way the verdict does (for "balanced": those that point neither way).
    public var reasons: [Reason]
    /// The other parts: they pull against the verdict, or (under a clear verdict) point neither way.
    public var counterweights: [Reason]

    /// Above +1/3 is "more", below -1/3 is "less", in between "even": the same thresholds for
    /// every part and for the position, so a verdict always has a reason that points its way.
    public static func direction(of value: Double) -> Direction {
        value > 1.0 / 3 ? .more : value < -1.0 / 3 ? .less : .even
    }

    public static func direction(of verdict: Balance.Verdict) -> Direction {
        switch verdict {
        case .tooLittle: .less
        case .balanced: .even
        case .tooMuch: .more
        }
    }

    /// Splits the parts' reasons by the verdict: those pointing its way, and the rest.
    public static func split(_ parts: [Reason], verdict: Balance.Verdict) -> (reasons: [Reason], counterweights: [Reason]) {
        let way = direction(of: verdict)
        return (parts.filter { $0.direction == way }, parts.filter { $0.direction != way })
    }
}

extension MirrorMath {
    /// The sending position, the weighted mean of the parts that have data:
    /// - talk (weight 0.6), from the mean talk share `s` and the band `low...high`: inside the
    ///   band `(s - mid) / (half width) / 3`, so -1/3 at the low edge and +1/3 at the high edge;
    ///   below the band `-1/3 + (s - low) / low * 2/3` (down to -1 at 0 %); above it
    ///   `1/3 + (s - high) / (1 - high) * 2/3` (up to +1 at 100 %);
    /// - moves (weight 0.3, transcripts only): `(T - R) / (T + R)` with `T` the mentor's advice,
    ///   information and own stories and `R` their questions and reflections, over the period;
    /// - wait (weight 0.1, timed transcripts only): `1 - 2w`, clamped to ±1, with `w` the mean share of
    ///   the mentor's questions followed by 3 seconds or more of silence.
    /// Without talk data there is no position. The verdict is "too much" above +1/3, "too little"
    /// below -1/3, else balanced; each part's reason uses the same thresholds on its component.
    public static func sending(_ held: [ConversationRecord], talk: TalkShareFigure) -> SendingFigure {
        let moves = held.compactMap(\.talkMoves)
        let total = TalkMoves.total(moves)
        let telling = moves.isEmpty ? nil : total.telling
        let receiving = moves.isEmpty ? nil : total.receiving
        let waits = moves.compactMap(\.waitedShare)
        let waited = waits.isEmpty ? nil : waits.reduce(0, +) / Double(waits.count)
        var figure = SendingFigure(position: nil, verdict: nil, talkComponent: nil, movesComponent: nil, waitComponent: nil,
                                   talkShare: talk.mean, telling: telling, receiving: receiving, waitedShare: waited,
                                   transcripts: moves.count, reasons: [], counterweights: [])
        guard let mean = talk.mean else { return figure }
        let talkPart = talkComponent(mean, band: talk.bandLow...talk.bandHigh)
        var parts: [(SendingFigure.Part, Double)] = [(.talk, talkPart)]
        figure.talkComponent = talkPart
        if let telling, let receiving, telling + receiving > 0 {
            let part = Double(telling - receiving) / Double(telling + receiving)
            figure.movesComponent = part
            parts.append((.moves, part))
        }
        if let waited {
            let part = min(1, max(-1, 1 - 2 * waited))
            figure.waitComponent = part
            parts.append((.wait, part))
        }
        let weight = parts.map { SendingFigure.weights[$0.0]! }.reduce(0, +)
        let position = min(1, max(-1, parts.map { SendingFigure.weights[$0.0]! * $0.1 }.reduce(0, +) / weight))
        let found = parts.map { SendingFigure.Reason.of($0.0, component: $0.1) }
        var verdict: Balance.Verdict = switch SendingFigure.direction(of: position) {
        case .more: .tooMuch
        case .less: .tooLittle
        case .even: .balanced
        }
        // A mean is never beyond its largest part, so a clear verdict always has a part pointing
        // its way; this guards the last bit of rounding, so the page can never contradict itself.
        if !found.contains(where: { $0.direction == SendingFigure.direction(of: verdict) }) { verdict = .balanced }
        let split = SendingFigure.split(found, verdict: verdict)
        figure.position = position
        figure.verdict = verdict
        figure.reasons = split.reasons
        figure.counterweights = split.counterweights
        return figure
    }

    /// The talk part of the sending position (see `sending`).
    public static func talkComponent(_ mean: Double, band: ClosedRange<Double>) -> Double {
        let low = band.lowerBound, high = band.upperBound
        if mean < low { return -1.0 / 3 + (mean - low) / max(low, 0.0001) * (2.0 / 3) }
        if mean > high { return 1.0 / 3 + (mean - high) / max(1 - high, 0.0001) * (2.0 / 3) }
        guard high > low else { return 0 }
        // Clamped, so a share on the band's edge is "within" however the division rounds.
        return min(1.0 / 3, max(-1.0 / 3, (mean - (low + high) / 2) / ((high - low) / 2) / 3))
    }
}
