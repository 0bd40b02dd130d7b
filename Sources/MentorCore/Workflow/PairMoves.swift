import Foundation

/// Where a person stands to a pair: its mentor, its mentee, or a coordinator of the
/// organisation (who sees dates, status and counts, never content).
public enum PairPlace: String, CaseIterable, Sendable {
    case mentor
    case mentee
    case coordinator

    public var isMember: Bool { self != .coordinator }

    /// The side of the pair a member stands on; a coordinator stands on neither.
    public var side: PairSide? {
        switch self {
        case .mentor: .mentor
        case .mentee: .mentee
        case .coordinator: nil
        }
    }
}

/// A change of a pair's status a person can make.
public enum PairMove: String, CaseIterable, Sendable {
    /// The mentor takes a requested or proposed pair on.
    case accept
    /// The mentor says no to a requested or proposed pair.
    case decline
    case pause
    case resume
    /// Ending a running pair; it needs a reason, so the coordinator knows why.
    case end
    /// The mentee takes back her own request before the mentor has accepted it.
    case withdraw
    /// A coordinator takes back a pair that matching proposed, before both sides have accepted it.
    case withdrawProposal

    /// The status the pair has after the move.
    public var target: MentorshipStatus {
        switch self {
        case .accept, .resume: .active
        case .pause: .paused
        case .decline, .end, .withdraw, .withdrawProposal: .ended
        }
    }
}

/// Which moves and actions a place may take on a pair in a given status. The pair page shows
/// exactly these; the server refuses every other one.
public struct PairActions: Sendable, Equatable {
    /// The status moves offered, in the order the page shows them.
    public var moves: [PairMove]
    /// Seeing and working on the pair's content (conversations, goals, actions, agreement).
    public var seeContent: Bool
    public var planConversation: Bool
    public var writeGoal: Bool
    public var editAgreement: Bool
    /// The fit check opens after the first held conversation and closes when the pair ends.
    public var answerFitCheck: Bool
    public var openMirror: Bool
    public var openProgress: Bool

    /// - Parameters:
    ///   - heldConversations: how many conversations of the pair were held.
    ///   - standing: how a proposed pair came about and who has accepted it (a request unless told).
    public static func of(status: MentorshipStatus, place: PairPlace, heldConversations: Int = 0,
                          standing: PairStanding = .request) -> PairActions {
        let member = place.isMember
        let running = status == .active || status == .paused
        return PairActions(
            moves: PairMoves.allowed(status: status, place: place, standing: standing),
            seeContent: member,
            planConversation: member && running,
            writeGoal: place == .mentee && running,
            editAgreement: member && status != .ended,
            answerFitCheck: member && status != .ended && heldConversations > 0,
            openMirror: place == .mentor && status != .proposed,
            openProgress: place == .mentee && status != .proposed)
    }
}

/// How a proposed pair came about, and who of its two people has said yes so far.
///
/// A mentee's **request** is her yes already: the pair starts when the mentor accepts. A pair
/// **proposed by matching** needs both: it starts when the second of mentor and mentee accepts,
/// and either of them can decline it until then (also after their own yes).
public struct PairStanding: Sendable, Equatable {
    public enum Origin: String, Sendable, CaseIterable {
        /// The mentee asked this mentor (or a coordinator's pair from before decisions were kept).
        case request
        /// A coordinator published it from a matching round.
        case matching
    }

    public var origin: Origin
    public var mentorAccepted: Bool
    public var menteeAccepted: Bool

    public init(origin: Origin, mentorAccepted: Bool = false, menteeAccepted: Bool = false) {
        self.origin = origin
        self.mentorAccepted = mentorAccepted
        self.menteeAccepted = menteeAccepted
    }

    public static let request = PairStanding(origin: .request)

    /// Whether `side` has said yes.
    public func accepted(by side: PairSide) -> Bool { side == .mentor ? mentorAccepted : menteeAccepted }

    /// Whether anyone has said yes: a published round can no longer be undone as a whole.
    public var acceptedByAnyone: Bool { mentorAccepted || menteeAccepted }

    /// What happens when `side` accepts: the pair starts when nobody else still has to say yes,
    /// otherwise it waits for the other side.
    public func afterAccepting(by side: PairSide) -> AcceptOutcome {
        switch origin {
        case .request: .startsPair
        case .matching: accepted(by: side == .mentor ? .mentee : .mentor) ? .startsPair : .waitsFor(side == .mentor ? .mentee : .mentor)
        }
    }

    public enum AcceptOutcome: Sendable, Equatable {
        case startsPair
        case waitsFor(PairSide)
    }
}

/// Why a published matching round cannot be undone.
public enum RoundUndoProblem: Error, Equatable, Sendable {
    /// Someone in the round has said yes to their proposal: it has become their decision.
    case someoneAccepted(pairs: Int)
    case alreadyUndone
}

public enum PairMoves {
    /// The moves a place may make on a pair in `status`: the mentor answers a proposed pair, and
    /// so does the mentee one proposed by matching (each once; after their yes they can still
    /// decline); a mentee withdraws her own request; a coordinator withdraws a matching proposal;
    /// the mentor and a coordinator pause, resume and end a running pair.
    public static func allowed(status: MentorshipStatus, place: PairPlace, standing: PairStanding = .request) -> [PairMove] {
        switch (place, status) {
        case (.mentor, .proposed):
            standing.origin == .matching && standing.mentorAccepted ? [.decline] : [.accept, .decline]
        case (.mentee, .proposed):
            standing.origin == .request ? [.withdraw] : standing.menteeAccepted ? [.decline] : [.accept, .decline]
        case (.coordinator, .proposed):
            standing.origin == .matching ? [.withdrawProposal] : []
        case (.mentor, .active), (.coordinator, .active): [.pause, .end]
        case (.mentor, .paused), (.coordinator, .paused): [.resume, .end]
        default: []
        }
    }

    /// The move that takes a pair from `status` to `target`, if there is one.
    public static func move(from status: MentorshipStatus, to target: MentorshipStatus) -> PairMove? {
        switch (status, target) {
        case (.proposed, .active): .accept
        case (.proposed, .ended): .decline
        case (.active, .paused): .pause
        case (.paused, .active): .resume
        case (.active, .ended), (.paused, .ended): .end
        default: nil
        }
    }

    /// Checks a move: refused unless the place may make it now (`statusChangeNotAllowed`);
    /// ending a running pair needs a reason (`endReasonRequired`).
    public static func check(_ move: PairMove, status: MentorshipStatus, place: PairPlace, standing: PairStanding = .request,
                             reason: String = "") throws(WorkflowProblem) {
        guard allowed(status: status, place: place, standing: standing).contains(move) else {
            throw .statusChangeNotAllowed(from: status, to: move.target)
        }
        if move == .end && reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw .endReasonRequired }
    }

    /// Checks a change of status asked for by target (the status form): the move it stands for
    /// must be allowed, with the same refusals as `check`.
    public static func check(from status: MentorshipStatus, to target: MentorshipStatus, place: PairPlace,
                             standing: PairStanding = .request, reason: String) throws(WorkflowProblem) -> PairMove {
        guard let move = move(from: status, to: target) else { throw .statusChangeNotAllowed(from: status, to: target) }
        try check(move, status: status, place: place, standing: standing, reason: reason)
        return move
    }

    /// The reason stored on a pair the mentee withdrew, in the pair's `endReason`.
    public static let withdrawnReason = "withdrawn by the mentee"
    /// The reason stored on a matching proposal a coordinator withdrew.
    public static let proposalWithdrawnReason = "proposal withdrawn by the coordinator"
    /// The reason stored on the proposals of a published round a coordinator undid.
    public static let roundUndoneReason = "matching round undone by the coordinator"

    /// A published round can be undone while nobody in it has accepted their proposal; the
    /// proposals are then withdrawn together. Once anyone has said yes it is refused, naming how
    /// many pairs have an acceptance, and single proposals can still be withdrawn one by one.
    /// - Parameter standings: every pair the round published, whatever its status now.
    public static func checkUndo(_ standings: [PairStanding], undone: Bool) throws(RoundUndoProblem) {
        if undone { throw .alreadyUndone }
        let accepted = standings.filter(\.acceptedByAnyone).count
        if accepted > 0 { throw .someoneAccepted(pairs: accepted) }
    }

    /// The fit check: refused on an ended pair, and before the first held conversation.
    public static func checkFitCheck(status: MentorshipStatus, heldConversations: Int) throws(WorkflowProblem) {
        if status == .ended { throw .pairEnded }
        if heldConversations == 0 { throw .fitCheckTooEarly }
    }
}
