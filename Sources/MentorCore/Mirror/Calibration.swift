import Foundation

/// How well the mentor sees their own share of talk: the estimate they gave before a
/// transcript's measured share was shown, against that measured share.
public struct CalibrationFigure: Sendable, Codable, Equatable {
    /// How the mentor's estimates lie on the whole.
    public enum Direction: String, Sendable, Codable { case lower, aboutRight, higher }
    /// Whether the later estimates are closer to what was measured than the earlier ones.
    public enum Trend: String, Sendable, Codable { case closer, steady, further }

    public struct Point: Sendable, Codable, Equatable {
        public var conversationID: UUID
        public var date: Date
        public var estimate: Double
        public var measured: Double
        /// `(estimate - measured) * 100`: negative when the mentor put their share lower than it was.
        public var gapPoints: Double
    }

    /// Within this many points an estimate counts as about right, and a change in the trend as steady.
    public static let tolerancePoints = 5.0

    /// The period's held conversations with both an estimate given beforehand and a measured share, oldest first.
    public var points: [Point]
    /// The mean gap in points; nil without points.
    public var meanGapPoints: Double?
    /// The mean of the gaps without their sign: how far off, either way.
    public var meanDistancePoints: Double?
    public var direction: Direction?
    /// From two points on: the mean distance of the later half against the earlier half
    /// (with an odd count the middle one is left out).
    public var trend: Trend?
    public var earlierDistancePoints: Double?
    public var laterDistancePoints: Double?
    /// Held conversations of the period with a measured share but no estimate given before it.
    public var measuredWithoutEstimate: Int
}

extension MirrorMath {
    /// Per held conversation with a transcript and an estimate given before its figures were
    /// shown: `gap = (estimate - measured) * 100` points. `meanGapPoints` is their mean,
    /// `meanDistancePoints` the mean of `|gap|`; `direction` is "about right" within 5 points,
    /// else lower (negative) or higher. `trend` compares the mean `|gap|` of the later half of
    /// the points with the earlier half: 5 points or more smaller is closer, larger is further,
    /// else steady.
    public static func calibration(_ held: [ConversationRecord], settings: MirrorSettings) -> CalibrationFigure {
        var points: [CalibrationFigure.Point] = []
        var withoutEstimate = 0
        for conversation in held {
            guard let measured = conversation.measured?.mentorShare else { continue }
            guard let estimate = conversation.estimateBeforeMeasured else {
                withoutEstimate += 1
                continue
            }
            points.append(.init(conversationID: conversation.id, date: conversation.date, estimate: estimate, measured: measured,
                                // Rounded to a millionth of a point, so 0.30 - 0.45 is -15 and not -15.000000000000002.
                                gapPoints: ((estimate - measured) * 100_000_000).rounded() / 1_000_000))
        }
        var figure = CalibrationFigure(points: points, meanGapPoints: nil, meanDistancePoints: nil, direction: nil, trend: nil,
                                       earlierDistancePoints: nil, laterDistancePoints: nil, measuredWithoutEstimate: withoutEstimate)
        guard !points.isEmpty else { return figure }
        let tolerance = CalibrationFigure.tolerancePoints
        let mean = points.map(\.gapPoints).reduce(0, +) / Double(points.count)
        figure.meanGapPoints = mean
        figure.meanDistancePoints = distance(points[...])
        figure.direction = abs(mean) < tolerance ? .aboutRight : mean < 0 ? .lower : .higher
        guard points.count >= max(2, settings.minimumConversations) else { return figure }
        let half = points.count / 2
        let earlier = distance(points.prefix(half)), later = distance(points.suffix(half))
        figure.earlierDistancePoints = earlier
        figure.laterDistancePoints = later
        figure.trend = later <= earlier - tolerance ? .closer : later >= earlier + tolerance ? .further : .steady
        return figure
    }

    private static func distance(_ points: ArraySlice<CalibrationFigure.Point>) -> Double {
        points.map { abs($0.gapPoints) }.reduce(0, +) / Double(max(1, points.count))
    }
}
