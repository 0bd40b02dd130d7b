import Testing
@testable import Matching

/// The shortest-augmenting-path solver against independent answers: brute force on small
/// instances, the solver it replaced (`ReferenceSolver`) on medium ones, in every shape it
/// handles differently (mentees or mentors as rows, integer or real costs, places filled up).
@Suite struct SolverEquivalenceTests {
    typealias Generator = AssignmentTests.Generator

    /// A random instance; `grid` scores are whole hundredths (ties, integer costs), otherwise real.
    static func randomProblem(mentees: Int, mentors: Int, capacities: ClosedRange<Int>, density: Double, grid: Bool,
                              _ generator: inout Generator) -> AssignmentProblem {
        AssignmentProblem(
            capacities: (0..<mentors).map { _ in Int.random(in: capacities, using: &generator) },
            scores: (0..<mentees).map { _ in (0..<mentors).map { _ in
                guard Double.random(in: 0..<1, using: &generator) < density else { return nil }
                return grid ? Double(Int.random(in: 0...100, using: &generator)) / 100 : Double.random(in: 0...1, using: &generator)
            } })
    }

    /// The assignment keeps to allowed pairs and capacities.
    static func isValid(_ assignment: Assignment, _ problem: AssignmentProblem) -> Bool {
        var used = [Int](repeating: 0, count: problem.mentorCount)
        for (mentee, mentor) in assignment.mentorOf.enumerated() {
            guard let mentor else { continue }
            guard problem.scores[mentee][mentor] != nil else { return false }
            used[mentor] += 1
        }
        return zip(used, problem.capacities).allSatisfy { $0 <= $1 }
    }

    @Test func equalsBruteForceInEveryShape() {
        var generator = Generator(state: 18)
        var shapes: Set<String> = []
        for round in 0..<800 {
            let problem = Self.randomProblem(mentees: Int.random(in: 0...7, using: &generator), mentors: Int.random(in: 0...4, using: &generator),
                                             capacities: 0...3, density: Double.random(in: 0.2...1, using: &generator),
                                             grid: round % 2 == 0, &generator)
            let matrix = CostMatrix(problem)
            shapes.insert("\(matrix.rowsAreMentees ? "mentee" : "mentor") rows, \(matrix.scale == nil ? "real" : "integer") costs")
            let solution = AssignmentSolver.solve(problem)
            let expected = AssignmentTests.bruteForce(problem)
            #expect(solution.matched == expected.matched, "round \(round): \(problem)")
            #expect(abs(solution.totalScore - expected.total) < 1e-9, "round \(round): \(problem)")
            #expect(Self.isValid(solution, problem), "round \(round): \(problem)")
        }
        #expect(shapes.count == 4, "\(shapes)")
    }

    @Test func equalsTheFormerSolverOnMediumInstances() {
        var generator = Generator(state: 20261201)
        // (mentees, mentors, capacities): square, more places than mentees, exactly as many, up to
        // a tenth too few (mentees as rows, places run out), and far too few (mentors as rows).
        let shapes: [(Int, Int, ClosedRange<Int>)] = [(40, 40, 1...1), (60, 20, 2...5), (50, 10, 5...5), (55, 10, 5...5),
                                                      (90, 12, 1...4), (30, 45, 0...2), (1, 30, 1...1), (30, 1, 7...7)]
        for round in 0..<96 {
            let (mentees, mentors, capacities) = shapes[round % shapes.count]
            let density = [1.0, 0.7, 0.3][round / shapes.count % 3]
            let problem = Self.randomProblem(mentees: mentees, mentors: mentors, capacities: capacities, density: density,
                                             grid: round / (3 * shapes.count) % 2 == 0, &generator)
            let solution = AssignmentSolver.solve(problem)
            let expected = ReferenceSolver.solve(problem)
            #expect(solution.matched == expected.matched, "round \(round)")
            #expect(abs(solution.totalScore - expected.totalScore) < 1e-9, "round \(round): \(solution.totalScore) vs \(expected.totalScore)")
            #expect(Self.isValid(solution, problem), "round \(round)")
        }
    }

    @Test func assign800ShapedIntegerCostsGiveTheLeastTotalCost() {
        // OR-Library's assign shape, smaller: square, every pair allowed, costs 1-100 as scores (100 - c) / 100.
        var generator = Generator(state: 800)
        for round in 0..<6 {
            let size = 30 + 10 * round
            let costs = (0..<size).map { _ in (0..<size).map { _ in Int.random(in: 1...100, using: &generator) } }
            let problem = AssignmentProblem(capacities: Array(repeating: 1, count: size),
                                            scores: costs.map { row in row.map { Double(100 - $0) / 100 } })
            #expect(CostMatrix(problem).scale == 100)
            let solution = AssignmentSolver.solve(problem)
            let expected = ReferenceSolver.solve(problem)
            #expect(solution.matched == size)
            let totalCost = solution.mentorOf.enumerated().map { costs[$0.offset][$0.element!] }.reduce(0, +)
            let expectedCost = expected.mentorOf.enumerated().map { costs[$0.offset][$0.element!] }.reduce(0, +)
            #expect(totalCost == expectedCost, "size \(size)")
        }
    }

    @Test func tiesAreBrokenTheSameWayEveryTime() {
        // Every score equal: any complete assignment is optimal; the solver must still pick one and the same.
        let problem = AssignmentProblem(capacities: [2, 2, 2], scores: Array(repeating: [0.5, 0.5, 0.5], count: 6))
        let first = AssignmentSolver.solve(problem)
        #expect(first.matched == 6)
        for _ in 0..<5 { #expect(AssignmentSolver.solve(problem) == first) }
    }

    /// The grid the solver works on for these scores (one mentee per row, every mentor with one place).
    static func scale(_ scores: [[Double?]]) -> Double? {
        CostMatrix(AssignmentProblem(capacities: Array(repeating: 1, count: scores[0].count), scores: scores)).scale
    }

    @Test func integerCostsOnlyWhenEveryScoreIsExactlyOnTheGrid() {
        #expect(Self.scale([[0.25, 0.5, nil], [1, 0, 0.75]]) == 4)
        #expect(Self.scale([[0.37, 0.5], [0.01, 1]]) == 100)
        #expect(Self.scale([[1.0 / 3, 2.0 / 3]]) == 3)
        #expect(Self.scale([[0, 1], [1, nil]]) == 1)
        // Near a grid point is not on it.
        #expect(Self.scale([[0.37 + 1e-12, 0.5]]) == nil)
        #expect(Self.scale([[Double.pi / 4]]) == nil)
        // A score off the grid long after the sample the grids are first tried on.
        let halves = [[Double?]](repeating: Array(repeating: 0.5, count: 10), count: 20)
        #expect(Self.scale(halves) == 2)
        #expect(Self.scale(halves + [Array(repeating: 0.37, count: 10)]) == 100)
        #expect(Self.scale(halves + [[Double.pi / 4] + Array(repeating: 0.5, count: 9)]) == nil)
    }

    @Test func greedyMakesTheSamePairsAsBefore() {
        var generator = Generator(state: 4)
        for round in 0..<60 {
            let problem = Self.randomProblem(mentees: Int.random(in: 1...40, using: &generator), mentors: Int.random(in: 1...12, using: &generator),
                                             capacities: 0...4, density: 0.6, grid: round % 2 == 0, &generator)
            #expect(GreedySolver.solve(problem) == ReferenceGreedy.solve(problem), "round \(round)")
        }
    }
}
