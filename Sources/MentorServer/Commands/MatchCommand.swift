import ArgumentParser
import Foundation
import Matching

/// `mentor match`: matching on the command line, without a database.
struct MatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Proposing mentor-mentee pairs.",
        subcommands: [MatchSolveCommand.self])
}

struct MatchSolveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Solve a matching problem given as JSON: the most mentees matched, then the highest total score.",
        discussion: """
        Input: {"mentors": [{"id", "capacity"}], "mentees": [{"id"}], "scores": [[number or null, ...], ...]}
        with a row per mentee and a column per mentor; null means the pair is not allowed; scores lie in [0, 1].
        Output (json): {"assignments": [{"mentee", "mentor", "score"}], "unassigned": [ids], "matched": n, "totalScore": number}
        """)

    @ArgumentParser.Option(help: "The problem file (JSON); - reads standard input.")
    var input: String

    @ArgumentParser.Option(help: "Output format: json or text.")
    var format: String = "json"

    @ArgumentParser.Flag(help: "Also solve greedily and report both on standard error.")
    var compareGreedy = false

    @ArgumentParser.Flag(help: "Print the time spent solving (not reading) on standard error.")
    var timing = false

    func validate() throws {
        guard ["json", "text"].contains(format) else { throw ValidationError("--format must be json or text.") }
    }

    func run() async throws {
        let data: Data
        do {
            data = input == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: input))
        } catch {
            throw CommandFailure("Cannot read \(input): \(error.localizedDescription)")
        }
        let file: ProblemFile
        do { file = try ProblemFile.parse(data) } catch { throw CommandFailure("Refused: \(error)") }
        let clock = ContinuousClock()
        var assignment: Assignment?
        let elapsed = clock.measure { assignment = AssignmentSolver.solve(file.problem) }
        guard let assignment else { return }
        if timing { FileHandle.standardError.write(Data("solve seconds: \(Double(elapsed.components.attoseconds) / 1e18 + Double(elapsed.components.seconds))\n".utf8)) }
        if compareGreedy {
            let greedy = GreedySolver.solve(file.problem)
            FileHandle.standardError.write(Data("optimal: \(assignment.matched) matched, total \(assignment.totalScore); greedy: \(greedy.matched) matched, total \(greedy.totalScore)\n".utf8))
        }
        if format == "json" {
            let json = try JSONSerialization.data(withJSONObject: file.solutionJSON(assignment), options: [.sortedKeys])
            print(String(decoding: json, as: UTF8.self))
        } else {
            for (mentee, mentor) in assignment.mentorOf.enumerated() {
                print("\(file.menteeIDs[mentee]) -> " + (mentor.map { "\(file.mentorIDs[$0]) (\(file.problem.scores[mentee][$0]!))" } ?? "unassigned"))
            }
            print("matched \(assignment.matched) of \(file.menteeIDs.count), total score \(assignment.totalScore)")
        }
    }
}
