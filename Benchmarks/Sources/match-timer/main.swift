import Foundation
import Matching

// match-timer PROBLEM.json: solves the problem and prints one JSON line with matched,
// totalScore and the seconds spent in the solver (reading the file is not counted).
guard CommandLine.arguments.count == 2, let data = FileManager.default.contents(atPath: CommandLine.arguments[1]) else {
    FileHandle.standardError.write(Data("usage: match-timer PROBLEM.json\n".utf8))
    exit(2)
}
do {
    let file = try ProblemFile.parse(data)
    let clock = ContinuousClock()
    var assignment: Assignment?
    let elapsed = clock.measure { assignment = AssignmentSolver.solve(file.problem) }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print("{\"matched\": \(assignment!.matched), \"totalScore\": \(assignment!.totalScore), \"seconds\": \(seconds)}")
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
