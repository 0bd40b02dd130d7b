@testable import Matching

/// The solver as it was before the shortest-augmenting-path rewrite (one Dijkstra per mentee
/// over `[[Double?]]`, no reductions), kept as an independent reference for medium instances
/// that brute force cannot reach. Slow but simple; do not optimise it.
enum ReferenceSolver {
    static func solve(_ problem: AssignmentProblem) -> Assignment {
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

/// Greedy as it was before issue 18 (a sort of (mentee, mentor, score) tuples), to check that
/// the leaner `GreedySolver` makes exactly the same pairs.
enum ReferenceGreedy {
    static func solve(_ problem: AssignmentProblem) -> Assignment {
        var pairs: [(mentee: Int, mentor: Int, score: Double)] = []
        for (i, row) in problem.scores.enumerated() {
            for (j, score) in row.enumerated() where problem.capacities[j] > 0 {
                if let score { pairs.append((i, j, score)) }
            }
        }
        pairs.sort { a, b in a.score != b.score ? a.score > b.score : (a.mentee != b.mentee ? a.mentee < b.mentee : a.mentor < b.mentor) }
        var remaining = problem.capacities
        var mentorOf = [Int?](repeating: nil, count: problem.menteeCount)
        for pair in pairs where mentorOf[pair.mentee] == nil && remaining[pair.mentor] > 0 {
            mentorOf[pair.mentee] = pair.mentor
            remaining[pair.mentor] -= 1
        }
        return Assignment(mentorOf: mentorOf, problem: problem)
    }
}
