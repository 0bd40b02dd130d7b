import Foundation
import Matching

// match-timer PROBLEM.json [--repeat N]
//   Solves the problem as `mentor match solve --input PROBLEM.json` does and prints one JSON
//   line: matched, totalScore, `seconds` spent in the solver alone, and `endToEndSeconds`:
//   reading the file, ProblemFile (JSONReader), the solver and the solution's JSON. With
//   --repeat N the solver runs N times in the process and `seconds` is the median.
// match-timer --programme MENTEES MENTORS CAPACITY [--exclusions] [--repeat N]
//   Times `Proposal.make` on a generated programme (scoring every pair, the optimum, greedy
//   and the explanations) and prints matched, totalScore, greedyMatched and `seconds`; then
//   its parts alone: `scoringSeconds` (Scoring.scores), `solverSeconds`, `greedySeconds`.
//   With --repeat N every figure is the median of N runs.
let clock = ContinuousClock()

@inline(never) func blackHole<T>(_ value: T) { withExtendedLifetime(value) {} }

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func fail(_ message: String, code: Int32) -> Never {
    FileHandle.standardError.write(Data("\(message)\n".utf8))
    exit(code)
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--programme" {
    guard arguments.count >= 4, let mentees = Int(arguments[1]), let mentors = Int(arguments[2]), let capacity = Int(arguments[3]) else {
        fail("usage: match-timer --programme MENTEES MENTORS CAPACITY [--exclusions] [--repeat N]", code: 2)
    }
    let programme = Programme.make(mentees: mentees, mentors: mentors, capacity: capacity,
                                   exclusions: arguments.contains("--exclusions"), seed: 18)
    let repeats = arguments.firstIndex(of: "--repeat").flatMap { $0 + 1 < arguments.count ? Int(arguments[$0 + 1]) : nil } ?? 1
    func median(_ times: [Double]) -> Double { times.sorted()[times.count / 2] }
    var proposal: Proposal?
    var total: [Double] = [], scoring: [Double] = [], solving: [Double] = [], greedy: [Double] = []
    for _ in 0..<max(1, repeats) {
        total.append(seconds(clock.measure {
            proposal = Proposal.make(mentees: programme.mentees, mentors: programme.mentors, weights: MatchingWeights(),
                                     rules: MatchingRules(), excluded: programme.excluded)
        }))
        // The parts of it, one by one: the score table (exclusions applied as Proposal.make does), the optimum, greedy.
        var scores: [[Double?]] = []
        scoring.append(seconds(clock.measure {
            scores = Scoring.scores(mentees: programme.mentees, mentors: programme.mentors, weights: MatchingWeights(), rules: MatchingRules())
        }))
        let ids = Dictionary(uniqueKeysWithValues: programme.mentors.enumerated().map { ($0.element.id, $0.offset) })
        for (row, mentee) in programme.mentees.enumerated() {
            for pair in programme.excluded where pair.mentee == mentee.id { if let column = ids[pair.mentor] { scores[row][column] = nil } }
        }
        let problem = AssignmentProblem(capacities: programme.mentors.map { max(0, $0.placesLeft) }, scores: scores)
        solving.append(seconds(clock.measure { blackHole(AssignmentSolver.solve(problem)) }))
        greedy.append(seconds(clock.measure { blackHole(GreedySolver.solve(problem)) }))
    }
    let result = proposal!
    print("{\"matched\": \(result.pairs.count), \"totalScore\": \(result.totalScore), \"greedyMatched\": \(result.greedyMatched), "
          + "\"unmatched\": \(result.unmatched.count), \"seconds\": \(median(total)), \"scoringSeconds\": \(median(scoring)), "
          + "\"solverSeconds\": \(median(solving)), \"greedySeconds\": \(median(greedy))}")
    exit(0)
}

let repeats = arguments.count == 3 && arguments[1] == "--repeat" ? Int(arguments[2]) ?? 0 : 1
guard arguments.count == 1 || repeats > 0 else {
    fail("usage: match-timer PROBLEM.json [--repeat N] | --programme MENTEES MENTORS CAPACITY [--exclusions] [--repeat N]", code: 2)
}
let start = clock.now
guard let data = FileManager.default.contents(atPath: arguments[0]) else { fail("cannot read \(arguments[0])", code: 2) }
do {
    let file = try ProblemFile.parse(data)
    var assignment: Assignment?
    let solving = clock.measure { assignment = AssignmentSolver.solve(file.problem) }
    let output = try JSONSerialization.data(withJSONObject: file.solutionJSON(assignment!), options: [.sortedKeys])
    let endToEnd = clock.now - start
    precondition(!output.isEmpty)
    var times = [seconds(solving)]
    for _ in 1..<repeats { times.append(seconds(clock.measure { assignment = AssignmentSolver.solve(file.problem) })) }
    times.sort()
    print("{\"matched\": \(assignment!.matched), \"totalScore\": \(assignment!.totalScore), \"seconds\": \(times[times.count / 2]), "
          + "\"endToEndSeconds\": \(seconds(endToEnd))}")
} catch {
    fail("\(error)", code: 1)
}
