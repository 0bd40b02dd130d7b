import Fluent
import Foundation
import MentorAPI
import MentorCore
import Vapor

/// The pages' access rules, applied to an API operation.
enum APIAccess {
    /// The viewer must pass `access` as a page route's viewer must (`Access.allows`).
    static func require(_ access: Access, _ request: Request) throws {
        guard access.allows(request.viewer) else { throw APIProblem.forbidden }
    }

    /// The pair record `id` names, loaded and checked by the pages' own `loadPairContext`: the
    /// roles first, as the route wrapper checks them, then the viewer's place in the pair.
    static func context(_ subject: PairSubject, _ id: String, allow places: Set<PairRole>, _ request: Request) async throws -> PairContext {
        try require(.pair(places, of: subject), request)
        guard let uuid = UUID(uuidString: id) else { throw APIProblem.notFound }
        request.parameters.set("id", to: uuid.uuidString)
        return try await request.loadPairContext(subject, allow: places)
    }

    /// A record of the owner's organisation, loaded as an organisation route loads it.
    static func record<Record: OrganisationRecord>(_ type: Record.Type, _ id: String, roles: Set<Role>, _ request: Request) async throws -> Record {
        try require(.record(Record.kind, roles: roles), request)
        guard let uuid = UUID(uuidString: id) else { throw APIProblem.notFound }
        request.parameters.set("id", to: uuid.uuidString)
        guard let record = try await request.loadOwnRecord(Record.kind) as? Record else { throw APIProblem.notFound }
        return record
    }
}

/// `limit` and `cursor` of a list. The cursor is opaque to clients: the offset of the next
/// page, base64url-encoded; a cursor this API did not give out is a 400.
struct APIPage: Sendable {
    static let defaultLimit = 50
    static let maximumLimit = 100

    let offset: Int
    let limit: Int

    init(limit: Int?, cursor: String?) throws {
        let limit = limit ?? Self.defaultLimit
        guard (1...Self.maximumLimit).contains(limit) else { throw APIProblem.badInput }
        self.limit = limit
        guard let cursor, !cursor.isEmpty else { offset = 0; return }
        guard let offset = Self.decode(cursor) else { throw APIProblem.badCursor }
        self.offset = offset
    }

    /// One row more than the page, to know whether another page follows.
    var range: Range<Int> { offset..<(offset + limit + 1) }

    func next(fetched: Int) -> String? {
        fetched > limit ? Self.encode(offset + limit) : nil
    }

    static func encode(_ offset: Int) -> String { Array("o:\(offset)".utf8).base64URLEncoded }

    static func decode(_ cursor: String) -> Int? {
        guard cursor.count <= 40 else { return nil }
        // base64url back to base64: "-" and "_" stand for "+" and the slash.
        var bytes = Array(cursor.utf8).map { $0 == 0x2D ? 0x2B : ($0 == 0x5F ? 0x2F : $0) }
        while bytes.count % 4 != 0 { bytes.append(0x3D) }
        let base64 = String(decoding: bytes, as: UTF8.self)
        guard let data = Data(base64Encoded: base64), let text = String(data: data, encoding: .utf8), text.hasPrefix("o:"),
              let offset = Int(text.dropFirst(2)), offset >= 0, offset <= 10_000_000 else { return nil }
        return offset
    }
}

/// Entity tags: the SHA-256 of a representation's JSON (keys sorted), so a record changes its
/// tag exactly when what the reader sees of it changes.
enum APIETag {
    static func of<Value: Encodable>(_ value: Value) -> String {
        let data = (try? JSONEncoder.problem.encode(value)) ?? Data()
        return "\"" + SHA256.hash(data: data).prefix(16).map { String(format: "%02x", $0) }.joined() + "\""
    }

    /// `If-Match` must name the current tag (or be `*`); a list of tags is allowed, and weak
    /// tags (`W/"..."`) are compared by their value.
    static func check(_ ifMatch: String, current: String) throws {
        let sent = ifMatch.split(separator: ",").map { part -> String in
            let tag = part.trimmingCharacters(in: .whitespaces)
            return tag.hasPrefix("W/") ? String(tag.dropFirst(2)) : tag
        }
        guard sent.contains("*") || sent.contains(current) else { throw APIProblem.ifMatchFailed }
    }
}

/// The records as the API shows them.
enum APIRepresentation {
    static func side(_ side: PairSide) -> Components.Schemas.AgendaItem.BroughtByPayload { side == .mentor ? .mentor : .mentee }

    static func names(of ids: [UUID], on db: any Database) async throws -> [UUID: String] {
        let people = try await Person.query(on: db).filter(\.$id ~~ Array(Set(ids))).field(\.$id).field(\.$name).all()
        return Dictionary(people.compactMap { person in person.id.map { ($0, person.name) } }, uniquingKeysWith: { first, _ in first })
    }

    static func pair(_ pair: Mentorship, viewer: UUID, names: [UUID: String]) -> Components.Schemas.Pair {
        let mentor = pair.$mentor.id, mentee = pair.$mentee.id
        return .init(id: pair.id?.uuidString ?? "", programmeId: pair.$programme.id.uuidString, status: pair.status.rawValue,
                     mentor: .init(id: mentor.uuidString, name: names[mentor] ?? ""), mentee: .init(id: mentee.uuidString, name: names[mentee] ?? ""),
                     yourPlace: mentor == viewer ? .mentor : .mentee, startedOn: pair.startedOn, endedOn: pair.endedOn)
    }

    static func summary(_ conversation: Conversation) -> Components.Schemas.ConversationSummary {
        .init(id: conversation.id?.uuidString ?? "", pairId: conversation.$mentorship.id.uuidString, scheduledAt: conversation.scheduledAt,
              durationMinutes: conversation.durationMinutes, place: conversation.place, status: conversation.status.rawValue,
              initiatedBy: conversation.initiatedBy == .mentor ? .mentor : .mentee)
    }

    /// Built from the conversation page's own query, so the API shows what the page shows: the
    /// private notes only to the pair's mentor.
    static func conversation(_ context: PairContext, _ request: Request) async throws -> Components.Schemas.Conversation {
        let conversation = try context.conversation
        let model = try await ConversationPage.Query.model(conversation, context, language: request.viewer.language, on: request.db)
        let conversationID = model.id.uuidString, pairID = model.pairID.uuidString
        return .init(
            id: conversationID, pairId: pairID, scheduledAt: model.at, durationMinutes: model.durationMinutes, place: model.place,
            status: model.status.rawValue, initiatedBy: model.initiative == .mentor ? .mentor : .mentee, sharedNotes: model.sharedNotes,
            privateNotes: context.isMentor ? model.privateNotes : nil,
            agendaItems: model.agenda.enumerated().map { index, row in
                .init(id: row.id.uuidString, conversationId: conversationID, text: row.text, broughtBy: side(row.author),
                      addedBeforehand: row.beforehand, covered: row.covered, position: index + 1)
            },
            actions: model.actionsHere.map { action in
                .init(id: action.id.uuidString, pairId: pairID, conversationId: conversationID, text: action.text,
                      owner: action.owner == .mentor ? .mentor : .mentee, dueOn: action.due, doneOn: action.done, carriedCount: action.carried)
            })
    }

    static func agendaItem(_ item: AgendaItem) -> Components.Schemas.AgendaItem {
        .init(id: item.id?.uuidString ?? "", conversationId: item.$conversation.id.uuidString, text: item.text, broughtBy: side(item.authorSide),
              addedBeforehand: item.addedBeforehand, covered: item.covered, position: item.position)
    }

    static func action(_ action: ActionItem) -> Components.Schemas.Action {
        .init(id: action.id?.uuidString ?? "", pairId: action.$mentorship.id.uuidString, conversationId: action.$conversation.id.uuidString,
              text: action.text, owner: action.ownerSide == .mentor ? .mentor : .mentee, dueOn: action.dueOn, doneOn: action.doneOn,
              carriedCount: action.carriedCount)
    }

    static func goal(_ goal: LearningGoal) -> Components.Schemas.Goal {
        .init(id: goal.id?.uuidString ?? "", pairId: goal.$mentorship.id.uuidString, title: goal.title, description: goal.description,
              successCriteria: goal.successCriteria, targetDate: goal.targetDate, status: goal.status.rawValue, theme: goal.theme,
              mentorComment: goal.mentorComment)
    }

    static func programme(_ programme: Programme) -> Components.Schemas.Programme {
        .init(id: programme.id?.uuidString ?? "", name: programme.name, startsOn: programme.startsOn, endsOn: programme.endsOn,
              cadenceDays: programme.cadenceDays)
    }

    /// Figures only: numbered pairs, counts of quiet pairs and waiting requests, no names.
    static func health(_ health: ProgrammeHealth, programmeID: UUID) -> Components.Schemas.ProgrammeHealth {
        .init(programmeId: programmeID.uuidString,
              statusCounts: .init(additionalProperties: Dictionary(uniqueKeysWithValues: health.statusCounts.map { ($0.key.rawValue, $0.value) })),
              pairs: health.pairs.map { row in
                  .init(number: row.number, status: row.status.rawValue, held: row.held, expected: row.expected,
                        goalsWithoutRecentEvidence: row.goalsWithoutRecentEvidence, agreementDiscussed: row.agreementDiscussed)
              },
              quietPairs: health.quiet.count, waitingRequests: health.waiting.count, agreementsNotDiscussed: health.agreementsNotDiscussed,
              averageMenteeInitiative: health.averageMenteeInitiative, talkShareHistogram: health.talkShareHistogram,
              pulseAnswers: health.pulse.answers, pulseAverage: health.pulse.average)
    }

    static func person(_ person: Person, roles: Set<Role>) -> Components.Schemas.PersonRecord {
        .init(id: person.id?.uuidString ?? "", name: person.name, email: person.email, active: person.active,
              language: person.language.map { $0 == .nl ? .nl : .en }, roles: roles.sorted().compactMap { .init(rawValue: $0.rawValue) })
    }
}
