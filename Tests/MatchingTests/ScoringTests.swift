import Testing
@testable import Matching

@Suite struct ScoringTests {
    static let mentee = MenteeProfile(id: "e1", seniority: 0, practiceGroup: "Tax", languages: ["nl"],
                                      goalThemes: [["client_skills", "Client skills"], ["leadership", "Leadership"]],
                                      wishes: ["m2", "m1"], avoid: ["m9"], managerID: "m8")

    @Test func partsAndScoreFollowTheDocumentedFormula() {
        // Mentor m1: expertise covers client skills (1 of 2 themes -> 0.5); two steps senior with
        // ideal gap 1 -> 0.5; same group under "either" -> 1; shares Dutch -> 1; second wish -> 0.75;
        // no preference -> 0. Score = (0.35·0.5 + 0.15·0.5 + 0.10·1 + 0.10·1 + 0.20·0.75 + 0.10·0) / 1.0 = 0.6
        let mentor = MentorProfile(id: "m1", seniority: 2, practiceGroup: "Tax", languages: ["nl", "en"], expertise: ["Client skills", "VAT"], placesLeft: 2)
        guard case .allowed(let score, let parts) = Scoring.score(Self.mentee, mentor, weights: MatchingWeights(), rules: MatchingRules()) else {
            Issue.record("pair should be allowed")
            return
        }
        #expect(abs(score - 0.6) < 1e-12)
        #expect(parts.first { $0.criterion == .expertise }?.detail == ["Client skills"])
        #expect(parts.first { $0.criterion == .menteeWish }?.detail == ["2"])
    }

    @Test func hardRulesAreAllReported() {
        let manager = MentorProfile(id: "m8", seniority: 0, placesLeft: 0)
        #expect(Scoring.score(Self.mentee, manager, weights: MatchingWeights(), rules: MatchingRules()) == .impossible([.lineManager, .atCapacity, .notMoreSenior]))
        let avoided = MentorProfile(id: "m9", seniority: 2, placesLeft: 1)
        #expect(Scoring.score(Self.mentee, avoided, weights: MatchingWeights(), rules: MatchingRules()) == .impossible([.onAvoidList]))
    }

    @Test func groupRuleSameOrDifferent() {
        let other = MentorProfile(id: "m3", seniority: 1, practiceGroup: "Audit", placesLeft: 1)
        let same = MatchingRules(idealSeniorityGap: 1, practiceGroup: .same)
        let different = MatchingRules(idealSeniorityGap: 1, practiceGroup: .different)
        func groupPart(_ rules: MatchingRules) -> Double? {
            guard case .allowed(_, let parts) = Scoring.score(Self.mentee, other, weights: MatchingWeights(), rules: rules) else { return nil }
            return parts.first { $0.criterion == .practiceGroup }?.value
        }
        #expect(groupPart(same) == 0)
        #expect(groupPart(different) == 1)
    }

    @Test func proposalKeepsLocksHonoursExclusionsAndExplainsTheUnmatched() {
        let mentees = [MenteeProfile(id: "a", seniority: 0), MenteeProfile(id: "b", seniority: 0), MenteeProfile(id: "c", seniority: 2)]
        let mentors = [MentorProfile(id: "x", seniority: 2, placesLeft: 1), MentorProfile(id: "y", seniority: 1, placesLeft: 1)]
        let proposal = Proposal.make(mentees: mentees, mentors: mentors, weights: MatchingWeights(), rules: MatchingRules(),
                                     locked: [(mentee: "a", mentor: "y")], excluded: [PairKey(mentee: "b", mentor: "y")])
        #expect(proposal.pairs.map { "\($0.mentee)-\($0.mentor)-\($0.locked)" } == ["a-y-true", "b-x-false"])
        #expect(proposal.unmatched.count == 1)
        #expect(proposal.unmatched[0].mentee == "c")
        // c is as senior as both mentors, and y is also full after the lock.
        #expect(proposal.unmatched[0].reason == .noAllowedMentor([.notMoreSenior: 2, .atCapacity: 1]))
    }

    @Test func greedyShortfallIsCounted() {
        // "p" wants x most (wish), "q" can only have x: greedy gives x to p and leaves q out.
        let mentees = [MenteeProfile(id: "p", seniority: 0, wishes: ["x"]), MenteeProfile(id: "q", seniority: 0, avoid: ["y"])]
        let mentors = [MentorProfile(id: "x", seniority: 2, placesLeft: 1), MentorProfile(id: "y", seniority: 2, placesLeft: 1)]
        let proposal = Proposal.make(mentees: mentees, mentors: mentors, weights: MatchingWeights(), rules: MatchingRules())
        #expect(proposal.pairs.count == 2)
        #expect(proposal.greedyMatched == 1)
        #expect(proposal.placedOnlyByOptimum == 1)
    }

    @Test func problemFilesAreRefusedWithThePathOfTheOffendingValue() throws {
        func refusal(_ json: String) -> String? {
            do { _ = try ProblemFile.parse(Data(json.utf8)); return nil } catch { return error.description }
        }
        #expect(refusal(#"{"mentors":[{"id":"m","capacity":1}],"mentees":[{"id":"a"},{"id":"b"}],"scores":[[0.5],[0.2,0.3]]}"#)
                == "$.scores[1]: expected 1 values (one per mentor), found 2")
        #expect(refusal(#"{"mentors":[{"id":"m","capacity":-1}],"mentees":[],"scores":[]}"#) == "$.mentors[0].capacity: capacity cannot be negative, found -1")
        #expect(refusal(#"{"mentors":[{"id":"m","capacity":1}],"mentees":[{"id":"a"}],"scores":[["high"]]}"#)
                == "$.scores[0][0]: expected a number or null, found the string \"high\"")
        #expect(refusal(#"{"mentors":[{"id":"m","capacity":1}],"mentees":[{"id":"a"}],"scores":[[true]]}"#) == "$.scores[0][0]: expected a number or null, found true")
        #expect(refusal(#"{"mentors":[{"id":"m","capacity":1},{"id":"m","capacity":1}],"mentees":[],"scores":[]}"#) == "$.mentors[1].id: duplicate mentor id \"m\"")
        #expect(refusal(#"{"mentors":[{"capacity":1}],"mentees":[],"scores":[]}"#) == "$.mentors[0].id: expected an id (a non-empty string or a whole number)")
        #expect(refusal(#"{"mentors":[],"mentees":[{"id":"a"}],"scores":[]}"#) == "$.scores: expected 1 rows (one per mentee), found 0")
        #expect(refusal("{\"mentors\": [") != nil)
        let file = try ProblemFile.parse(Data(#"{"mentors":[{"id":"m1","capacity":1},{"id":7,"capacity":1}],"mentees":[{"id":"a"},{"id":"b"}],"scores":[[0.9,0.8],[0.5,null]]}"#.utf8))
        let json = file.solutionJSON(AssignmentSolver.solve(file.problem))
        #expect(json["matched"] as? Int == 2)
        #expect((json["unassigned"] as? [String])?.isEmpty == true)
    }
}

import Foundation
