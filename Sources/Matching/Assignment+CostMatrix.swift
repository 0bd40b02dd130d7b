/// The solver's view of an `AssignmentProblem`: one flat row-major cost buffer, rows that
/// each bring `supply` units to place, columns that each take up to `capacity` units.
///
/// - Orientation: rows are mentees (supply 1) and columns mentors, unless there are more than
///   1.1 times as many mentees as places; then rows are mentors (supply = capacity) and columns
///   mentees (capacity 1), so no search runs for a mentee bound to stay unmatched (each such
///   search scans every column). Measured: with up to a tenth too many mentees the mentees'
///   orientation is faster (its columns are the fewer), beyond that the mentors'. Mentors
///   without places are left out.
/// - Costs: whole numbers, held in a `Double` (integers below 2^53 add and subtract exactly, so
///   every distance the solver sums is exact and ties are real ties). When every score is
///   exactly the double nearest to `k / S` for one scale `S` of `gridScales`, the cost is
///   `S - k` and the optimum is exact. Otherwise the scores are read on the finest binary grid
///   `S = 2^b` (`b ≤ 40`) that keeps every sum below 2^53: the cost is `S - round(score · S)`,
///   each score moves by at most `2^-(b+1)` (below 10^-11 for rounds of 10,000 units), and the
///   optimum is exact for those scores. Real sums in floating point would round in every step
///   instead, and ties (equal scores are common) would stop being ties.
/// - Big M: every unit may stay unmatched at cost `unmatchedCost = S · min(units, places) + 1`,
///   more than any total of real costs; a forbidden pair costs `forbiddenCost = 3 · M`, which no
///   search ever reaches first (see `AugmentingPaths`), so the inner loop needs no test for it.
struct CostMatrix {
    var rows: Int
    var columns: Int
    var costs: [Double]
    var supply: [Int]
    var capacity: [Int]
    var unmatchedCost: Double
    var forbiddenCost: Double
    /// True when rows are mentees and columns mentors.
    var rowsAreMentees: Bool
    /// The mentor index of each mentor row or column (mentors without places are dropped).
    var mentorIndex: [Int]
    /// The grid `S` when every score lies on it exactly, nil when the scores are rounded to `resolution`.
    var scale: Double?
    /// The `S` of the costs: `scale`, or the binary grid the scores are rounded to.
    var resolution: Double

    /// Scales tried for exact integer costs, smallest first: every `S` up to 128, then the
    /// usual finer decimal and binary grids. Random real scores fail each test at the first value.
    static let gridScales: [Double] = (1...128).map(Double.init) + [200, 250, 256, 500, 512, 1000, 1024, 10_000, 100_000, 1_000_000]

    init(_ problem: AssignmentProblem) {
        let menteeCount = problem.menteeCount
        // A mentor can never take more than every mentee.
        let places = problem.capacities.map { min(max(0, $0), menteeCount) }
        mentorIndex = places.indices.filter { places[$0] > 0 }
        let totalPlaces = mentorIndex.reduce(0) { $0 + places[$1] }
        rowsAreMentees = menteeCount <= totalPlaces + totalPlaces / 10
        let mentors = mentorIndex.count
        rows = rowsAreMentees ? menteeCount : mentors
        columns = rowsAreMentees ? mentors : menteeCount
        supply = rowsAreMentees ? Array(repeating: 1, count: menteeCount) : mentorIndex.map { places[$0] }
        capacity = rowsAreMentees ? mentorIndex.map { places[$0] } : Array(repeating: 1, count: menteeCount)

        // Integer costs on the smallest grid every score lies on, else `1 - score`. Grids are
        // tried on a sample first; a pass that meets a score off its grid also rules out every
        // other grid that score is off.
        let minimum = Double(min(menteeCount, totalPlaces))
        let sample = Self.firstScores(problem.scores, mentors: mentorIndex, count: 64)
        var candidates = Self.gridScales.filter { scale in sample.allSatisfy { Self.gridPoint($0, scale: scale) != nil } }
        let binary = Self.binaryResolution(units: minimum)
        var filled: [Double]?
        while filled == nil {
            let scale = candidates.first
            switch Self.costs(problem.scores, rows: rows, columns: columns, rowsAreMentees: rowsAreMentees, mentors: mentorIndex,
                              scale: scale, resolution: binary, forbidden: 3 * ((scale ?? binary) * minimum + 1)) {
            case .success(let costs): filled = costs
            case .failure(let offGrid): candidates.removeAll { Self.gridPoint(offGrid.score, scale: $0) == nil }
            }
        }
        costs = filled!
        scale = candidates.first
        resolution = scale ?? binary
        unmatchedCost = resolution * minimum + 1
        forbiddenCost = 3 * unmatchedCost
    }

    /// The finest `2^b`, `b ≤ 40`, for which every distance and dual stays below 2^53 with `units`
    /// units placed: they are bounded by about `5 M = 5 (S · units + 1)`, so `S · units ≤ 2^50` leaves room.
    static func binaryResolution(units: Double) -> Double {
        var resolution = 1_099_511_627_776.0    // 2^40
        while resolution > 1 && resolution * max(1, units) > 1_125_899_906_842_624 { resolution /= 2 }    // 2^50
        return resolution
    }

    struct OffGrid: Error {
        var score: Double
    }

    /// The cost buffer on grid `scale` (nil: every score rounded to `resolution`), or the first score off that grid.
    static func costs(_ scores: [[Double?]], rows: Int, columns: Int, rowsAreMentees: Bool, mentors: [Int], scale: Double?,
                      resolution: Double, forbidden: Double) -> Result<[Double], OffGrid> {
        var offGrid: Double?
        let costs = [Double](unsafeUninitializedCapacity: rows * columns) { cost, count in
            for mentee in scores.indices where offGrid == nil {
                scores[mentee].withUnsafeBufferPointer { row in
                    for (slot, mentor) in mentors.enumerated() {
                        var value = forbidden
                        if let score = row[mentor] {
                            if let scale {
                                guard let k = gridPoint(score, scale: scale) else {
                                    offGrid = score
                                    return
                                }
                                value = scale - k
                            } else {
                                // Scores lie in [0, 1] (a stray one is kept there), so the conversion rounds to the nearest step.
                                value = resolution - Double(Int(min(1, max(0, score)) * resolution + 0.5))
                            }
                        }
                        cost.initializeElement(at: rowsAreMentees ? mentee * columns + slot : slot * columns + mentee, to: value)
                    }
                }
            }
            // Doubles need no deinitialising, so a buffer left half filled is simply dropped.
            count = offGrid == nil ? rows * columns : 0
        }
        if let offGrid { return .failure(OffGrid(score: offGrid)) }
        return .success(costs)
    }

    /// Up to `count` allowed scores from the first rows, leaving out 0 and 1 (on every grid).
    static func firstScores(_ scores: [[Double?]], mentors: [Int], count: Int) -> [Double] {
        var sample: [Double] = []
        for row in scores {
            for mentor in mentors {
                guard let score = row[mentor], score != 0, score != 1 else { continue }
                sample.append(score)
                if sample.count == count { return sample }
            }
        }
        return sample
    }

    /// `k` when `score` is exactly `Double(k) / scale` for an integer `0 ≤ k ≤ scale`, else nil.
    @inline(__always)
    static func gridPoint(_ score: Double, scale: Double) -> Double? {
        guard score >= 0, score <= 1 else { return nil }
        // Rounding by conversion: `rounded()` is a library call on the baseline x86-64 target.
        let k = Double(Int(score * scale + 0.5))
        return k / scale == score ? k : nil
    }

    /// Mentor index per mentee from the rows placed in each column (`AugmentingPaths.solve`).
    func mentorOf(_ placed: AugmentingPaths.Placement, menteeCount: Int) -> [Int?] {
        var mentorOf = [Int?](repeating: nil, count: menteeCount)
        for column in 0..<columns {
            for row in placed.rows(in: column) {
                if rowsAreMentees { mentorOf[row] = mentorIndex[column] } else { mentorOf[column] = mentorIndex[row] }
            }
        }
        return mentorOf
    }
}
