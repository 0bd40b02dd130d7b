import Vapor
import Fluent
import MentorCore

/// Programme health for coordinators: figures only, pairs named only where the coordinator
/// has to act, a comparison across programmes and every table as CSV.
struct HealthController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .programmeHealth(.key), .roles([.coordinator]), page),
            Endpoint(.GET, .programmeHealthExport(.key), .roles([.coordinator]), export),
            Endpoint(.GET, .programmesCompare, .roles([.coordinator]), compare),
            Endpoint(.GET, .programmesCompareExport, .roles([.coordinator]), compareExport),
        ]
    }

    /// The tables of the health page, by their name in `?table=`.
    enum Table: String, CaseIterable {
        case status, pairs, quiet, waiting, talk, fit, pulse
    }

    @Sendable func page(_ request: Request) async throws -> Response {
        let programme = try await request.ownRecord(Programme.self, \.$organisation)
        let health = try await Self.health(of: programme, now: request.now, on: request.db)
        let organisation = try await Organisation.find(programme.$organisation.id, on: request.db)
        let band = (organisation?.talkBandLow ?? 0.25)...(organisation?.talkBandHigh ?? 0.45)
        return HealthPage.render(programme: programme, health: health, talkBand: band, viewer: request.viewer).response()
    }

    @Sendable func export(_ request: Request) async throws -> Response {
        let programme = try await request.ownRecord(Programme.self, \.$organisation)
        guard let table = request.query[String.self, at: "table"].flatMap(Table.init(rawValue:)) else { throw PageError.badRequest }
        let health = try await Self.health(of: programme, now: request.now, on: request.db)
        return Self.csv(HealthPage.rows(table, health: health, viewer: request.viewer), name: "\(table.rawValue)-\(programme.id!).csv")
    }

    @Sendable func compare(_ request: Request) async throws -> Response {
        let rows = try await Self.comparison(organisationID: try request.organisationID(), now: request.now, on: request.db)
        return ComparePage.render(rows, viewer: request.viewer).response()
    }

    @Sendable func compareExport(_ request: Request) async throws -> Response {
        let rows = try await Self.comparison(organisationID: try request.organisationID(), now: request.now, on: request.db)
        return Self.csv(ComparePage.rows(rows, viewer: request.viewer), name: "programmes.csv")
    }

    static func csv(_ rows: [[String]], name: String) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(name)\"")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(string: CSV.write(rows)))
    }

    static func comparison(organisationID: UUID, now: Date, on db: any Database) async throws -> [(Programme, ProgrammeHealth)] {
        let programmes = try await Programme.query(on: db).filter(\.$organisation.$id == organisationID).sort(\.$startsOn, .descending).all()
        var rows: [(Programme, ProgrammeHealth)] = []
        for programme in programmes { rows.append((programme, try await health(of: programme, now: now, on: db))) }
        return rows
    }

    /// Loads a programme's figures (never note or evidence text) and computes its health.
    static func health(of programme: Programme, now: Date, on db: any Database) async throws -> ProgrammeHealth {
        let pairs = try await Mentorship.query(on: db).filter(\.$programme.$id == programme.id!).with(\.$mentor).with(\.$mentee).all()
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
        let pulses = try await PulseResponse.query(on: db).filter(\.$programme.$id == programme.id!).all()
        var evidenceByGoal: [UUID: Set<UUID>] = [:]
        for row in evidence { evidenceByGoal[row.goal, default: []].insert(row.conversation) }
        let discussed = Set(agreements.filter { $0.discussedOn != nil && $0.mentorConfirmedAt != nil && $0.menteeConfirmedAt != nil }.map { $0.$mentorship.id })
        let input = HealthInput(
            now: now, cadenceDays: programme.cadenceDays, pulseIntervalDays: programme.pulseIntervalDays,
            pairs: pairs.map { pair in
                HealthInput.Pair(id: pair.id!, mentorName: pair.mentor.name, menteeName: pair.mentee.name, status: pair.status,
                                 createdAt: pair.createdAt ?? now, startedOn: pair.startedOn, agreementDiscussed: discussed.contains(pair.id!))
            },
            conversations: conversations.map { conversation in
                HealthInput.Conversation(id: conversation.id, pair: conversation.pair, date: conversation.date,
                                         held: conversation.status == .held, menteeInitiated: conversation.initiator == .mentee,
                                         mentorTalkShare: measured[conversation.id] ?? conversation.estimate)
            },
            goals: goals.map { goal in
                HealthInput.Goal(pair: goal.$mentorship.id, evidenceConversations: evidenceByGoal[goal.id!] ?? [])
            },
            fitAnswers: fits.map(\.answer),
            pulseAnswers: pulses.map { HealthInput.PulseAnswer(person: $0.$person.id, value: $0.value, improvement: $0.improvement, date: $0.createdAt ?? now) })
        return ProgrammeHealth.compute(input)
    }
}
