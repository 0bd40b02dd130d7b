/// The way pairs are often made by hand or by simple tools: take the highest-scoring allowed
/// pair, fix it, and repeat. Shown beside the optimum so a coordinator sees what it costs.
/// O(p log p) for p allowed pairs. Ties go to the lower mentee, then mentor, index.
public enum GreedySolver {
    public static func solve(_ problem: AssignmentProblem) -> Assignment {
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
