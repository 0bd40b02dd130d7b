import Vapor
import Fluent
import MentorCore

/// How the viewer stands to a pair: as its mentor, as its mentee, or as a coordinator of
/// the organisation (who sees dates and counts, never content).
enum PairRole: Sendable {
    case mentor
    case mentee
    case coordinator

    var side: PairSide? {
        switch self {
        case .mentor: .mentor
        case .mentee: .mentee
        case .coordinator: nil
        }
    }
}

struct PairContext: Sendable {
    let pair: Mentorship
    let role: PairRole

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

extension Request {
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

    func pairContext(parameter: String = "id", allow: Set<PairRole>) async throws -> PairContext {
        try await pairContext(parameters.get(parameter, as: UUID.self), allow: allow)
    }

    /// A conversation and its pair; only the pair's mentor and mentee reach it.
    func conversationContext(_ id: UUID?) async throws -> (Conversation, PairContext) {
        guard let id, let conversation = try await Conversation.find(id, on: db) else { throw PageError.notFound }
        let context = try await pairContext(conversation.$mentorship.id, allow: [.mentor, .mentee])
        return (conversation, context)
    }
}
