import Foundation

/// The JSON problem of `mentor match solve`:
/// `{"mentors": [{"id", "capacity"}], "mentees": [{"id"}], "scores": [[number or null, ...], ...]}`
/// with one row per mentee and one column per mentor, null where the pair is not allowed.
public struct ProblemFile: Sendable {
    public var mentorIDs: [String]
    public var menteeIDs: [String]
    public var problem: AssignmentProblem

    /// A refusal naming the offending value by its JSON path, e.g. `$.scores[3][1]`.
    public struct Problem: Error, Equatable, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    public static func parse(_ data: Data) throws(Problem) -> ProblemFile {
        let root: JSONValue
        do { root = try JSONValue.parse(data) } catch {
            throw Problem(path: "$", message: "not valid JSON: expected \(error.expected) at byte \(error.offset)")
        }
        guard case .object(let object) = root else { throw Problem(path: "$", message: "expected an object with mentors, mentees and scores") }
        guard case .array(let mentors)? = object["mentors"] else { throw Problem(path: "$.mentors", message: "expected an array of mentors") }
        guard case .array(let mentees)? = object["mentees"] else { throw Problem(path: "$.mentees", message: "expected an array of mentees") }
        guard case .array(let scores)? = object["scores"] else { throw Problem(path: "$.scores", message: "expected an array with one row per mentee") }

        func identifier(_ value: JSONValue?, path: String) throws(Problem) -> String {
            switch value {
            case .string(let text)? where !text.isEmpty: return text
            case .number(let number)? where number == number.rounded() && abs(number) < 1e15: return String(Int64(number))
            default: throw Problem(path: path, message: "expected an id (a non-empty string or a whole number)")
            }
        }
        var mentorIDs: [String] = [], capacities: [Int] = []
        var seenMentors: Set<String> = [], seenMentees: Set<String> = []
        for (index, entry) in mentors.enumerated() {
            guard case .object(let mentor) = entry else { throw Problem(path: "$.mentors[\(index)]", message: "expected an object with id and capacity") }
            let id = try identifier(mentor["id"], path: "$.mentors[\(index)].id")
            guard seenMentors.insert(id).inserted else { throw Problem(path: "$.mentors[\(index)].id", message: "duplicate mentor id \"\(id)\"") }
            guard case .number(let capacity)? = mentor["capacity"], capacity == capacity.rounded(), abs(capacity) < 1e9 else {
                throw Problem(path: "$.mentors[\(index)].capacity", message: "expected a whole number, found \(describe(mentor["capacity"]))")
            }
            guard capacity >= 0 else { throw Problem(path: "$.mentors[\(index)].capacity", message: "capacity cannot be negative, found \(Int(capacity))") }
            mentorIDs.append(id)
            capacities.append(Int(capacity))
        }
        var menteeIDs: [String] = []
        for (index, entry) in mentees.enumerated() {
            guard case .object(let mentee) = entry else { throw Problem(path: "$.mentees[\(index)]", message: "expected an object with an id") }
            let id = try identifier(mentee["id"], path: "$.mentees[\(index)].id")
            guard seenMentees.insert(id).inserted else { throw Problem(path: "$.mentees[\(index)].id", message: "duplicate mentee id \"\(id)\"") }
            menteeIDs.append(id)
        }
        guard scores.count == mentees.count else {
            throw Problem(path: "$.scores", message: "expected \(mentees.count) rows (one per mentee), found \(scores.count)")
        }
        var matrix: [[Double?]] = []
        matrix.reserveCapacity(scores.count)
        for (i, entry) in scores.enumerated() {
            guard case .array(let row) = entry else { throw Problem(path: "$.scores[\(i)]", message: "expected an array of scores") }
            guard row.count == mentors.count else {
                throw Problem(path: "$.scores[\(i)]", message: "expected \(mentors.count) values (one per mentor), found \(row.count)")
            }
            var values = [Double?](repeating: nil, count: row.count)
            for (j, value) in row.enumerated() {
                switch value {
                case .null: continue
                case .number(let score):
                    guard (0...1).contains(score) else { throw Problem(path: "$.scores[\(i)][\(j)]", message: "a score lies between 0 and 1, found \(score)") }
                    values[j] = score
                default:
                    throw Problem(path: "$.scores[\(i)][\(j)]", message: "expected a number or null, found \(describe(value))")
                }
            }
            matrix.append(values)
        }
        return ProblemFile(mentorIDs: mentorIDs, menteeIDs: menteeIDs, problem: AssignmentProblem(capacities: capacities, scores: matrix))
    }

    static func describe(_ value: JSONValue?) -> String {
        switch value {
        case nil: "nothing"
        case .null?: "null"
        case .bool(let flag)?: flag ? "true" : "false"
        case .number(let number)?: "\(number)"
        case .string(let text)?: "the string \"\(text.prefix(40))\""
        case .array?: "an array"
        case .object?: "an object"
        }
    }

    /// The solution in the documented shape:
    /// `{"assignments": [{"mentee", "mentor", "score"}], "unassigned": [ids], "matched": n, "totalScore": number}`.
    public func solutionJSON(_ assignment: Assignment) -> [String: Any] {
        var assignments: [[String: Any]] = []
        var unassigned: [String] = []
        for (mentee, mentor) in assignment.mentorOf.enumerated() {
            if let mentor, let score = problem.scores[mentee][mentor] {
                assignments.append(["mentee": menteeIDs[mentee], "mentor": mentorIDs[mentor], "score": score])
            } else {
                unassigned.append(menteeIDs[mentee])
            }
        }
        return ["assignments": assignments, "unassigned": unassigned, "matched": assignment.matched, "totalScore": assignment.totalScore]
    }
}
