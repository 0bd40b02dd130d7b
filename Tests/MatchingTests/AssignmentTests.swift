import Testing
@testable import Matching

/// The solver against brute force on every small random instance, and on instances where
/// greedy is provably worse.
@Suite struct AssignmentTests {
    /// Tries every way of giving each mentee a mentor or none, within capacities: the best
    /// (most matched, then highest total) found by exhaustion.
    static func bruteForce(_ problem: AssignmentProblem) -> (matched: Int, total: Double) {
        var best = (matched: 0, total: 0.0)
        var remaining = problem.capacities
        func visit(_ mentee: Int, matched: Int, total: Double) {
            if mentee == problem.menteeCount {
                if matched > best.matched || (matched == best.matched && total > best.total + 1e-12) { best = (matched, total) }
                return
            }
            visit(mentee + 1, matched: matched, total: total)
            for mentor in 0..<problem.mentorCount where remaining[mentor] > 0 {
                guard let score = problem.scores[mentee][mentor] else { continue }
                remaining[mentor] -= 1
                visit(mentee + 1, matched: matched + 1, total: total + score)
                remaining[mentor] += 1
            }
        }
        visit(0, matched: 0, total: 0)
        return best
    }

    /// A small deterministic generator so failures can be replayed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func randomProblem(_ generator: inout Generator) -> AssignmentProblem {
        let mentees = Int.random(in: 1...7, using: &generator)
        let mentors = Int.random(in: 1...4, using: &generator)
        let density = Double.random(in: 0.3...1, using: &generator)
        // Scores on a coarse grid make ties common, which tests determinism and tie handling.
        let coarse = Bool.random(using: &generator)
        return AssignmentProblem(
            capacities: (0..<mentors).map { _ in Int.random(in: 0...3, using: &generator) },
            scores: (0..<mentees).map { _ in (0..<mentors).map { _ in
                guard Double.random(in: 0..<1, using: &generator) < density else { return nil }
                return coarse ? Double(Int.random(in: 0...4, using: &generator)) / 4 : Double.random(in: 0...1, using: &generator)
            } })
    }

    @Test func solverEqualsBruteForceOnHundredsOfSmallInstances() {
        var generator = Generator(state: 20261129)
        for round in 0..<600 {
            let problem = Self.randomProblem(&generator)
            let solution = AssignmentSolver.solve(problem)
            let expected = Self.bruteForce(problem)
            #expect(solution.matched == expected.matched, "round \(round): \(problem)")
            #expect(abs(solution.totalScore - expected.total) < 1e-9, "round \(round): \(problem)")
            // The assignment respects capacities and allowed pairs.
            var used = [Int](repeating: 0, count: problem.mentorCount)
            for (mentee, mentor) in solution.mentorOf.enumerated() {
                guard let mentor else { continue }
                #expect(problem.scores[mentee][mentor] != nil)
                used[mentor] += 1
            }
            #expect(zip(used, problem.capacities).allSatisfy { $0 <= $1 })
        }
    }

    @Test func greedyLeavesAMenteeOutWhereTheOptimumPlacesEveryone() {
        // Mentee 0 scores 0.9 with mentor 0 and 0.8 with mentor 1; mentee 1 can only go to mentor 0.
        // Greedy gives mentor 0 to mentee 0 first and strands mentee 1; the optimum places both.
        let problem = AssignmentProblem(capacities: [1, 1], scores: [[0.9, 0.8], [0.5, nil]])
        let greedy = GreedySolver.solve(problem)
        let optimal = AssignmentSolver.solve(problem)
        #expect(greedy.matched == 1)
        #expect(optimal.matched == 2)
        #expect(optimal.mentorOf == [1, 0])
        #expect(abs(optimal.totalScore - 1.3) < 1e-12)
    }

    @Test func greedyScoresLowerWhenEveryoneIsPlacedAnyway() {
        // Both place both mentees, but greedy takes 1.0 + 0.1 while the optimum takes 0.9 + 0.9.
        let problem = AssignmentProblem(capacities: [1, 1], scores: [[1.0, 0.9], [0.9, 0.1]])
        #expect(abs(GreedySolver.solve(problem).totalScore - 1.1) < 1e-12)
        #expect(abs(AssignmentSolver.solve(problem).totalScore - 1.8) < 1e-12)
    }

    @Test func moreMatchesBeatAHigherScore() {
        // One mentor with room for one: placing mentee 1 alone scores 0.9, but mentee 0 with
        // mentor 0 and mentee 1 with mentor 1 (score 0.05) places two.
        let problem = AssignmentProblem(capacities: [1, 1], scores: [[0.1, nil], [0.9, 0.05]])
        let solution = AssignmentSolver.solve(problem)
        #expect(solution.matched == 2)
        #expect(solution.mentorOf == [0, 1])
    }

    @Test func capacitiesAreUsedAndTheSameInputGivesTheSameOutput() {
        var generator = Generator(state: 7)
        let problem = AssignmentProblem(capacities: [3, 2, 0, 4],
                                        scores: (0..<12).map { _ in (0..<4).map { _ in Double(Int.random(in: 0...3, using: &generator)) / 3 } })
        let first = AssignmentSolver.solve(problem)
        #expect(first == AssignmentSolver.solve(problem))
        #expect(first.matched == 9)
        #expect(!first.mentorOf.contains(2))
    }

    @Test func emptyProblemsAreFine() {
        #expect(AssignmentSolver.solve(AssignmentProblem(capacities: [], scores: [])).matched == 0)
        #expect(AssignmentSolver.solve(AssignmentProblem(capacities: [], scores: [[], []])).mentorOf == [nil, nil])
        #expect(AssignmentSolver.solve(AssignmentProblem(capacities: [2], scores: [[nil], [nil]])).matched == 0)
    }
}
