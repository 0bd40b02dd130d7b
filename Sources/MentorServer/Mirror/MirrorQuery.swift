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
        let pairs = try await LeanQuery.rows(
            "SELECT m.id, m.mentee_id, p.name FROM mentorships m JOIN people p ON p.id = m.mentee_id "
                + "WHERE m.mentor_id = ? AND m.organisation_id = ? AND m.status <> 'proposed'"
                + (mentorshipID == nil ? "" : " AND m.id = ?") + " ORDER BY m.created_at",
            binds, on: db) { row in
            PairRow(id: try row.uuid("id"), menteeID: try row.uuid("mentee_id"), menteeName: try row.string("name"))
        }
        return try await load(pairs: pairs, organisationID: organisationID, language: language, on: db)
    }

    /// One pair the route wrapper has already loaded and checked; a proposed pair has no mirror.
    /// `focus`: also read the mentor's chosen focus (private to the mentor: only their mirror asks).
    static func load(pair: Mentorship, menteeName: String, language: Language, focus: Bool = false, on db: any Database) async throws -> Loaded {
        let pairs = pair.status == .proposed ? [] : [PairRow(id: try pair.requireID(), menteeID: pair.$mentee.id, menteeName: menteeName)]
        return try await load(pairs: pairs, organisationID: pair.$organisation.id, language: language, focus: focus, on: db)
    }

    /// The organisation's talk band and its core values (retired ones left out), in one statement.
    static func bandAndValues(organisationID: UUID, language: Language, on db: any Database) async throws -> (band: ClosedRange<Double>, values: [CoreValueRecord]) {
        let rows = try await LeanQuery.rows(
            "SELECT o.talk_band_low, o.talk_band_high, v.id AS value_id, v.name_nl, v.name_en FROM organisations o "
                + "LEFT JOIN core_values v ON v.organisation_id = o.id AND v.retired_at IS NULL WHERE o.id = ? ORDER BY v.position",
            [.id(organisationID)], on: db) { row in
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
        let transcripts = try await TranscriptAnalysis.query(on: db).join(Conversation.self, on: \TranscriptAnalysis.$conversation.$id == \Conversation.$id)
            .filter(Conversation.self, \.$mentorship.$id ~~ pairIDs).all()
        let goals = try await LearningGoal.query(on: db).filter(\.$mentorship.$id ~~ pairIDs).sort(\.$createdAt).all()
        let agreements = try await Agreement.query(on: db).filter(\.$mentorship.$id ~~ pairIDs).all()

        let agendaByConversation = Dictionary(grouping: agenda, by: \.conversation)
        // Each transcript's figures are decoded once, for its measured talk and the mentor's moves.
        var measuredByConversation: [UUID: MeasuredTalk] = [:]
        var movesByConversation: [UUID: TalkMoves] = [:]
        var mentionsByConversation: [UUID: [GoalMentionCount]] = [:]
        for transcript in transcripts where measuredByConversation[transcript.$conversation.id] == nil {
            let stored = transcript.storedFigures
            mentionsByConversation[transcript.$conversation.id] = transcript.goalMentionCounts(from: stored)
            measuredByConversation[transcript.$conversation.id] = transcript.measuredTalk(from: stored)
            movesByConversation[transcript.$conversation.id] = transcript.mentorMoves(from: stored)
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
        let goalsByPair = Dictionary(grouping: goals, by: { $0.$mentorship.id })
        let actionsByPair = Dictionary(grouping: actions, by: \.pair)
        let agreementByPair = Dictionary(agreements.map { ($0.$mentorship.id, $0) }, uniquingKeysWith: { a, _ in a })

        let records = pairs.map { pair -> PairRecord in
            let id = pair.id
            let pairGoals = goalsByPair[id] ?? []
            return PairRecord(
                pairID: id, menteeName: pair.menteeName,
                conversations: conversationsByPair[id] ?? [],
                agreement: agreementByPair[id].map { AgreementRecord(discussedOn: $0.discussedOn, mentorConfirmedAt: $0.mentorConfirmedAt, menteeConfirmedAt: $0.menteeConfirmedAt) },
                scores: scoresByPair[id] ?? [],
                goals: pairGoals.map { GoalRecord(id: $0.id!, title: $0.title, theme: $0.theme, status: $0.status) },
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
                record.agreement?.terms = AgreementTerms(frequency: agreement.frequency, whoPlans: agreement.whoPlans, preparation: agreement.preparation)
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

    /// Runs `query`, whose `{PAIRS}` stands for the list of pair ids, and maps every row.
    private func fetch<T>(_ query: String, _ transform: (LeanRow) throws -> T) async throws -> [T] {
        let parts = query.components(separatedBy: "{PAIRS}")
        if let sqlite = db as? any SQLiteDatabase {
            let text = parts.joined(separator: "(" + Array(repeating: "?", count: pairIDs.count).joined(separator: ", ") + ")")
            let encoder = SQLiteDataEncoder()
            let binds = try pairIDs.map { try encoder.encode($0) }
            // Logged as the drivers log theirs, so `LOG_LEVEL=debug` and the tests' query counter see it.
            db.logger.debug("Executing query", metadata: ["sql": .string(text)])
            return try await sqlite.query(text, binds).map { try transform(LeanRow(sqlite: $0, sql: nil)) }
        }
        guard let sql = db as? any SQLDatabase else { throw PageError.notFound }
        let list = SQLGroupExpression(SQLList(pairIDs.map { SQLBind($0) }))
        return try await sql.raw("\(unsafeRaw: parts[0])\(list)\(unsafeRaw: parts[1])").all().map { try transform(LeanRow(sqlite: nil, sql: $0)) }
    }

    func conversations() async throws -> [ConversationRow] {
        try await fetch("SELECT id, mentorship_id, scheduled_at, status, initiated_by, talk_share_estimate, estimate_before_measured FROM conversations WHERE mentorship_id IN {PAIRS}") { row in
            ConversationRow(id: try row.uuid("id"), pair: try row.uuid("mentorship_id"), date: try row.date("scheduled_at"),
                            status: ConversationStatus(rawValue: try row.string("status")) ?? .planned,
                            initiator: PairSide(rawValue: try row.string("initiated_by")) ?? .mentor,
                            estimate: try row.optionalDouble("talk_share_estimate"),
                            estimateBeforeMeasured: try row.optionalDouble("estimate_before_measured"))
        }
    }

    func agenda() async throws -> [AgendaRow] {
        try await fetch("SELECT a.conversation_id, a.author_side, CASE WHEN a.added_beforehand THEN 1 ELSE 0 END AS beforehand, "
                        + "CASE WHEN a.carried_from_id IS NOT NULL OR a.carried_from_conversation_id IS NOT NULL THEN 1 ELSE 0 END AS carried "
                        + "FROM agenda_items a JOIN conversations c ON c.id = a.conversation_id WHERE c.mentorship_id IN {PAIRS}") { row in
            AgendaRow(conversation: try row.uuid("conversation_id"),
                      record: AgendaRecord(author: PairSide(rawValue: try row.string("author_side")) ?? .mentor, addedBeforehand: try row.int("beforehand") != 0,
                                           carried: try row.int("carried") != 0))
        }
    }

    func scores() async throws -> [ScoreRow] {
        try await fetch("SELECT s.conversation_id, s.core_value_id, s.score, CASE WHEN s.behaviour <> '' THEN 1 ELSE 0 END AS described FROM value_scores s JOIN conversations c ON c.id = s.conversation_id WHERE c.mentorship_id IN {PAIRS}") { row in
            ScoreRow(conversation: try row.uuid("conversation_id"), value: try row.uuid("core_value_id"), score: try row.int("score"),
                     behaviourDescribed: try row.int("described") != 0)
        }
    }

    func observations() async throws -> [ObservationRow] {
        try await fetch("SELECT o.conversation_id, o.pattern, o.effect FROM attitude_observations o JOIN conversations c ON c.id = o.conversation_id WHERE c.mentorship_id IN {PAIRS}") { row in
            ObservationRow(conversation: try row.uuid("conversation_id"), pattern: try row.string("pattern"),
                           effect: AttitudeEffect(rawValue: try row.string("effect")) ?? .helps)
        }
    }

    func evidence() async throws -> [EvidenceRow] {
        try await fetch("SELECT e.conversation_id, e.goal_id FROM goal_evidence e JOIN conversations c ON c.id = e.conversation_id WHERE c.mentorship_id IN {PAIRS}") { row in
            EvidenceRow(conversation: try row.uuid("conversation_id"), goal: try row.uuid("goal_id"))
        }
    }

    struct MenteeAnswerRow { var pair: UUID; var record: MenteeAnswerRecord }

    /// The reflections with a focus of the pairs' mentor (issue 14): about one pair, or (no pair) about all.
    func focuses() async throws -> [FocusRow] {
        try await fetch("SELECT mentorship_id, focus, focus_since, created_at FROM reflections WHERE focus IS NOT NULL "
                        + "AND mentor_id IN (SELECT mentor_id FROM mentorships WHERE id IN {PAIRS})") { row in
            FocusRow(pair: try row.optionalUUID("mentorship_id"), focus: Focus(rawValue: try row.string("focus")),
                     since: try row.optionalDate("focus_since") ?? row.optionalDate("created_at"))
        }
    }

    func menteeAnswers() async throws -> [MenteeAnswerRow] {
        try await fetch("SELECT mentorship_id, conversation_id, room, challenge FROM mentee_view_answers WHERE mentorship_id IN {PAIRS}") { row in
            MenteeAnswerRow(pair: try row.uuid("mentorship_id"),
                            record: MenteeAnswerRecord(conversationID: try row.uuid("conversation_id"), room: try row.int("room"), challenge: try row.int("challenge")))
        }
    }

    func actions() async throws -> [ActionRow] {
        try await fetch("SELECT mentorship_id, conversation_id, owner_side, due_on, done_on, carried_count FROM action_items WHERE mentorship_id IN {PAIRS}") { row in
            ActionRow(pair: try row.uuid("mentorship_id"), conversation: try row.uuid("conversation_id"),
                      record: ActionRecord(owner: PairSide(rawValue: try row.string("owner_side")) ?? .mentee, due: try row.optionalDate("due_on"),
                                           done: try row.optionalDate("done_on"), carriedCount: try row.int("carried_count")))
        }
    }
}

/// One row of a lean query: SQLite values read directly, anything else through SQLKit.
struct LeanRow {
    let sqlite: SQLiteRow?
    let sql: (any SQLRow)?

    private func value(_ column: String) -> SQLiteData? { sqlite?.column(column) }

    func uuid(_ column: String) throws -> UUID {
        switch value(column) {
        case .blob(let buffer)? where buffer.readableBytes == 16:
            if let b = buffer.getBytes(at: buffer.readerIndex, length: 16) {
                return UUID(uuid: (b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]))
            }
        case .text(let text)?: if let id = Self.uuid(text) { return id }
        default: break
        }
        return try decode(column, UUID.self)
    }

    func string(_ column: String) throws -> String {
        if case .text(let text)? = value(column) { return text }
        return try decode(column, String.self)
    }

    func optionalString(_ column: String) throws -> String? {
        switch value(column) {
        case .null?: return nil
        case .text(let text)?: return text
        default: return try decode(column, String?.self)
        }
    }

    func optionalUUID(_ column: String) throws -> UUID? {
        if case .null? = value(column) { return nil }
        if sqlite != nil { return try uuid(column) }
        return try decode(column, UUID?.self)
    }

    func int(_ column: String) throws -> Int {
        if case .integer(let number)? = value(column) { return number }
        return try decode(column, Int.self)
    }

    func optionalDouble(_ column: String) throws -> Double? {
        switch value(column) {
        case .null?: return nil
        case .float(let number)?: return number
        case .integer(let number)?: return Double(number)
        default: return try decode(column, Double?.self)
        }
    }

    func date(_ column: String) throws -> Date {
        switch value(column) {
        case .float(let seconds)?: return Date(timeIntervalSince1970: seconds)
        case .integer(let seconds)?: return Date(timeIntervalSince1970: Double(seconds))
        default: return try decode(column, Date.self)
        }
    }

    func optionalDate(_ column: String) throws -> Date? {
        if case .null? = value(column) { return nil }
        switch value(column) {
        case .float(let seconds)?: return Date(timeIntervalSince1970: seconds)
        case .integer(let seconds)?: return Date(timeIntervalSince1970: Double(seconds))
        default: return try decode(column, Date?.self)
        }
    }

    /// Parses the 36-character text form of a UUID by hand: Foundation's parser goes through
    /// `sscanf`, which was the largest single cost of the mirror page.
    static func uuid(_ text: String) -> UUID? {
        var bytes = [UInt8](repeating: 0, count: 16)
        var count = 0
        var high: UInt8?
        for byte in text.utf8 {
            if byte == UInt8(ascii: "-") { continue }
            let value: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): value = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            if let first = high {
                guard count < 16 else { return nil }
                bytes[count] = first << 4 | value
                count += 1
                high = nil
            } else {
                high = value
            }
        }
        guard count == 16, high == nil, text.utf8.count == 36 else { return nil }
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }

    private func decode<T: Decodable>(_ column: String, _ type: T.Type) throws -> T {
        if let sql { return try sql.decode(column: column, as: type) }
        guard let data = sqlite?.column(column) else { throw PageError.notFound }
        return try SQLiteDataDecoder().decode(type, from: data)
    }
}
