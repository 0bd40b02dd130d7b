import Fluent
import SQLKit
import FluentSQLiteDriver
import Foundation
import MentorCore
import Transcripts

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

    /// A pair the mirror shows, with the mentee's name.
    struct PairRow: Sendable, Equatable {
        var id: UUID
        var menteeID: UUID
        var menteeName: String
    }

    /// The mentor's pairs (all statuses but proposed), or only `mentorshipID` when given.
    static func load(mentorID: UUID, organisationID: UUID, mentorshipID: UUID? = nil, language: Language, on db: any Database) async throws -> Loaded {
        var binds: [LeanBind] = [.id(mentorID), .id(organisationID)]
        if let mentorshipID { binds.append(.id(mentorshipID)) }
        let pairs = try await LeanQuery.rows(mentorshipID == nil ? pairsStatement : onePairStatement, binds, on: db) { row in
            PairRow(id: try row.uuid("id"), menteeID: try row.uuid("mentee_id"), menteeName: try row.string("name"))
        }
        return try await load(pairs: pairs, organisationID: organisationID, language: language, on: db)
    }

    // The statements, written once (docs/performance.md, "Hot paths").
    static let pairsStatement: LeanStatement = """
        SELECT m.id, m.mentee_id, p.name FROM mentorships m JOIN people p ON p.id = m.mentee_id \
        WHERE m.mentor_id = ? AND m.organisation_id = ? AND m.status <> 'proposed' ORDER BY m.created_at
        """
    static let onePairStatement: LeanStatement = """
        SELECT m.id, m.mentee_id, p.name FROM mentorships m JOIN people p ON p.id = m.mentee_id \
        WHERE m.mentor_id = ? AND m.organisation_id = ? AND m.status <> 'proposed' AND m.id = ? ORDER BY m.created_at
        """
    static let bandAndValuesStatement: LeanStatement = """
        SELECT o.talk_band_low, o.talk_band_high, v.id AS value_id, v.name_nl, v.name_en FROM organisations o \
        LEFT JOIN core_values v ON v.organisation_id = o.id AND v.retired_at IS NULL WHERE o.id = ? ORDER BY v.position
        """

    /// One pair the route wrapper has already loaded and checked; a proposed pair has no mirror.
    /// `focus`: also read the mentor's chosen focus (private to the mentor: only their mirror asks).
    static func load(pair: Mentorship, menteeName: String, language: Language, focus: Bool = false, on db: any Database) async throws -> Loaded {
        let pairs = pair.status == .proposed ? [] : [PairRow(id: try pair.requireID(), menteeID: pair.$mentee.id, menteeName: menteeName)]
        return try await load(pairs: pairs, organisationID: pair.$organisation.id, language: language, focus: focus, on: db)
    }

    /// The organisation's talk band and its core values (retired ones left out), in one statement.
    static func bandAndValues(organisationID: UUID, language: Language, on db: any Database) async throws -> (band: ClosedRange<Double>, values: [CoreValueRecord]) {
        let rows = try await LeanQuery.rows(bandAndValuesStatement, [.id(organisationID)], on: db) { row in
            (low: try row.optionalDouble("talk_band_low") ?? TalkBand.standard.lowerBound,
             high: try row.optionalDouble("talk_band_high") ?? TalkBand.standard.upperBound,
             value: try row.optionalUUID("value_id").map { id in
                 CoreValueRecord(id: id, name: language == .nl ? try row.string("name_nl") : try row.string("name_en"))
             })
        }
        guard let first = rows.first else { throw PageError.notFound }
        return (first.low...max(first.low, first.high), rows.compactMap(\.value))
    }

    /// The figures of `pairs`, read for all of them at once.
    static func load(pairs: [PairRow], organisationID: UUID, language: Language, focus: Bool = true, on db: any Database) async throws -> Loaded {
        let pairIDs = pairs.map(\.id)
        let (talkBand, values) = try await bandAndValues(organisationID: organisationID, language: language, on: db)
        guard !pairIDs.isEmpty else {
            return Loaded(pairs: [], values: values, talkBand: talkBand, menteeIDs: [:])
        }

        // The bulk tables are read with lean SQL, joined on the mentor's pairs and decoded into
        // plain values: building a Fluent model per row made the page several times slower.
        let lean = try LeanRows(db: db, pairIDs: pairIDs)
        let conversations = try await lean.conversations()
        let agenda = try await lean.agenda()
        let scores = try await lean.scores()
        let observations = try await lean.observations()
        let evidence = try await lean.evidence()
        let actions = try await lean.actions()
        let menteeAnswers = try await lean.menteeAnswers()
        let transcripts = try await lean.transcripts()
        let goals = try await lean.goals()
        let agreements = try await lean.agreements()

        let agendaByConversation = Dictionary(grouping: agenda, by: \.conversation)
        // Each transcript's figures are decoded once, for its measured talk and the mentor's moves.
        var measuredByConversation: [UUID: MeasuredTalk] = [:]
        var movesByConversation: [UUID: TalkMoves] = [:]
        var mentionsByConversation: [UUID: [GoalMentionCount]] = [:]
        for row in transcripts where measuredByConversation[row.conversation] == nil {
            let transcript = row.analysis
            let stored = transcript.storedFigures
            mentionsByConversation[row.conversation] = transcript.goalMentionCounts(from: stored)
            measuredByConversation[row.conversation] = transcript.measuredTalk(from: stored)
            movesByConversation[row.conversation] = transcript.mentorMoves(from: stored)
        }
        var conversationsByPair: [UUID: [ConversationRecord]] = [:]
        var conversationDate: [UUID: (pair: UUID, date: Date)] = [:]
        for conversation in conversations {
            let id = conversation.id
            conversationDate[id] = (conversation.pair, conversation.date)
            conversationsByPair[conversation.pair, default: []].append(ConversationRecord(
                id: id, date: conversation.date, status: conversation.status, initiator: conversation.initiator,
                agenda: (agendaByConversation[id] ?? []).map(\.record),
                estimatedTalkShare: conversation.estimate, measured: measuredByConversation[id], talkMoves: movesByConversation[id],
                estimateBeforeMeasured: conversation.estimateBeforeMeasured))
        }
        var scoresByPair: [UUID: [ScoreRecord]] = [:]
        for score in scores {
            guard let owner = conversationDate[score.conversation] else { continue }
            scoresByPair[owner.pair, default: []].append(ScoreRecord(valueID: score.value, conversationID: score.conversation,
                                                                     date: owner.date, score: score.score, behaviourDescribed: score.behaviourDescribed))
        }
        var observationsByPair: [UUID: [ObservationRecord]] = [:]
        for observation in observations {
            guard let owner = conversationDate[observation.conversation] else { continue }
            observationsByPair[owner.pair, default: []].append(ObservationRecord(conversationID: observation.conversation, date: owner.date,
                                                                                 pattern: observation.pattern, effect: observation.effect))
        }
        var evidenceByPair: [UUID: [EvidenceRecord]] = [:]
        for item in evidence {
            guard let owner = conversationDate[item.conversation] else { continue }
            evidenceByPair[owner.pair, default: []].append(EvidenceRecord(goalID: item.goal, conversationID: item.conversation, date: owner.date))
        }
        let goalsByPair = Dictionary(grouping: goals, by: \.pair)
        let actionsByPair = Dictionary(grouping: actions, by: \.pair)
        let agreementByPair = Dictionary(agreements.map { ($0.pair, $0) }, uniquingKeysWith: { a, _ in a })

        let records = pairs.map { pair -> PairRecord in
            let id = pair.id
            let pairGoals = goalsByPair[id] ?? []
            return PairRecord(
                pairID: id, menteeName: pair.menteeName,
                conversations: conversationsByPair[id] ?? [],
                agreement: agreementByPair[id]?.record,
                scores: scoresByPair[id] ?? [],
                goals: pairGoals.map(\.record),
                evidence: evidenceByPair[id] ?? [],
                actions: (actionsByPair[id] ?? []).map { action in
                    var record = action.record
                    record.agreedOn = conversationDate[action.conversation]?.date
                    return record
                },
                observations: observationsByPair[id] ?? [],
                // A new goal changes what the pair is working on; so does a pause that ended.
                situationChanges: pairGoals.compactMap(\.createdAt))
        }
        // The mentee's answers (issue 14): the mirror only ever counts them.
        let answersByPair = Dictionary(grouping: menteeAnswers, by: \.pair)
        let answered = records.map { record -> PairRecord in
            var record = record
            record.menteeAnswers = (answersByPair[record.pairID] ?? []).map(\.record)
            return record
        }
        // Issue 14, items 5-7: the focus in effect, the agreement's written terms, the goal mentions.
        let focuses = focus ? try await lean.focuses() : []
        let extended = answered.map { record -> PairRecord in
            var record = record
            record.focus = FocusRow.inEffect(for: record.pairID, focuses)
            if let agreement = agreementByPair[record.pairID] {
                record.agreement?.terms = agreement.terms
            }
            record.conversations = record.conversations.map { conversation in
                var conversation = conversation
                conversation.goalMentions = mentionsByConversation[conversation.id]
                return conversation
            }
            return record
        }
        return Loaded(pairs: extended, values: values, talkBand: talkBand,
                      menteeIDs: Dictionary(pairs.map { ($0.id, $0.menteeID) }, uniquingKeysWith: { first, _ in first }))
    }
}

/// Lean reads of the mirror's bulk tables for a set of pairs: only the columns the mirror
/// uses, decoded straight into values. On SQLite the rows come from SQLiteNIO directly and
/// are read from their values, several times faster than a `Decoder` per column; on
/// PostgreSQL they go through SQLKit.
struct LeanRows {
    let db: any Database
    let pairIDs: [UUID]

    init(db: any Database, pairIDs: [UUID]) throws {
        self.db = db
        self.pairIDs = pairIDs
    }

    struct ConversationRow {
        var id: UUID; var pair: UUID; var date: Date; var status: ConversationStatus; var initiator: PairSide; var estimate: Double?
        var estimateBeforeMeasured: Double?
    }
    struct AgendaRow { var conversation: UUID; var record: AgendaRecord }
    struct ScoreRow { var conversation: UUID; var value: UUID; var score: Int; var behaviourDescribed: Bool }
    struct ObservationRow { var conversation: UUID; var pattern: String; var effect: AttitudeEffect }
    struct EvidenceRow { var conversation: UUID; var goal: UUID }
    struct ActionRow { var pair: UUID; var conversation: UUID; var record: ActionRecord }

    // The statements, written once; every `?` stands for the list of pair ids.
    static let transcriptsStatement = LeanStatement("SELECT t.conversation_id, t.timed, t.mentor_speaker, t.mentee_speaker, t.mentor_share, t.figures, t.goal_mentions "
        + "FROM transcript_analyses t JOIN conversations c ON c.id = t.conversation_id WHERE c.mentorship_id IN ?")
    static let goalsStatement = LeanStatement("SELECT id, mentorship_id, title, theme, status, created_at FROM learning_goals WHERE mentorship_id IN ? "
        + "ORDER BY created_at")
    static let agreementsStatement = LeanStatement("SELECT mentorship_id, discussed_on, mentor_confirmed_at, mentee_confirmed_at, frequency, who_plans, preparation "
        + "FROM agreements WHERE mentorship_id IN ?")
    static let conversationsStatement = LeanStatement("SELECT id, mentorship_id, scheduled_at, status, initiated_by, talk_share_estimate, estimate_before_measured FROM conversations WHERE mentorship_id IN ?")
    static let agendaStatement = LeanStatement("SELECT a.conversation_id, a.author_side, CASE WHEN a.added_beforehand THEN 1 ELSE 0 END AS beforehand, "
        + "CASE WHEN a.carried_from_id IS NOT NULL OR a.carried_from_conversation_id IS NOT NULL THEN 1 ELSE 0 END AS carried "
        + "FROM agenda_items a JOIN conversations c ON c.id = a.conversation_id WHERE c.mentorship_id IN ?")
    static let scoresStatement = LeanStatement("SELECT s.conversation_id, s.core_value_id, s.score, CASE WHEN s.behaviour <> '' THEN 1 ELSE 0 END AS described FROM value_scores s JOIN conversations c ON c.id = s.conversation_id WHERE c.mentorship_id IN ?")
    static let observationsStatement = LeanStatement("SELECT o.conversation_id, o.pattern, o.effect FROM attitude_observations o JOIN conversations c ON c.id = o.conversation_id WHERE c.mentorship_id IN ?")
    static let evidenceStatement = LeanStatement("SELECT e.conversation_id, e.goal_id FROM goal_evidence e JOIN conversations c ON c.id = e.conversation_id WHERE c.mentorship_id IN ?")
    static let focusesStatement = LeanStatement("SELECT mentorship_id, focus, focus_since, created_at FROM reflections WHERE focus IS NOT NULL "
        + "AND mentor_id IN (SELECT mentor_id FROM mentorships WHERE id IN ?)")
    static let menteeAnswersStatement = LeanStatement("SELECT mentorship_id, conversation_id, room, challenge FROM mentee_view_answers WHERE mentorship_id IN ?")
    static let actionsStatement = LeanStatement("SELECT mentorship_id, conversation_id, owner_side, due_on, done_on, carried_count FROM action_items WHERE mentorship_id IN ?")

    /// Runs `statement`, whose every `?` stands for the list of pair ids, and maps every row.
    private func fetch<T>(_ statement: LeanStatement, _ transform: (LeanRow) throws -> T) async throws -> [T] {
        return try await LeanQuery.rows(statement, Array(repeating: .ids(pairIDs), count: statement.placeholders), on: db, transform)
    }

    /// The pairs' transcript analyses, with the columns the mirror's figures read.
    func transcripts() async throws -> [TranscriptRow] {
        try await fetch(Self.transcriptsStatement) { row in
            TranscriptRow(conversation: try row.uuid("conversation_id"), analysis: try TranscriptRow.analysis(row))
        }
    }

    /// The pairs' learning goals, oldest first.
    func goals() async throws -> [GoalRow] {
        try await fetch(Self.goalsStatement) { row in
            GoalRow(pair: try row.uuid("mentorship_id"),
                    record: GoalRecord(id: try row.uuid("id"), title: try row.string("title"), theme: try row.optionalString("theme"),
                                       status: GoalStatus(rawValue: try row.string("status")) ?? .open),
                    createdAt: try row.optionalDate("created_at"))
        }
    }

    /// The pairs' agreements: when they were discussed and confirmed, and their written terms.
    func agreements() async throws -> [AgreementRow] {
        try await fetch(Self.agreementsStatement) { row in
            AgreementRow(pair: try row.uuid("mentorship_id"),
                         record: AgreementRecord(discussedOn: try row.optionalDate("discussed_on"),
                                                 mentorConfirmedAt: try row.optionalDate("mentor_confirmed_at"),
                                                 menteeConfirmedAt: try row.optionalDate("mentee_confirmed_at")),
                         terms: AgreementTerms(frequency: try row.string("frequency"), whoPlans: try row.string("who_plans"),
                                               preparation: try row.string("preparation")))
        }
    }

    struct GoalRow { var pair: UUID; var record: GoalRecord; var createdAt: Date? }
    struct AgreementRow { var pair: UUID; var record: AgreementRecord; var terms: AgreementTerms }

    func conversations() async throws -> [ConversationRow] {
        try await fetch(Self.conversationsStatement) { row in
            ConversationRow(id: try row.uuid("id"), pair: try row.uuid("mentorship_id"), date: try row.date("scheduled_at"),
                            status: ConversationStatus(rawValue: try row.string("status")) ?? .planned,
                            initiator: PairSide(rawValue: try row.string("initiated_by")) ?? .mentor,
                            estimate: try row.optionalDouble("talk_share_estimate"),
                            estimateBeforeMeasured: try row.optionalDouble("estimate_before_measured"))
        }
    }

    func agenda() async throws -> [AgendaRow] {
        try await fetch(Self.agendaStatement) { row in
            AgendaRow(conversation: try row.uuid("conversation_id"),
                      record: AgendaRecord(author: PairSide(rawValue: try row.string("author_side")) ?? .mentor, addedBeforehand: try row.int("beforehand") != 0,
                                           carried: try row.int("carried") != 0))
        }
    }

    func scores() async throws -> [ScoreRow] {
        try await fetch(Self.scoresStatement) { row in
            ScoreRow(conversation: try row.uuid("conversation_id"), value: try row.uuid("core_value_id"), score: try row.int("score"),
                     behaviourDescribed: try row.int("described") != 0)
        }
    }

    func observations() async throws -> [ObservationRow] {
        try await fetch(Self.observationsStatement) { row in
            ObservationRow(conversation: try row.uuid("conversation_id"), pattern: try row.string("pattern"),
                           effect: AttitudeEffect(rawValue: try row.string("effect")) ?? .helps)
        }
    }

    func evidence() async throws -> [EvidenceRow] {
        try await fetch(Self.evidenceStatement) { row in
            EvidenceRow(conversation: try row.uuid("conversation_id"), goal: try row.uuid("goal_id"))
        }
    }

    struct MenteeAnswerRow { var pair: UUID; var record: MenteeAnswerRecord }

    /// The reflections with a focus of the pairs' mentor (issue 14): about one pair, or (no pair) about all.
    func focuses() async throws -> [FocusRow] {
        try await fetch(Self.focusesStatement) { row in
            FocusRow(pair: try row.optionalUUID("mentorship_id"), focus: Focus(rawValue: try row.string("focus")),
                     since: try row.optionalDate("focus_since") ?? row.optionalDate("created_at"))
        }
    }

    func menteeAnswers() async throws -> [MenteeAnswerRow] {
        try await fetch(Self.menteeAnswersStatement) { row in
            MenteeAnswerRow(pair: try row.uuid("mentorship_id"),
                            record: MenteeAnswerRecord(conversationID: try row.uuid("conversation_id"), room: try row.int("room"), challenge: try row.int("challenge")))
        }
    }

    func actions() async throws -> [ActionRow] {
        try await fetch(Self.actionsStatement) { row in
            ActionRow(pair: try row.uuid("mentorship_id"), conversation: try row.uuid("conversation_id"),
                      record: ActionRecord(owner: PairSide(rawValue: try row.string("owner_side")) ?? .mentee, due: try row.optionalDate("due_on"),
                                           done: try row.optionalDate("done_on"), carriedCount: try row.int("carried_count")))
        }
    }
}
