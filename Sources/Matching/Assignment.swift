/// An assignment problem with capacities: every mentee gets at most one mentor, every
/// mentor at most `capacity` mentees, and only pairs with a score may be formed.
public struct AssignmentProblem: Sendable, Equatable {
    public var capacities: [Int]
    /// `scores[mentee][mentor]`, nil where the pair is not allowed. Scores are expected in [0, 1].
    public var scores: [[Double?]]

    public init(capacities: [Int], scores: [[Double?]]) {
        self.capacities = capacities
        self.scores = scores
    }

    public var menteeCount: Int { scores.count }
    public var mentorCount: Int { capacities.count }
}

public struct Assignment: Sendable, Equatable {
    /// Mentor index per mentee, nil when the mentee is left unmatched.
    public var mentorOf: [Int?]
    public var matched: Int
    public var totalScore: Double

    public init(mentorOf: [Int?], problem: AssignmentProblem) {
        self.mentorOf = mentorOf
        var matched = 0
        var total = 0.0
        for (mentee, mentor) in mentorOf.enumerated() {
            guard let mentor, let score = problem.scores[mentee][mentor] else { continue }
            matched += 1
            total += score
        }
        self.matched = matched
        self.totalScore = total
    }
}

/// The optimal assignment: first as many mentees matched as the allowed pairs and capacities
/// permit, then, among all such assignments, the highest total score.
///
/// Method: successive shortest augmenting paths (the Hungarian method in the Jonker-Volgenant
/// form) on the bipartite graph of mentees and mentors, with mentor capacities handled
/// directly: one dual per mentor, shared by its places, instead of a column per place.
/// Costs are whole numbers: `S - k` when every score lies on a grid `k / S` (hundredths,
/// quarters, ...), else the scores read on the finest binary grid that keeps every sum exact,
/// so ties are exact either way. To put the number of matched mentees first, every unit also
/// has a private "unmatched" option of cost `M`, larger than any total of real costs, so an
/// optimal complete assignment uses as few of them as possible and then has the least real
/// cost. See `CostMatrix` and `AugmentingPaths` for the details and the invariants.
///
/// Rows are added one unit at a time: the mentees, or, when there are far more mentees than
/// places, the mentors' places (so searches do not run for mentees bound to stay unmatched).
///
/// Complexity: O(u · (r + ℓ) · c) time for u units added, c columns, and per search r rows
/// reached and ℓ distance levels (each costs one pass over the columns; usually a handful),
/// O(n · m) memory. Deterministic: a free column at the nearest distance ends a search, the
/// lowest-numbered first, and a level's columns are scanned in column order.
public enum AssignmentSolver {
    public static func solve(_ problem: AssignmentProblem) -> Assignment {
        let matrix = CostMatrix(problem)
        let placed = AugmentingPaths.solve(matrix)
        return Assignment(mentorOf: matrix.mentorOf(placed, menteeCount: problem.menteeCount), problem: problem)
    }
}
