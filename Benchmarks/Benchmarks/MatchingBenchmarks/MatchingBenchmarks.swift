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
    // A round's kind of scores (few distinct values, many ties, on no decimal grid), with more
    // mentees than places: 3,000 mentees, 800 mentors with 3 places each.
    let levels = DenseProblem.levels(mentees: 3_000, mentors: 800, capacity: 3, seed: 3)
    Benchmark("Assignment 3000 mentees x 800 mentors, capacity 3, few-valued scores") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(AssignmentSolver.solve(levels)) }
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

    /// Scores made like a round's: a mentor's expertise, seniority and language are the same for
    /// every mentee, so the scores of one mentor repeat down the column, and there are few values.
    static func levels(mentees: Int, mentors: Int, capacity: Int, seed: UInt64) -> AssignmentProblem {
        var state = seed
        func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        let mentorTheme = (0..<mentors).map { _ in next(8) }, mentorLanguage = (0..<mentors).map { _ in next(3) }
        let mentorGap = (0..<mentors).map { _ in next(2) }
        let menteeThemes = (0..<mentees).map { _ in [next(8), next(8), next(8)] }, menteeLanguage = (0..<mentees).map { _ in next(2) }
        return AssignmentProblem(capacities: Array(repeating: capacity, count: mentors), scores: (0..<mentees).map { i in
            (0..<mentors).map { j in
                let share = Double(menteeThemes[i].filter { $0 == mentorTheme[j] }.count) / 3
                let language: Double = mentorLanguage[j] == 2 || mentorLanguage[j] == menteeLanguage[i] ? 1 : 0
                let seniority = mentorGap[j] == 0 ? 1 : 0.5
                return (0.35 * share + 0.15 * seniority + 0.10 + 0.10 * language) / 0.7
            }
        })
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
