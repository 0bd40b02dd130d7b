import Fluent
import Foundation
import MentorCore
import Matching

extension MatchingPage {
    enum Query {
        static func model(programme: Programme, organisationID: UUID, now: Date, language: Language, flash: String?,
                          on db: any Database) async throws -> Model {
            var model = try model(round: try await MatchingRound.load(programme: programme, organisationID: organisationID, now: now, on: db),
                                  language: language, flash: flash)
            model.rounds = try await rounds(programmeID: try programme.requireID(), on: db)
            return model
        }

        /// The programme's last five published rounds, each with how far its proposals got.
        static func rounds(programmeID: UUID, on db: any Database) async throws -> [PublishedRoundRow] {
            let rounds = try await PublishedRound.query(on: db).filter(\.$programme.$id == programmeID)
                .sort(\.$publishedAt, .descending).limit(5).all()
            let ids = rounds.compactMap(\.id)
            let pairs = ids.isEmpty ? [] : try await Mentorship.query(on: db).filter(\.$roundID ~~ ids).all()
            let byRound = Dictionary(grouping: pairs, by: { $0.roundID })
            return rounds.compactMap { round in
                guard let id = round.id else { return nil }
                let own = byRound[id] ?? []
                let canUndo = (try? PairMoves.checkUndo(own.map(\.standing), undone: round.undoneAt != nil)) != nil
                return PublishedRoundRow(id: id, publishedAt: round.publishedAt, pairCount: round.pairCount,
                                         accepted: own.filter(\.standing.acceptedByAnyone).count,
                                         started: own.filter { $0.startedOn != nil }.count,
                                         closed: own.filter { $0.status == .ended && $0.startedOn == nil }.count,
                                         undoneAt: round.undoneAt, canUndo: canUndo)
            }
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
