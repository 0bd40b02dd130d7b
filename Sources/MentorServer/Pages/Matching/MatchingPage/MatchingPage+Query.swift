import Fluent
import Foundation
import MentorCore
import Matching

extension MatchingPage {
    enum Query {
        static func model(programme: Programme, organisationID: UUID, language: Language, flash: String?, on db: any Database) async throws -> Model {
            try model(round: try await MatchingRound.load(programme: programme, organisationID: organisationID, on: db), language: language, flash: flash)
        }

        /// The page from a round, with every reason put into words.
        static func model(round: MatchingRound, language: Language, flash: String?) throws -> Model {
            let proposal = round.proposal
            var mentees: [String: MenteeProfile] = [:]
            for mentee in round.mentees where mentees[mentee.id] == nil { mentees[mentee.id] = mentee }
            func name(_ id: String) -> String { UUID(uuidString: id).flatMap { round.people[$0]?.name } ?? id }
            return Model(
                programmeID: try round.programme.requireID(), programmeName: round.programme.name,
                nothingToMatch: round.mentees.isEmpty && proposal.pairs.isEmpty,
                pairs: proposal.pairs.map { pair in
                    ProposedPair(menteeID: pair.mentee, mentorID: pair.mentor, menteeName: name(pair.mentee), mentorName: name(pair.mentor),
                                 locked: pair.locked, score: pair.score, why: MatchExplanation.words(pair.parts, mentee: mentees[pair.mentee], language: language))
                },
                greedyMatched: proposal.greedyMatched, totalScore: proposal.totalScore, greedyTotalScore: proposal.greedyTotalScore,
                placedOnlyByOptimum: proposal.placedOnlyByOptimum,
                unmatched: proposal.unmatched.map { Unmatched(menteeName: name($0.mentee), reason: MatchExplanation.unmatched($0.reason, language: language)) },
                excluded: round.marks.filter { $0.mark == .excluded }.map { mark in
                    Excluded(menteeID: mark.$mentee.id.uuidString, mentorID: mark.$mentor.id.uuidString,
                             menteeName: round.people[mark.$mentee.id]?.name ?? "", mentorName: round.people[mark.$mentor.id]?.name ?? "")
                },
                flash: flash)
        }
    }
}
