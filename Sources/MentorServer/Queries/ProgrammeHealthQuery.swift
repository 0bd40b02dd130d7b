import Fluent
import Foundation
import MentorCore

/// Reads a programme's figures (never note or evidence text) for its health, which the
/// health page, the comparison and their CSV downloads share.
enum ProgrammeHealthQuery {
    /// Loads a programme's figures and computes its health: every table read once, by column,
    /// whatever the number of pairs.
    static func health(of programme: Programme, now: Date, on db: any Database) async throws -> ProgrammeHealth {
        let programmeID = try programme.requireID()
        let pairs = try await LeanQuery.rows(pairsStatement, [.id(programmeID)], on: db) { row in
            HealthInput.Pair(id: try row.uuid("id"), mentorName: try row.optionalString("mentor_name") ?? "",
                             menteeName: try row.optionalString("mentee_name") ?? "",
                             status: MentorshipStatus(rawValue: try row.string("status")) ?? .proposed,
                             createdAt: try row.optionalDate("created_at") ?? now, startedOn: try row.optionalDate("started_on"),
                             agreementDiscussed: false)
        }
        let pairIDs = pairs.map(\.id)
        let confirmed = try await LeanQuery.rows(agreementsStatement, [.ids(pairIDs)], on: db) { row in
            (pair: try row.uuid("mentorship_id"),
             record: AgreementRecord(discussedOn: try row.optionalDate("discussed_on"), mentorConfirmedAt: try row.optionalDate("mentor_confirmed_at"),
                                     menteeConfirmedAt: try row.optionalDate("mentee_confirmed_at")))
        }
        // The bulk tables through the mirror's lean reads (several times faster than Fluent's decoding).
        let lean = try LeanRows(db: db, pairIDs: pairIDs)
        let conversations = pairIDs.isEmpty ? [] : try await lean.conversations()
        let analyses = try await LeanQuery.rows(analysesStatement, [.ids(pairIDs)], on: db) { row in
            (conversation: try row.uuid("conversation_id"), share: try row.double("mentor_share"))
        }
        let measured = Dictionary(analyses.map { ($0.conversation, $0.share) }, uniquingKeysWith: { first, _ in first })
        let goals = try await LeanQuery.rows(goalsStatement, [.ids(pairIDs)], on: db) { row in
            (id: try row.uuid("id"), pair: try row.uuid("mentorship_id"))
        }
        let evidence = pairIDs.isEmpty ? [] : try await lean.evidence()
        let fits = try await LeanQuery.rows(fitsStatement, [.ids(pairIDs)], on: db) { row in
            FitAnswer(rawValue: try row.string("answer"))
        }
        let pulses = try await LeanQuery.rows(pulsesStatement, [.id(programmeID)], on: db) { row in
            HealthInput.PulseAnswer(person: try row.uuid("person_id"), value: try row.int("value"), improvement: try row.string("improvement"),
                                    date: try row.optionalDate("created_at") ?? now)
        }
        var evidenceByGoal: [UUID: Set<UUID>] = [:]
        for row in evidence { evidenceByGoal[row.goal, default: []].insert(row.conversation) }
        let discussed = Set(confirmed.filter { AgreementReview.isConfirmed($0.record) }.map(\.pair))
        let input = HealthInput(
            now: now, cadenceDays: programme.cadenceDays, pulseIntervalDays: programme.pulseIntervalDays,
            pairs: pairs.map { pair in
                var pair = pair
                pair.agreementDiscussed = discussed.contains(pair.id)
                return pair
            },
            conversations: conversations.map { conversation in
                HealthInput.Conversation(id: conversation.id, pair: conversation.pair, date: conversation.date,
                                         held: conversation.status == .held, menteeInitiated: conversation.initiator == .mentee,
                                         mentorTalkShare: measured[conversation.id] ?? conversation.estimate)
            },
            goals: goals.map { HealthInput.Goal(pair: $0.pair, evidenceConversations: evidenceByGoal[$0.id] ?? []) },
            fitAnswers: fits.compactMap { $0 },
            pulseAnswers: pulses)
        return ProgrammeHealth.compute(input)
    }

    // The statements, written once (docs/performance.md, "Hot paths").
    static let pairsStatement: LeanStatement = """
        SELECT m.id, m.status, m.created_at, m.started_on, mp.name AS mentor_name, ep.name AS mentee_name FROM mentorships m \
        LEFT JOIN people mp ON mp.id = m.mentor_id LEFT JOIN people ep ON ep.id = m.mentee_id WHERE m.programme_id = ? ORDER BY m.created_at
        """
    static let agreementsStatement: LeanStatement =
        "SELECT mentorship_id, discussed_on, mentor_confirmed_at, mentee_confirmed_at FROM agreements WHERE mentorship_id IN ?"
    static let analysesStatement: LeanStatement = """
        SELECT t.conversation_id, t.mentor_share FROM transcript_analyses t JOIN conversations c ON c.id = t.conversation_id \
        WHERE c.mentorship_id IN ?
        """
    static let goalsStatement: LeanStatement =
        "SELECT id, mentorship_id FROM learning_goals WHERE mentorship_id IN ? AND status IN ('open', 'in_progress')"
    static let talkBandStatement: LeanStatement = "SELECT talk_band_low, talk_band_high FROM organisations WHERE id = ?"
    static let fitsStatement: LeanStatement = "SELECT answer FROM fit_checks WHERE mentorship_id IN ?"
    static let pulsesStatement: LeanStatement =
        "SELECT person_id, value, improvement, created_at FROM pulse_responses WHERE programme_id = ?"

    /// The organisation's talk band, or the standard one.
    static func talkBand(organisationID: UUID, on db: any Database) async throws -> ClosedRange<Double> {
        let bands = try await LeanQuery.rows(talkBandStatement, [.id(organisationID)], on: db) { row in
            (low: try row.optionalDouble("talk_band_low"), high: try row.optionalDouble("talk_band_high"))
        }
        guard let band = bands.first, let low = band.low, let high = band.high else { return TalkBand.standard }
        return low...max(low, high)
    }

    /// The organisation's programmes, newest first, each with its health.
    static func comparison(organisationID: UUID, now: Date, on db: any Database) async throws -> [ComparePage.Row] {
        let programmes = try await Programme.query(on: db).filter(\.$organisation.$id == organisationID).sort(\.$startsOn, .descending).all()
        var rows: [ComparePage.Row] = []
        for programme in programmes {
            rows.append(ComparePage.Row(programmeID: try programme.requireID(), name: programme.name,
                                        health: try await health(of: programme, now: now, on: db)))
        }
        return rows
    }
}
