import Vapor
import Fluent
import MentorCore

/// How the viewer stands to a pair: as its mentor, as its mentee, or as a coordinator of
/// the organisation (who sees dates and counts, never content).
enum PairRole: Sendable {
    case mentor
    case mentee
    case coordinator

    /// The role a viewer must hold to stand in this place.
    var requiredRole: Role {
        switch self {
        case .mentor: .mentor
        case .mentee: .mentee
        case .coordinator: .coordinator
        }
    }

    var side: PairSide? {
        switch self {
        case .mentor: .mentor
        case .mentee: .mentee
        case .coordinator: nil
        }
    }
}

/// What a pair route's `:id` names: the pair itself or one of its records.
enum PairSubject: Sendable, Equatable {
    case pair
    case conversation
    case agendaItem
    case action
    case goal
    /// The mentor's records of a conversation: goal evidence, a value score, an attitude observation.
    case goalEvidence
    case valueScore
    case observation
}

/// The checked context of a pair route: the pair, the viewer's place in it and the record
/// the route names (when that is not the pair itself).
struct PairContext: Sendable {
    let pair: Mentorship
    let role: PairRole
    var conversationRecord: Conversation?
    var agendaItemRecord: AgendaItem?
    var actionRecord: ActionItem?
    var goalRecord: LearningGoal?
    var evidenceRecord: GoalEvidence?
    var scoreRecord: ValueScore?
    var observationRecord: AttitudeObservation?

    init(pair: Mentorship, role: PairRole) {
        self.pair = pair
        self.role = role
    }

    /// The conversation a `.conversation` or `.agendaItem` route names.
    var conversation: Conversation { get throws { try Self.require(conversationRecord) } }
    var agendaItem: AgendaItem { get throws { try Self.require(agendaItemRecord) } }
    var action: ActionItem { get throws { try Self.require(actionRecord) } }
    var goal: LearningGoal { get throws { try Self.require(goalRecord) } }
    var evidence: GoalEvidence { get throws { try Self.require(evidenceRecord) } }
    var score: ValueScore { get throws { try Self.require(scoreRecord) } }
    var observation: AttitudeObservation { get throws { try Self.require(observationRecord) } }

    private static func require<T>(_ record: T?) throws -> T {
        guard let record else { throw PageError.notFound }
        return record
    }

    var pairID: UUID { pair.id! }
    var isMentor: Bool { role == .mentor }

    /// Records of an ended pair are kept as they are.
    func requireOpen() throws {
        if pair.status == .ended { throw UserError(.conflict, T.workflowProblem(.pairEnded)) }
    }
}

/// A refusal with a message for the reader, shown as a page with its status.
struct UserError: Error {
    var status: HTTPStatus
    var message: Text

    init(_ status: HTTPStatus, _ message: Text) {
        self.status = status
        self.message = message
    }
}

struct CheckedPairContextKey: StorageKey { typealias Value = PairContext }
struct CheckedRecordKey: StorageKey { typealias Value = any Sendable }

extension Request {
    /// The context the route wrapper loaded and checked for a `.pair` route.
    var checkedPairContext: PairContext {
        get throws {
            guard let context = storage[CheckedPairContextKey.self] else { throw PageError.notFound }
            return context
        }
    }

    /// Loads the record a pair route names, its pair, and checks the viewer's place.
    func loadPairContext(_ subject: PairSubject, allow: Set<PairRole>) async throws -> PairContext {
        guard let id = uuidParameter("id") else { throw PageError.notFound }
        switch subject {
        case .pair:
            return try await pairContext(id, allow: allow)
        case .conversation:
            guard let conversation = try await Conversation.find(id, on: db) else { throw PageError.notFound }
            var context = try await pairContext(conversation.$mentorship.id, allow: allow)
            context.conversationRecord = conversation
            return context
        case .agendaItem:
            guard let item = try await AgendaItem.find(id, on: db),
                  let conversation = try await Conversation.find(item.$conversation.id, on: db) else { throw PageError.notFound }
            var context = try await pairContext(conversation.$mentorship.id, allow: allow)
            context.conversationRecord = conversation
            context.agendaItemRecord = item
            return context
        case .action:
            guard let action = try await ActionItem.find(id, on: db) else { throw PageError.notFound }
            var context = try await pairContext(action.$mentorship.id, allow: allow)
            context.actionRecord = action
            return context
        case .goal:
            guard let goal = try await LearningGoal.find(id, on: db) else { throw PageError.notFound }
            var context = try await pairContext(goal.$mentorship.id, allow: allow)
            context.goalRecord = goal
            return context
        case .goalEvidence:
            guard let evidence = try await GoalEvidence.find(id, on: db) else { throw PageError.notFound }
            var context = try await conversationContext(evidence.$conversation.id, allow: allow)
            context.evidenceRecord = evidence
            return context
        case .valueScore:
            guard let score = try await ValueScore.find(id, on: db) else { throw PageError.notFound }
            var context = try await conversationContext(score.$conversation.id, allow: allow)
            context.scoreRecord = score
            return context
        case .observation:
            guard let observation = try await AttitudeObservation.find(id, on: db) else { throw PageError.notFound }
            var context = try await conversationContext(observation.$conversation.id, allow: allow)
            context.observationRecord = observation
            return context
        }
    }

    /// The context of a record kept under a conversation: the conversation and its pair, checked.
    private func conversationContext(_ conversationID: UUID, allow: Set<PairRole>) async throws -> PairContext {
        guard let conversation = try await Conversation.find(conversationID, on: db) else { throw PageError.notFound }
        var context = try await pairContext(conversation.$mentorship.id, allow: allow)
        context.conversationRecord = conversation
        return context
    }

    /// Loads a pair of the viewer's organisation and checks the viewer's place in it.
    /// Someone outside the pair (or the organisation) gets "not found"; a coordinator on a
    /// page for the pair's members only gets "forbidden".
    func pairContext(_ id: UUID?, allow: Set<PairRole>) async throws -> PairContext {
        guard let id, let pair = try await Mentorship.query(on: db).filter(\.$id == id)
            .filter(\.$organisation.$id == (try organisationID())).first()
        else { throw PageError.notFound }
        let personID = try personID()
        let role: PairRole
        if pair.$mentor.id == personID { role = .mentor }
        else if pair.$mentee.id == personID { role = .mentee }
        else if viewer.has(.coordinator) { role = .coordinator }
        else { throw PageError.notFound }
        guard allow.contains(role) else { throw role == .coordinator ? PageError.forbidden : PageError.notFound }
        return PairContext(pair: pair, role: role)
    }
}

/// The kinds of organisation records a route can be about.
enum RecordKind: Sendable, Equatable {
    case coreValue
    case person
    case programme
    case listItem
}

/// A model that belongs to one organisation and can be named by a route's `:id`.
protocol OrganisationRecord: Model, Sendable where IDValue == UUID {
    static var kind: RecordKind { get }
    static var organisationKey: KeyPath<Self, ParentProperty<Self, Organisation>> { get }
}

extension CoreValue: OrganisationRecord {
    static var kind: RecordKind { .coreValue }
    static var organisationKey: KeyPath<CoreValue, ParentProperty<CoreValue, Organisation>> { \.$organisation }
}

extension Person: OrganisationRecord {
    static var kind: RecordKind { .person }
    static var organisationKey: KeyPath<Person, ParentProperty<Person, Organisation>> { \.$organisation }
}

extension Programme: OrganisationRecord {
    static var kind: RecordKind { .programme }
    static var organisationKey: KeyPath<Programme, ParentProperty<Programme, Organisation>> { \.$organisation }
}

extension OrganisationListItem: OrganisationRecord {
    static var kind: RecordKind { .listItem }
    static var organisationKey: KeyPath<OrganisationListItem, ParentProperty<OrganisationListItem, Organisation>> { \.$organisation }
}

extension Request {
    /// Loads the record an organisation route names, or "not found".
    func loadOwnRecord(_ kind: RecordKind) async throws -> any Sendable {
        switch kind {
        case .coreValue: try await ownRecord(CoreValue.self, CoreValue.organisationKey)
        case .person: try await ownRecord(Person.self, Person.organisationKey)
        case .programme: try await ownRecord(Programme.self, Programme.organisationKey)
        case .listItem: try await ownRecord(OrganisationListItem.self, OrganisationListItem.organisationKey)
        }
    }
}
