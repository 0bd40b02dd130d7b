import Benchmark
import Matching

/// The solver on the sizes of the issue: dense scores, every pair allowed.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(60), maxIterations: 5)

    let small = DenseProblem.make(mentees: 2_000, mentors: 500, capacity: 4, seed: 1)
    Benchmark("Assignment 2000 mentees x 500 mentors, capacity 4") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(AssignmentSolver.solve(small)) }
    }
    let large = DenseProblem.make(mentees: 5_000, mentors: 1_000, capacity: 5, seed: 2)
    Benchmark("Assignment 5000 mentees x 1000 mentors, capacity 5") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(AssignmentSolver.solve(large)) }
    }
    Benchmark("Greedy 2000 mentees x 500 mentors, capacity 4") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(GreedySolver.solve(small)) }
    }
    // OR-Library's assign800 shape (issue 18): square, dense, integer costs 1-100 as scores (100 - c) / 100.
    let assign800 = DenseProblem.integerCosts(size: 800, seed: 800)
    Benchmark("Assignment 800 x 800, integer costs 1-100") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(AssignmentSolver.solve(assign800)) }
    }
}

/// Uniform random scores in [0, 1) from a fixed seed (SplitMix64), the same on every machine.
enum DenseProblem {
    static func make(mentees: Int, mentors: Int, capacity: Int, seed: UInt64) -> AssignmentProblem {
        var state = seed
        func next() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
        }
        return AssignmentProblem(capacities: Array(repeating: capacity, count: mentors),
                                 scores: (0..<mentees).map { _ in (0..<mentors).map { _ in next() } })
    }

    /// A square problem with integer costs drawn uniformly from 1-100, each given as the score (100 - c) / 100.
    static func integerCosts(size: Int, seed: UInt64) -> AssignmentProblem {
        var state = seed
        func next() -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return 1 + Int((z ^ (z >> 31)) % 100)
        }
        return AssignmentProblem(capacities: Array(repeating: 1, count: size),
                                 scores: (0..<size).map { _ in (0..<size).map { _ in Double(100 - next()) / 100 } })
    }
}
