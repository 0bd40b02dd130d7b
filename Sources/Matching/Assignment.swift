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
/// Method: successive shortest augmenting paths (the Hungarian method) on the bipartite
/// graph of mentees and mentors, with mentor capacities handled directly rather than by
/// copying each mentor `capacity` times. Costs are `1 - score` (in [0, 1]). To put the number
/// of matched mentees first, every mentee also has a private "unmatched" option of cost
/// `M = n + 1`, larger than any total of real costs, so an optimal complete assignment uses
/// as few of them as possible and then has the least real cost.
///
/// Mentees are added one at a time; for each, a Dijkstra search over mentors with reduced
/// costs (potentials keep them non-negative) finds the cheapest way to give it a place,
/// possibly moving mentees already placed. Reaching a mentor with free capacity, or the
/// unmatched option of a mentee on the path, ends the search. The sink's potential stays 0,
/// and a mentor with free capacity always has potential 0 (potentials only fall when a
/// mentor is passed, and a mentor with room is never passed), so reaching one ends the path.
///
/// Complexity: O(n · k · c · m) time for n mentees, m mentors, capacity c and k mentors visited
/// per search (k ≤ m, usually far less), O(n · m) memory for the scores. Deterministic: ties
/// go to the lower mentor index.
public enum AssignmentSolver {
    public static func solve(_ problem: AssignmentProblem) -> Assignment {
        let n = problem.menteeCount, m = problem.mentorCount
        guard n > 0 else { return Assignment(mentorOf: [], problem: problem) }
        // Dense cost matrix, row-major; infinity where a pair is not allowed.
        var cost = [Double](repeating: .infinity, count: n * max(m, 1))
        for i in 0..<n {
            for j in 0..<m {
                if let score = problem.scores[i][j], problem.capacities[j] > 0 { cost[i * m + j] = 1 - score }
            }
        }
        let unmatchedCost = Double(n + 1)
        var rowPotential = [Double](repeating: 0, count: n)
        var columnPotential = [Double](repeating: 0, count: m)
        var mentorOf = [Int](repeating: -1, count: n)          // -1: not placed yet; -2: unmatched option
        var assigned = [[Int]](repeating: [], count: m)        // mentees placed with each mentor
        var remaining = problem.capacities.map { max(0, $0) }

        // Per search: distance to each mentor, the mentee it was reached from, and visit marks.
        var distance = [Double](repeating: .infinity, count: m)
        var fromRow = [Int](repeating: -1, count: m)
        var visited = [Bool](repeating: false, count: m)
        var visitedColumns: [Int] = []
        var rowDistance = [Double](repeating: 0, count: n)
        var reachedRows: [Int] = []
        var reachedRow = [Bool](repeating: false, count: n)

        for start in 0..<n {
            for j in visitedColumns { visited[j] = false }
            visitedColumns.removeAll(keepingCapacity: true)
            for i in reachedRows { reachedRow[i] = false }
            reachedRows.removeAll(keepingCapacity: true)
            for j in 0..<m { distance[j] = .infinity; fromRow[j] = -1 }

            // Relax every mentor from mentee `row`, reached at distance `base`.
            func relax(_ row: Int, base: Double) {
                let offset = row * m
                let rowPot = rowPotential[row]
                for j in 0..<m where !visited[j] {
                    let c = cost[offset + j]
                    if c == .infinity { continue }
                    let candidate = base + c - rowPot - columnPotential[j]
                    if candidate < distance[j] {
                        distance[j] = candidate
                        fromRow[j] = row
                    }
                }
            }

            rowDistance[start] = 0
            reachedRow[start] = true
            reachedRows.append(start)
            relax(start, base: 0)
            // The cheapest "unmatched" option among the mentees reached so far.
            var bestUnmatched = unmatchedCost - rowPotential[start]
            var bestUnmatchedRow = start
            var endColumn = -1

            while true {
                var column = -1
                var best = Double.infinity
                for j in 0..<m where !visited[j] && distance[j] < best {
                    best = distance[j]
                    column = j
                }
                if column == -1 || bestUnmatched <= best { break }
                visited[column] = true
                visitedColumns.append(column)
                if remaining[column] > 0 {
                    endColumn = column
                    break
                }
                // The mentor is full: continue through each mentee placed with it.
                for row in assigned[column] where !reachedRow[row] {
                    // Moving `row` away from `column` frees its place: back along the matched
                    // edge, whose reduced cost is zero while it is assigned.
                    let d = best - (cost[row * m + column] - rowPotential[row] - columnPotential[column])
                    rowDistance[row] = d
                    reachedRow[row] = true
                    reachedRows.append(row)
                    relax(row, base: d)
                    let unmatched = d + unmatchedCost - rowPotential[row]
                    if unmatched < bestUnmatched {
                        bestUnmatched = unmatched
                        bestUnmatchedRow = row
                    }
                }
            }

            let total = endColumn >= 0 ? distance[endColumn] : bestUnmatched
            // Update potentials so reduced costs stay non-negative (standard Dijkstra potentials).
            for j in visitedColumns { columnPotential[j] -= total - distance[j] }
            for i in reachedRows { rowPotential[i] += total - rowDistance[i] }

            // Walk back along the path, moving mentees one step each.
            var row: Int
            var column: Int
            if endColumn >= 0 {
                column = endColumn
                remaining[column] -= 1
                row = fromRow[column]
            } else {
                row = bestUnmatchedRow
                column = -2
            }
            while true {
                let previous = mentorOf[row]
                if previous >= 0, let index = assigned[previous].firstIndex(of: row) { assigned[previous].remove(at: index) }
                mentorOf[row] = column
                if column >= 0 { assigned[column].append(row) }
                if row == start { break }
                // `row` was reached through its old mentor `previous`; that mentor was reached from `fromRow[previous]`.
                column = previous
                row = fromRow[previous]
            }
        }
        return Assignment(mentorOf: mentorOf.map { $0 >= 0 ? $0 : nil }, problem: problem)
    }
}
