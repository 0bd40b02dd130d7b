import Fluent
import Foundation
import MentorCore

/// Loads what the mirror needs for a mentor's pairs, in a fixed number of queries however
/// many pairs and conversations there are, and maps the rows to MentorCore records.
enum MirrorQuery {
    struct Loaded: Sendable {
        var pairs: [PairRecord]
        var values: [CoreValueRecord]
        var talkBand: ClosedRange<Double>
        /// Mentorship id per pair, with mentee names, in the order of `pairs`.
        var menteeIDs: [UUID: UUID]
    }

    /// The mentor's pairs (all statuses but proposed), or only `mentorshipID` when given.
    static func load(mentorID: UUID, organisationID: UUID, mentorshipID: UUID? = nil, language: Language, on db: any Database) async throws -> Loaded {
        var query = Mentorship.query(on: db).filter(\.$mentor.$id == mentorID).filter(\.$organisation.$id == organisationID)
            .filter(\.$status != .proposed).with(\.$mentee).sort(\.$createdAt)
        if let mentorshipID { query = query.filter(\.$id == mentorshipID) }
        let pairs = try await query.all()
        let pairIDs = pairs.compactMap(\.id)
        guard let organisation = try await Organisation.find(organisationID, on: db) else { throw PageError.notFound }
        let values = try await CoreValue.query(on: db).filter(\.$organisation.$id == organisationID).sort(\.$position).all()
        guard !pairIDs.isEmpty else {
            return Loaded(pairs: [], values: values.map { CoreValueRecord(id: $0.id!, name: $0.name(in: language)) }, talkBand: organisation.talkBand, menteeIDs: [:])
        }

        let conversations = try await Conversation.query(on: db).filter(\.$mentorship.$id ~~ pairIDs).all()
        let conversationIDs = conversations.compactMap(\.id)
        let agenda = try await AgendaItem.query(on: db).filter(\.$conversation.$id ~~ conversationIDs).all()
        let transcripts = try await TranscriptAnalysis.query(on: db).filter(\.$conversation.$id ~~ conversationIDs).all()
        let scores = try await ValueScore.query(on: db).filter(\.$conversation.$id ~~ conversationIDs).all()
        let observations = try await AttitudeObservation.query(on: db).filter(\.$conversation.$id ~~ conversationIDs).all()
        let evidence = try await GoalEvidence.query(on: db).filter(\.$conversation.$id ~~ conversationIDs).all()
        let goals = try await LearningGoal.query(on: db).filter(\.$mentorship.$id ~~ pairIDs).sort(\.$createdAt).all()
        let actions = try await ActionItem.query(on: db).filter(\.$mentorship.$id ~~ pairIDs).all()
        let agreements = try await Agreement.query(on: db).filter(\.$mentorship.$id ~~ pairIDs).all()

        let agendaByConversation = Dictionary(grouping: agenda, by: { $0.$conversation.id })
        let measuredByConversation = Dictionary(transcripts.map { ($0.$conversation.id, TranscriptFigures.measuredTalk($0)) }, uniquingKeysWith: { a, _ in a })
        var conversationsByPair: [UUID: [ConversationRecord]] = [:]
        var conversationDate: [UUID: (pair: UUID, date: Date)] = [:]
        for conversation in conversations {
            let id = conversation.id!
            conversationDate[id] = (conversation.$mentorship.id, conversation.scheduledAt)
            conversationsByPair[conversation.$mentorship.id, default: []].append(ConversationRecord(
                id: id, date: conversation.scheduledAt, status: conversation.status, initiator: conversation.initiatedBy,
                agenda: (agendaByConversation[id] ?? []).map { AgendaRecord(author: $0.authorSide, addedBeforehand: $0.addedBeforehand) },
                estimatedTalkShare: conversation.talkShareEstimate, measured: measuredByConversation[id] ?? nil))
        }
        var scoresByPair: [UUID: [ScoreRecord]] = [:]
        for score in scores {
            guard let owner = conversationDate[score.$conversation.id] else { continue }
            scoresByPair[owner.pair, default: []].append(ScoreRecord(valueID: score.$coreValue.id, conversationID: score.$conversation.id,
                                                                     date: owner.date, score: score.score, behaviourDescribed: !score.behaviour.isEmpty))
        }
        var observationsByPair: [UUID: [ObservationRecord]] = [:]
        for observation in observations {
            guard let owner = conversationDate[observation.$conversation.id] else { continue }
            observationsByPair[owner.pair, default: []].append(ObservationRecord(conversationID: observation.$conversation.id, date: owner.date,
                                                                                 pattern: observation.pattern, effect: observation.effect))
        }
        var evidenceByPair: [UUID: [EvidenceRecord]] = [:]
        for item in evidence {
            guard let owner = conversationDate[item.$conversation.id] else { continue }
            evidenceByPair[owner.pair, default: []].append(EvidenceRecord(goalID: item.$goal.id, conversationID: item.$conversation.id, date: owner.date))
        }
        let goalsByPair = Dictionary(grouping: goals, by: { $0.$mentorship.id })
        let actionsByPair = Dictionary(grouping: actions, by: { $0.$mentorship.id })
        let agreementByPair = Dictionary(agreements.map { ($0.$mentorship.id, $0) }, uniquingKeysWith: { a, _ in a })

        let records = pairs.map { pair -> PairRecord in
            let id = pair.id!
            let pairGoals = goalsByPair[id] ?? []
            return PairRecord(
                pairID: id, menteeName: pair.mentee.name,
                conversations: conversationsByPair[id] ?? [],
                agreement: agreementByPair[id].map { AgreementRecord(discussedOn: $0.discussedOn, mentorConfirmedAt: $0.mentorConfirmedAt, menteeConfirmedAt: $0.menteeConfirmedAt) },
                scores: scoresByPair[id] ?? [],
                goals: pairGoals.map { GoalRecord(id: $0.id!, title: $0.title, theme: $0.theme, status: $0.status) },
                evidence: evidenceByPair[id] ?? [],
                actions: (actionsByPair[id] ?? []).map { ActionRecord(owner: $0.ownerSide, due: $0.dueOn, done: $0.doneOn, carriedCount: $0.carriedCount) },
                observations: observationsByPair[id] ?? [],
                // A new goal changes what the pair is working on; so does a pause that ended.
                situationChanges: pairGoals.compactMap(\.createdAt))
        }
        return Loaded(pairs: records, values: values.filter { $0.retiredAt == nil }.map { CoreValueRecord(id: $0.id!, name: $0.name(in: language)) },
                      talkBand: organisation.talkBand, menteeIDs: Dictionary(uniqueKeysWithValues: pairs.map { ($0.id!, $0.$mentee.id) }))
    }
}

/// Reads the mentor's figures from a stored transcript analysis.
enum TranscriptFigures {
    struct Stored: Codable {
        var mentorOpenQuestions: Int?
        var mentorClosedQuestions: Int?
        var mentorStatements: Int?
        var mentorLongestMonologueSeconds: Double?
    }

    static func measuredTalk(_ analysis: TranscriptAnalysis) -> MeasuredTalk? {
        let stored = try? JSONDecoder().decode(Stored.self, from: Data(analysis.figures.utf8))
        return MeasuredTalk(mentorShare: analysis.mentorShare, openQuestions: stored?.mentorOpenQuestions ?? 0,
                            closedQuestions: stored?.mentorClosedQuestions ?? 0, statements: stored?.mentorStatements ?? 0,
                            longestMonologueSeconds: stored?.mentorLongestMonologueSeconds ?? 0)
    }
}
