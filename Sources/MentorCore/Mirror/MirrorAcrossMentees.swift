import Foundation

extension Mirror {
    /// The mentor's figures across all their mentees: the same formulas over every pair's
    /// conversations, actions and observations together. Only worth showing for two or more
    /// pairs (for one it is that pair's mirror), so it is nil below two.
    public static func acrossMentees(_ pairs: [PairRecord], settings: MirrorSettings) -> Mirror? {
        guard pairs.count > 1 else { return nil }
        var merged = PairRecord(pairID: UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)), menteeName: "",
                                conversations: pairs.flatMap(\.conversations), actions: pairs.flatMap(\.actions),
                                observations: pairs.flatMap(\.observations))
        // The mentees' answers summed: the same threshold applies to the sum.
        merged.menteeAnswers = pairs.flatMap(\.menteeAnswers)
        var mirror = compute(merged, values: [], settings: settings)
        // Across mentees there is no one agreement or goal: only the mentor's own figures stand out.
        mirror.standsOut = MirrorMath.standsOut(mirror, pairRecords: false)
        return mirror
    }
}
