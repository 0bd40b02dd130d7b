import Testing
@testable import Matching

/// `Scoring.scores` (every pair at once) against `Scoring.score` (one pair), bit for bit.
@Suite struct ScoreTableTests {
    typealias Generator = AssignmentTests.Generator

    /// Texts that normalise alike in different spellings, and ones that do not.
    static let words = ["Client skills", "client_skills", " CLIENT SKILLS ", "Leadership", "leadership", "VAT", "Tax", "tax", "", " "]
    static let ids = ["p0", "p1", "p2", "p3", "p4", "p5", "p6"]

    static func pick<T>(_ items: [T], _ generator: inout Generator) -> T { items[Int.random(in: 0..<items.count, using: &generator)] }

    static func mentee(_ generator: inout Generator) -> MenteeProfile {
        MenteeProfile(
            id: pick(ids, &generator), seniority: Int.random(in: 0...3, using: &generator), practiceGroup: pick(words, &generator),
            languages: (0..<Int.random(in: 0...2, using: &generator)).map { _ in pick(["nl", "NL", "en", "de"], &generator) },
            goalThemes: (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                (0..<Int.random(in: 1...3, using: &generator)).map { _ in pick(words, &generator) }
            },
            wishes: (0..<Int.random(in: 0...4, using: &generator)).map { _ in pick(ids, &generator) },
            avoid: Set((0..<Int.random(in: 0...2, using: &generator)).map { _ in pick(ids, &generator) }),
            managerID: Bool.random(using: &generator) ? pick(ids, &generator) : nil)
    }

    static func mentor(_ generator: inout Generator) -> MentorProfile {
        MentorProfile(
            id: pick(ids, &generator), seniority: Int.random(in: 0...4, using: &generator), practiceGroup: pick(words, &generator),
            languages: (0..<Int.random(in: 0...2, using: &generator)).map { _ in pick(["nl", "en", "EN", "fr"], &generator) },
            expertise: (0..<Int.random(in: 0...4, using: &generator)).map { _ in pick(words, &generator) },
            placesLeft: Int.random(in: -1...2, using: &generator),
            preferredMentees: Set((0..<Int.random(in: 0...2, using: &generator)).map { _ in pick(ids, &generator) }))
    }

    @Test func everyPairScoresExactlyAsOneByOne() {
        var generator = Generator(state: 1812)
        var allowed = 0
        for round in 0..<150 {
            let mentees = (0..<Int.random(in: 0...8, using: &generator)).map { _ in Self.mentee(&generator) }
            let mentors = (0..<Int.random(in: 0...8, using: &generator)).map { _ in Self.mentor(&generator) }
            let weights = round % 3 == 0 ? MatchingWeights() : MatchingWeights(expertise: 0.5, seniority: 0.1, practiceGroup: 0.3, language: 0.2,
                                                                              menteeWish: 0.25, mentorPreference: 0.05)
            let rules = MatchingRules(idealSeniorityGap: 1 + round % 2, practiceGroup: MatchingRules.GroupRule.allCases[round % 3])
            let table = Scoring.scores(mentees: mentees, mentors: mentors, weights: weights, rules: rules)
            #expect(table.count == mentees.count)
            for (i, mentee) in mentees.enumerated() {
                for (j, mentor) in mentors.enumerated() {
                    let single = Scoring.score(mentee, mentor, weights: weights, rules: rules).score
                    #expect(table[i][j] == single, "round \(round): \(mentee) with \(mentor)")
                    if single != nil { allowed += 1 }
                }
            }
        }
        #expect(allowed > 300)
    }

    @Test func proposalsAgreeWithScoringPairByPair() {
        // The round as the former Proposal.make built it: every pair scored one by one, exclusions
        // nil, solved by the former solver. Same count placed, same total, same explanations.
        var generator = Generator(state: 2026)
        for round in 0..<40 {
            let mentees = (0..<Int.random(in: 1...8, using: &generator)).map { index in
                var mentee = Self.mentee(&generator)
                mentee.id = "e\(index)"
                return mentee
            }
            let mentors = (0..<Int.random(in: 1...6, using: &generator)).map { index in
                var mentor = Self.mentor(&generator)
                mentor.id = "m\(index)"
                return mentor
            }
            let excluded: Set<PairKey> = [PairKey(mentee: "e0", mentor: "m0"), PairKey(mentee: "e1", mentor: "m\(round % 3)")]
            let weights = MatchingWeights(), rules = MatchingRules()
            let proposal = Proposal.make(mentees: mentees, mentors: mentors, weights: weights, rules: rules, excluded: excluded)
            let scores = mentees.map { mentee in
                mentors.map { mentor in
                    excluded.contains(PairKey(mentee: mentee.id, mentor: mentor.id)) ? nil : Scoring.score(mentee, mentor, weights: weights, rules: rules).score
                }
            }
            let expected = ReferenceSolver.solve(AssignmentProblem(capacities: mentors.map { max(0, $0.placesLeft) }, scores: scores))
            #expect(proposal.pairs.count == expected.matched, "round \(round)")
            #expect(abs(proposal.totalScore - expected.totalScore) < 1e-9, "round \(round)")
            for pair in proposal.pairs {
                let mentee = mentees.first { $0.id == pair.mentee }!, mentor = mentors.first { $0.id == pair.mentor }!
                #expect(!excluded.contains(PairKey(mentee: pair.mentee, mentor: pair.mentor)))
                #expect(Scoring.score(mentee, mentor, weights: weights, rules: rules) == .allowed(score: pair.score, parts: pair.parts))
            }
        }
    }
}
