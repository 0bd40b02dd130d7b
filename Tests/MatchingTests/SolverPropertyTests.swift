import Foundation
import Testing
@testable import Matching

/// The level-by-level solver (issue 18) on the scores real rounds have: few distinct values,
/// so many exact ties, off every decimal grid (thirds of a weight), in every shape: more places
/// than mentees, exactly as many, a few or many more mentees than places (mentors as rows),
/// zero capacities and forbidden pairs. Brute force on small instances, the former solver on
/// medium ones, whole proposals against scoring pair by pair.
@Suite struct SolverPropertyTests {
    typealias Generator = AssignmentTests.Generator

    /// A score as a round makes it: weighted parts from small sets (goal shares in thirds and
    /// halves, a seniority gap, a shared language, a wish), so equal scores are common and most
    /// lie on no grid the solver knows.
    static func levelScore(_ generator: inout Generator) -> Double {
        let share = [0, 1.0 / 3, 0.5, 2.0 / 3, 1][Int.random(in: 0...4, using: &generator)]
        let seniority = Bool.random(using: &generator) ? 1 : 0.5
        let language: Double = Int.random(in: 0...3, using: &generator) == 0 ? 0 : 1
        let wish = [0, 0, 0, 0, 0.5, 0.75, 1][Int.random(in: 0...6, using: &generator)]
        return Scoring.combine(share, seniority, 1, language, wish, 0, weights: MatchingWeights())
    }

    static func problem(mentees: Int, mentors: Int, capacities: ClosedRange<Int>, density: Double, _ generator: inout Generator) -> AssignmentProblem {
        AssignmentProblem(
            capacities: (0..<mentors).map { _ in Int.random(in: capacities, using: &generator) },
            scores: (0..<mentees).map { _ in (0..<mentors).map { _ in
                Double.random(in: 0..<1, using: &generator) < density ? levelScore(&generator) : nil
            } })
    }

    @Test func tieHeavyScoresEqualBruteForce() {
        var generator = Generator(state: 1818)
        var shapes: Set<String> = []
        for round in 0..<1_000 {
            let problem = Self.problem(mentees: Int.random(in: 0...7, using: &generator), mentors: Int.random(in: 0...4, using: &generator),
                                       capacities: 0...3, density: Double.random(in: 0.2...1, using: &generator), &generator)
            let matrix = CostMatrix(problem)
            shapes.insert("\(matrix.rowsAreMentees ? "mentee" : "mentor") rows")
            let solution = AssignmentSolver.solve(problem)
            let expected = AssignmentTests.bruteForce(problem)
            #expect(solution.matched == expected.matched, "round \(round): \(problem)")
            #expect(abs(solution.totalScore - expected.total) < 1e-9, "round \(round): \(problem)")
            #expect(SolverEquivalenceTests.isValid(solution, problem), "round \(round): \(problem)")
        }
        #expect(shapes.count == 2)
    }

    @Test func everyShapeEqualsTheFormerSolver() {
        var generator = Generator(state: 20261218)
        // (mentees, mentors, capacities): more places than mentees, as many, a twentieth too few
        // (mentees as rows, places run out), a quarter too few and far too few (mentors as rows),
        // zero capacities among them, a single mentor, a single mentee.
        let shapes: [(Int, Int, ClosedRange<Int>)] = [(60, 20, 3...5), (40, 10, 4...4), (84, 20, 4...4), (100, 20, 4...4),
                                                      (120, 10, 0...4), (25, 40, 0...1), (40, 1, 9...9), (1, 25, 1...2)]
        for round in 0..<72 {
            let (mentees, mentors, capacities) = shapes[round % shapes.count]
            let density = [1.0, 0.6, 0.25][round / shapes.count % 3]
            let problem = Self.problem(mentees: mentees, mentors: mentors, capacities: capacities, density: density, &generator)
            let solution = AssignmentSolver.solve(problem)
            let expected = ReferenceSolver.solve(problem)
            #expect(solution.matched == expected.matched, "round \(round)")
            #expect(abs(solution.totalScore - expected.totalScore) < 1e-9, "round \(round): \(solution.totalScore) vs \(expected.totalScore)")
            #expect(SolverEquivalenceTests.isValid(solution, problem), "round \(round)")
            #expect(AssignmentSolver.solve(problem) == solution, "round \(round): the same input gives the same output")
        }
    }

    @Test func scoresOffTheGridAreToldApartToATenthOfABillionth() {
        // The diagonal totals 1.0, the other way 1.0 + 2e-10: the solver must see the difference.
        let step = 1e-10
        let problem = AssignmentProblem(capacities: [1, 1], scores: [[0.5, 0.5 + step], [0.5 + step, 0.5]])
        #expect(CostMatrix(problem).scale == nil)
        #expect(AssignmentSolver.solve(problem).mentorOf == [1, 0])
        // And with a mentor who has room for both, in a round of 3,000 places (a coarser binary grid).
        var scores = [[Double?]](repeating: [0.3, 0.3], count: 3_000)
        scores[7] = [0.3, 0.3 + step]
        let large = AssignmentProblem(capacities: [3_000, 1], scores: scores)
        let solution = AssignmentSolver.solve(large)
        #expect(solution.matched == 3_000)
        #expect(solution.mentorOf[7] == 1)
    }

    @Test func binaryResolutionKeepsEverySumExact() {
        for units in [0.0, 1, 7, 3_000, 100_000, 1e7, 1e9, 1e12] {
            let resolution = CostMatrix.binaryResolution(units: units)
            #expect(resolution >= 1)
            #expect(resolution <= 1_099_511_627_776)
            #expect(resolution.significandBitPattern == 0, "a power of two")
            // Distances and duals stay below about 5 M = 5 (S · units + 1), well below 2^53.
            #expect(5 * (resolution * max(1, units) + 1) < 9_007_199_254_740_992 || resolution == 1)
        }
        #expect(CostMatrix.binaryResolution(units: 3_000) >= 1e11)
    }

    /// Profiles like a firm's: few practice groups, themes and languages, some line managers,
    /// avoid lists and wishes, some mentors full.
    static func programme(mentees: Int, mentors: Int, _ generator: inout Generator) -> ([MenteeProfile], [MentorProfile], Set<PairKey>) {
        let themes = ["client_skills", "Leadership", "negotiation", "Tax law", "writing"]
        let mentorIDs = (0..<mentors).map { "m\($0)" }
        let menteeIDs = (0..<mentees).map { "e\($0)" }
        let mentorProfiles = mentorIDs.map { id in
            MentorProfile(id: id, seniority: Int.random(in: 1...4, using: &generator), practiceGroup: ["Tax", "Audit"].randomElement(using: &generator)!,
                          languages: [["nl"], ["en"], ["nl", "en"]].randomElement(using: &generator)!,
                          expertise: (0..<Int.random(in: 1...3, using: &generator)).map { _ in themes.randomElement(using: &generator)! },
                          placesLeft: Int.random(in: -1...4, using: &generator),
                          preferredMentees: Bool.random(using: &generator) ? [menteeIDs.randomElement(using: &generator)!] : [])
        }
        let menteeProfiles = menteeIDs.map { id in
            MenteeProfile(id: id, seniority: Int.random(in: 0...2, using: &generator), practiceGroup: ["Tax", "Audit", ""].randomElement(using: &generator)!,
                          languages: [["nl"], ["en"]].randomElement(using: &generator)!,
                          goalThemes: (0..<Int.random(in: 0...3, using: &generator)).map { _ in [themes.randomElement(using: &generator)!] },
                          wishes: (0..<Int.random(in: 0...2, using: &generator)).map { _ in mentorIDs.randomElement(using: &generator)! },
                          avoid: Int.random(in: 0...4, using: &generator) == 0 ? [mentorIDs.randomElement(using: &generator)!] : [],
                          managerID: Int.random(in: 0...5, using: &generator) == 0 ? mentorIDs.randomElement(using: &generator) : nil)
        }
        let excluded = Set((0..<(mentees / 8)).map { _ in PairKey(mentee: menteeIDs.randomElement(using: &generator)!, mentor: mentorIDs.randomElement(using: &generator)!) })
        return (menteeProfiles, mentorProfiles, excluded)
    }

    @Test func roundsAgreeWithTheFormerSolverAndWithScoringPairByPair() {
        var generator = Generator(state: 3_000_800)
        for round in 0..<12 {
            let (mentees, mentors, excluded) = Self.programme(mentees: [30, 70, 120][round % 3], mentors: [12, 20][round % 2], &generator)
            let weights = MatchingWeights()
            let rules = MatchingRules(idealSeniorityGap: 1 + round % 2, practiceGroup: MatchingRules.GroupRule.allCases[round % 3])
            let proposal = Proposal.make(mentees: mentees, mentors: mentors, weights: weights, rules: rules, excluded: excluded)
            let scores = mentees.map { mentee in
                mentors.map { mentor in
                    excluded.contains(PairKey(mentee: mentee.id, mentor: mentor.id)) ? nil : Scoring.score(mentee, mentor, weights: weights, rules: rules).score
                }
            }
            let problem = AssignmentProblem(capacities: mentors.map { max(0, $0.placesLeft) }, scores: scores)
            let expected = ReferenceSolver.solve(problem)
            #expect(proposal.pairs.count == expected.matched, "round \(round)")
            #expect(abs(proposal.totalScore - expected.totalScore) < 1e-9, "round \(round)")
            #expect(proposal.greedyMatched == ReferenceGreedy.solve(problem).matched, "round \(round)")
            // Every pair is allowed, within places, and explained exactly as scoring explains it.
            var used: [String: Int] = [:]
            for pair in proposal.pairs {
                let mentee = mentees.first { $0.id == pair.mentee }!, mentor = mentors.first { $0.id == pair.mentor }!
                #expect(!excluded.contains(PairKey(mentee: pair.mentee, mentor: pair.mentor)))
                #expect(Scoring.score(mentee, mentor, weights: weights, rules: rules) == .allowed(score: pair.score, parts: pair.parts))
                used[pair.mentor, default: 0] += 1
            }
            #expect(mentors.allSatisfy { used[$0.id, default: 0] <= max(0, $0.placesLeft) })
            // Everyone is either paired or unmatched with the right reason.
            #expect(proposal.pairs.count + proposal.unmatched.count == mentees.count)
            for (id, reason) in proposal.unmatched {
                let row = scores[mentees.firstIndex { $0.id == id }!]
                if case .noAllowedMentor = reason { #expect(row.allSatisfy { $0 == nil }) } else { #expect(row.contains { $0 != nil }) }
            }
        }
    }

    @Test func greedyMakesTheSamePairsAsBeforeOnTieHeavyRounds() {
        var generator = Generator(state: 44)
        for round in 0..<60 {
            // Up to four times as many mentees as places, so mentors fill up and offers are passed on.
            let problem = Self.problem(mentees: Int.random(in: 1...60, using: &generator), mentors: Int.random(in: 1...10, using: &generator),
                                       capacities: 0...3, density: [1, 0.5][round % 2], &generator)
            #expect(GreedySolver.solve(problem) == ReferenceGreedy.solve(problem), "round \(round)")
        }
    }
}

/// `Scoring.normalise`'s byte-by-byte path against the Foundation calls it stands for.
@Suite struct NormaliseTests {
    static func foundation(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "_", with: " ").trimmingCharacters(in: .whitespaces)
    }

    @Test func sameAsFoundation() {
        let fixed = ["", " ", "\t", "_", "__", "Client_Skills", " CLIENT SKILLS ", "\tTax\t", "_tax_", "a\tb", "A_B_C", "line\nbreak\n",
                     "\r\nx\r\n", "Ünïcode ", " Fusies en overnames", "ÉTÉ_x", "naïve\t", "\u{00A0}nbsp\u{00A0}", "\u{2003}em\u{2003}", "Ǆ", "İstanbul"]
        for text in fixed { #expect(Scoring.normalise(text) == Self.foundation(text), "\(text.debugDescription)") }
        // Random ASCII, spaces, tabs, underscores and a few other characters.
        var generator = AssignmentTests.Generator(state: 99)
        let alphabet = Array("aZ_ \t\n-9.Q") + ["é", "\u{00A0}"]
        for _ in 0..<2_000 {
            let text = String((0..<Int.random(in: 0...8, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            #expect(Scoring.normalise(text) == Self.foundation(text), "\(text.debugDescription)")
        }
    }
}
