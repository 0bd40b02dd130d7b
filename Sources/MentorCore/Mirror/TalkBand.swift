import Foundation

/// The band of the mentor's share of talking time that counts as listening well.
///
/// A mentor who talks less than a quarter of the time leaves the mentee without input;
/// one who talks more than about 45 % turns the conversation into a lecture. Organisations
/// may set their own band; this is the one they start with.
public enum TalkBand {
    /// The default band, as fractions of the conversation: 25–45 %.
    public static let standard: ClosedRange<Double> = 0.25...0.45

    /// The default band in whole percent, as the settings form shows it: 25...45.
    public static var standardPercent: ClosedRange<Int> { percent(standard) }

    /// A band in whole percent (rounded to the nearest percent).
    public static func percent(_ band: ClosedRange<Double>) -> ClosedRange<Int> {
        let low = Int((band.lowerBound * 100).rounded()), high = Int((band.upperBound * 100).rounded())
        return low...max(low, high)
    }

    /// The deciles (0 = 0–10 %, ..., 9 = 90–100 %) a histogram of talk shares marks as inside
    /// `band`: from the decile holding the lower bound up to the one ending at the upper bound.
    public static func deciles(_ band: ClosedRange<Double>) -> ClosedRange<Int> {
        let low = Int((band.lowerBound * 10).rounded(.down))
        let high = max(0, Int((band.upperBound * 10).rounded(.up)) - 1)
        return low...max(low, high)
    }
}
