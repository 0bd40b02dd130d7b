import Foundation

/// One thing the mentor chose, in a reflection, to practise in the next conversations.
public enum Focus: String, Sendable, Codable, CaseIterable {
    /// More of the mentor's questions open rather than closed.
    case openQuestions = "open_questions"
    /// More of the mentor's questions followed by a silence of 3 seconds or more.
    case waitAfterQuestions = "wait_after_questions"
    /// A smaller share of the mentor's moves given to advice.
    case lessAdvice = "less_advice"
    /// The mentor's share of talk inside the organisation's band.
    case talkShareInBand = "talk_share_in_band"
    /// The mentee plans the conversations and brings the topics.
    case menteePlans = "mentee_plans"

    /// Whether a higher per-conversation value is the better one.
    public var higherIsBetter: Bool {
        switch self {
        case .openQuestions, .waitAfterQuestions, .menteePlans: true
        case .lessAdvice, .talkShareInBand: false
        }
    }
}

/// The focus in effect for a pair: the latest reflection with a focus about that pair or about
/// all mentees, and the moment it was chosen (conversations from then on are "after").
public struct FocusRecord: Sendable, Equatable {
    public var focus: Focus
    public var since: Date

    public init(focus: Focus, since: Date) {
        self.focus = focus
        self.since = since
    }
}

/// The middle and the spread of a set of per-conversation values.
public struct FocusSpread: Sendable, Codable, Equatable {
    public var conversations: Int
    public var median: Double
    /// The first and third quartile (linear interpolation between the sorted values).
    public var lowerQuartile: Double
    public var upperQuartile: Double
    /// `upperQuartile - lowerQuartile`: the mentor's usual variation.
    public var interquartileRange: Double { upperQuartile - lowerQuartile }
}

/// The chosen focus against the mentor's own earlier conversations.
public struct FocusFigure: Sendable, Codable, Equatable {
    public enum Verdict: String, Sendable, Codable {
        /// Fewer than `FocusMath.minimumBefore` earlier or `minimumAfter` later conversations with the figure.
        case tooLittleData
        /// The median since the focus lies inside the middle half of the earlier conversations.
        case withinUsualVariation
        /// Outside it, in the direction the focus asks for.
        case better
        /// Outside it, the other way.
        case worse
    }

    public var focus: Focus
    public var since: Date
    /// The earlier conversations (at most `FocusMath.earlierConversations`, the most recent ones).
    public var before: FocusSpread?
    /// The conversations since the focus was chosen.
    public var after: FocusSpread?
    /// `after.median - before.median`, in the unit of the figure (a fraction 0-1).
    public var change: Double?
    public var verdict: Verdict
    /// Held conversations since the focus was chosen, with or without the figure.
    public var heldSince: Int
}

public enum FocusMath {
    /// Earlier conversations needed for a spread to mean anything.
    public static let minimumBefore = 4
    /// Conversations since the focus needed before a change is named.
    public static let minimumAfter = 2
    /// How far back "usual" goes: the most recent earlier conversations, so a mentor's first
    /// year does not stand for how they talk now.
    public static let earlierConversations = 12

    /// The figure the focus looks at in one held conversation; nil when the conversation does not have it.
    /// - open questions: `openQuestions / (open + closed)` from the transcript's moves;
    /// - waiting: the share of the mentor's questions followed by 3 s or more of silence;
    /// - less advice: `advised / (questions + reflections + advice + information + stories)`;
    /// - talk share: the distance outside the band, `max(0, low - share, share - high)`, with the
    ///   measured share where there is a transcript, else the mentor's estimate;
    /// - the mentee plans: the mean of "the mentee initiated it" (1 or 0) and the mentee's share
    ///   of the agenda items brought to it (carried items left out), of those that exist.
    public static func value(_ focus: Focus, _ conversation: ConversationRecord, band: ClosedRange<Double>) -> Double? {
        switch focus {
        case .openQuestions:
            guard let moves = conversation.talkMoves, moves.asked > 0 else { return nil }
            return Double(moves.openQuestions) / Double(moves.asked)
        case .waitAfterQuestions:
            return conversation.talkMoves?.waitedShare
        case .lessAdvice:
            guard let moves = conversation.talkMoves else { return nil }
            let all = moves.receiving + moves.telling
            return all > 0 ? Double(moves.advised) / Double(all) : nil
        case .talkShareInBand:
            guard let share = conversation.measured?.mentorShare ?? conversation.estimatedTalkShare else { return nil }
            return max(0, band.lowerBound - share, share - band.upperBound)
        case .menteePlans:
            let brought = conversation.agenda.filter { !$0.carried }
            var parts = [conversation.initiator == .mentee ? 1.0 : 0.0]
            if !brought.isEmpty { parts.append(Double(brought.filter { $0.author == .mentee }.count) / Double(brought.count)) }
            return parts.reduce(0, +) / Double(parts.count)
        }
    }

    /// The `p`-quantile of sorted values by linear interpolation: at position `h = (n - 1) p`,
    /// `x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h])`.
    public static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        precondition(!sorted.isEmpty)
        let h = Double(sorted.count - 1) * p
        let low = Int(h.rounded(.down))
        let high = min(low + 1, sorted.count - 1)
        return sorted[low] + (h - Double(low)) * (sorted[high] - sorted[low])
    }

    public static func spread(_ values: [Double]) -> FocusSpread? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        return FocusSpread(conversations: sorted.count, median: quantile(sorted, 0.5),
                           lowerQuartile: quantile(sorted, 0.25), upperQuartile: quantile(sorted, 0.75))
    }

    /// The focus against the earlier conversations. Held conversations before `since` are the
    /// mentor's usual (the latest `earlierConversations` of them); those from `since` up to `now`
    /// are after. The change is larger than the mentor's usual variation when the median after
    /// lies outside the earlier interquartile range: below the first or above the third quartile.
    /// Which side is better follows `Focus.higherIsBetter`.
    public static func figure(_ record: FocusRecord, conversations: [ConversationRecord], band: ClosedRange<Double>, now: Date) -> FocusFigure {
        let held = conversations.filter { $0.status == .held }.sorted { $0.date < $1.date }
        let earlier = held.filter { $0.date < record.since }.suffix(earlierConversations)
        let later = held.filter { $0.date >= record.since && $0.date <= now }
        let before = spread(earlier.compactMap { value(record.focus, $0, band: band) })
        let after = spread(later.compactMap { value(record.focus, $0, band: band) })
        var figure = FocusFigure(focus: record.focus, since: record.since, before: before, after: after, change: nil,
                                 verdict: .tooLittleData, heldSince: later.count)
        guard let before, let after, before.conversations >= minimumBefore, after.conversations >= minimumAfter else { return figure }
        figure.change = after.median - before.median
        if after.median >= before.lowerQuartile && after.median <= before.upperQuartile {
            figure.verdict = .withinUsualVariation
        } else {
            figure.verdict = (after.median > before.upperQuartile) == record.focus.higherIsBetter ? .better : .worse
        }
        return figure
    }

    /// Across a mentor's pairs: the most recently chosen focus among them, over the held
    /// conversations of every pair it is in effect for (the same focus, chosen at the same moment:
    /// a reflection about all mentees, or about the one pair). `pairs` in the result counts those.
    public static func acrossPairs(_ pairs: [PairRecord], band: ClosedRange<Double>, now: Date) -> AcrossPairs? {
        guard let latest = pairs.compactMap(\.focus).max(by: { $0.since < $1.since }) else { return nil }
        let covered = pairs.filter { $0.focus == latest }
        return AcrossPairs(figure: figure(latest, conversations: covered.flatMap(\.conversations), band: band, now: now), pairs: covered.count)
    }

    public struct AcrossPairs: Sendable, Equatable {
        public var figure: FocusFigure
        public var pairs: Int
    }
}
