/// A matching round for a programme: score every pair, respect the coordinator's locks and
/// exclusions, solve optimally, and say why each mentee is where they are.
public struct Proposal: Sendable {
    public struct Pair: Sendable, Equatable {
        public var mentee: String
        public var mentor: String
        public var score: Double
        public var parts: [ScorePart]
        public var locked: Bool
    }

    public enum UnmatchedReason: Sendable, Equatable {
        /// Every mentor is ruled out for this mentee; the rules that did it, with how many mentors each.
        case noAllowedMentor([HardRule: Int])
        /// Some mentors were allowed, but their places went to mentees the optimum needed them for.
        case allowedMentorsFull
    }

    public var pairs: [Pair]
    public var unmatched: [(mentee: String, reason: UnmatchedReason)]
    public var totalScore: Double
    /// The same round solved greedily, for comparison.
    public var greedyMatched: Int
    public var greedyTotalScore: Double
    /// Mentees the optimum places that greedy leaves out.
    public var placedOnlyByOptimum: Int

    /// `locked` pairs are kept as they are; `excluded` pairs are never proposed.
    public static func make(mentees: [MenteeProfile], mentors: [MentorProfile], weights: MatchingWeights, rules: MatchingRules,
                            locked: [(mentee: String, mentor: String)] = [], excluded: Set<PairKey> = []) -> Proposal {
        var mentors = mentors
        var fixed: [Pair] = []
        var lockedMentees: Set<String> = []
        for lock in locked {
            guard let menteeIndex = mentees.firstIndex(where: { $0.id == lock.mentee }),
                  let mentorIndex = mentors.firstIndex(where: { $0.id == lock.mentor }), !lockedMentees.contains(lock.mentee)
            else { continue }
            // A locked pair counts against the mentor's places; its score is shown as it would be.
            var scoring = mentors[mentorIndex]
            scoring.placesLeft = max(1, scoring.placesLeft)
            if case .allowed(let score, let parts) = Scoring.score(mentees[menteeIndex], scoring, weights: weights, rules: rules) {
                fixed.append(Pair(mentee: lock.mentee, mentor: lock.mentor, score: score, parts: parts, locked: true))
            } else {
                fixed.append(Pair(mentee: lock.mentee, mentor: lock.mentor, score: 0, parts: [], locked: true))
            }
            mentors[mentorIndex].placesLeft -= 1
            lockedMentees.insert(lock.mentee)
        }
        let open = mentees.filter { !lockedMentees.contains($0.id) }
        var scores = Scoring.scores(mentees: open, mentors: mentors, weights: weights, rules: rules)
        if !excluded.isEmpty { exclude(excluded, from: &scores, mentees: open, mentors: mentors) }
        let problem = AssignmentProblem(capacities: mentors.map { max(0, $0.placesLeft) }, scores: scores)
        let optimal = AssignmentSolver.solve(problem)
        let greedy = GreedySolver.solve(problem)
        var pairs = fixed
        var unmatched: [(String, UnmatchedReason)] = []
        var onlyOptimum = 0
        for (index, mentee) in open.enumerated() {
            if let mentorIndex = optimal.mentorOf[index] {
                let mentor = mentors[mentorIndex]
                // The explanation is worked out only for the pairs proposed, by the same function that scored them.
                let parts = Scoring.score(mentee, mentor, weights: weights, rules: rules).parts
                pairs.append(Pair(mentee: mentee.id, mentor: mentor.id, score: scores[index][mentorIndex]!, parts: parts, locked: false))
                if greedy.mentorOf[index] == nil { onlyOptimum += 1 }
            } else if scores[index].allSatisfy({ $0 == nil }) {
                unmatched.append((mentee.id, .noAllowedMentor(refusals(of: mentee, mentors: mentors, weights: weights, rules: rules, excluded: excluded))))
            } else {
                unmatched.append((mentee.id, .allowedMentorsFull))
            }
        }
        let fixedTotal = fixed.map(\.score).reduce(0, +)
        return Proposal(pairs: pairs, unmatched: unmatched, totalScore: fixedTotal + optimal.totalScore,
                        greedyMatched: fixed.count + greedy.matched, greedyTotalScore: fixedTotal + greedy.totalScore,
                        placedOnlyByOptimum: onlyOptimum)
    }
}

extension Proposal {
    /// Rules out the coordinator's excluded pairs, looked up by id once per exclusion.
    static func exclude(_ excluded: Set<PairKey>, from scores: inout [[Double?]], mentees: [MenteeProfile], mentors: [MentorProfile]) {
        var rows: [String: [Int]] = [:]
        var columns: [String: [Int]] = [:]
        for (index, mentee) in mentees.enumerated() { rows[mentee.id, default: []].append(index) }
        for (index, mentor) in mentors.enumerated() { columns[mentor.id, default: []].append(index) }
        for pair in excluded {
            for row in rows[pair.mentee] ?? [] {
                for column in columns[pair.mentor] ?? [] { scores[row][column] = nil }
            }
        }
    }

    /// Why a mentee has no allowed mentor: every broken rule, with how many mentors each.
    static func refusals(of mentee: MenteeProfile, mentors: [MentorProfile], weights: MatchingWeights, rules: MatchingRules,
                         excluded: Set<PairKey>) -> [HardRule: Int] {
        var counts: [HardRule: Int] = [:]
        for mentor in mentors {
            if excluded.contains(PairKey(mentee: mentee.id, mentor: mentor.id)) {
                counts[.excludedByCoordinator, default: 0] += 1
            } else if case .impossible(let broken) = Scoring.score(mentee, mentor, weights: weights, rules: rules) {
                for rule in broken { counts[rule, default: 0] += 1 }
            }
        }
        return counts
    }
}

public struct PairKey: Sendable, Hashable {
    public var mentee: String
    public var mentor: String

    public init(mentee: String, mentor: String) {
        self.mentee = mentee
        self.mentor = mentor
    }
}
