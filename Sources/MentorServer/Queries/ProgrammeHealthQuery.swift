import Fluent
import Foundation
import MentorCore

/// Reads a programme's figures (never note or evidence text) for its health, which the
/// health page, the comparison and their CSV downloads share.
enum ProgrammeHealthQuery {
    /// Loads a programme's figures and computes its health.
    static func health(of programme: Programme, now: Date, on db: any Database) async throws -> ProgrammeHealth {
        let programmeID = try programme.requireID()
        let pairs = try await Mentorship.query(on: db).filter(\.$programme.$id == programmeID).with(\.$mentor).with(\.$mentee).all()
        let pairIDs = pairs.compactMap(\.id)
        let agreements = try await Agreement.query(on: db).filter(\.$mentorship.$id ~~ pairIDs).all()
        // The bulk tables through the mirror's lean reads (several times faster than Fluent's decoding).
        let lean = try LeanRows(db: db, pairIDs: pairIDs)
        let conversations = pairIDs.isEmpty ? [] : try await lean.conversations()
        let analyses = try await TranscriptAnalysis.query(on: db).join(Conversation.self, on: \TranscriptAnalysis.$conversation.$id == \Conversation.$id)
            .filter(Conversation.self, \.$mentorship.$id ~~ pairIDs)
            .field(\.$id).field(\.$conversation.$id).field(\.$mentorShare).all()
        let measured = Dictionary(analyses.map { ($0.$conversation.id, $0.mentorShare) }, uniquingKeysWith: { first, _ in first })
        let goals = try await LearningGoal.query(on: db).filter(\.$mentorship.$id ~~ pairIDs).filter(\.$status ~~ [.open, .inProgress])
            .field(\.$id).field(\.$mentorship.$id).all()
        let evidence = pairIDs.isEmpty ? [] : try await lean.evidence()
        let fits = try await FitCheck.query(on: db).filter(\.$mentorship.$id ~~ pairIDs).field(\.$id).field(\.$answer).all()
        let pulses = try await PulseResponse.query(on: db).filter(\.$programme.$id == programmeID).all()
        var evidenceByGoal: [UUID: Set<UUID>] = [:]
        for row in evidence { evidenceByGoal[row.goal, default: []].insert(row.conversation) }
        let discussed = Set(agreements.filter { AgreementReview.isConfirmed(PairRows.record($0)) }.map { $0.$mentorship.id })
        let input = HealthInput(
            now: now, cadenceDays: programme.cadenceDays, pulseIntervalDays: programme.pulseIntervalDays,
            pairs: try pairs.map { pair in
                let id = try pair.requireID()
                return HealthInput.Pair(id: id, mentorName: pair.mentor.name, menteeName: pair.mentee.name, status: pair.status,
                                        createdAt: pair.createdAt ?? now, startedOn: pair.startedOn, agreementDiscussed: discussed.contains(id))
            },
            conversations: conversations.map { conversation in
                HealthInput.Conversation(id: conversation.id, pair: conversation.pair, date: conversation.date,
                                         held: conversation.status == .held, menteeInitiated: conversation.initiator == .mentee,
                                         mentorTalkShare: measured[conversation.id] ?? conversation.estimate)
            },
            goals: goals.compactMap { goal in
                goal.id.map { HealthInput.Goal(pair: goal.$mentorship.id, evidenceConversations: evidenceByGoal[$0] ?? []) }
            },
            fitAnswers: fits.map(\.answer),
            pulseAnswers: pulses.map { HealthInput.PulseAnswer(person: $0.$person.id, value: $0.value, improvement: $0.improvement, date: $0.createdAt ?? now) })
        return ProgrammeHealth.compute(input)
    }

    /// The organisation's talk band, or the standard one.
    static func talkBand(organisationID: UUID, on db: any Database) async throws -> ClosedRange<Double> {
        let bands = try await LeanQuery.rows("SELECT talk_band_low, talk_band_high FROM organisations WHERE id = ?", [.id(organisationID)], on: db) { row in
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
