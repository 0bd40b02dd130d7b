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
    /// The mentee takes back her own request (or a proposal) before the mentor has accepted it.
    case withdraw

    /// The status the pair has after the move.
    public var target: MentorshipStatus {
        switch self {
        case .accept, .resume: .active
        case .pause: .paused
        case .decline, .end, .withdraw: .ended
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
    public static func of(status: MentorshipStatus, place: PairPlace, heldConversations: Int = 0) -> PairActions {
        let member = place.isMember
        let running = status == .active || status == .paused
        return PairActions(
            moves: PairMoves.allowed(status: status, place: place),
            seeContent: member,
            planConversation: member && running,
            writeGoal: place == .mentee && running,
            editAgreement: member && status != .ended,
            answerFitCheck: member && status != .ended && heldConversations > 0,
            openMirror: place == .mentor && status != .proposed,
            openProgress: place == .mentee && status != .proposed)
    }
}

public enum PairMoves {
    /// The moves a place may make on a pair in `status`: the mentor answers a proposed pair;
    /// the mentor and a coordinator pause, resume and end a running one. A mentee only withdraws
    /// a pair that is still proposed.
    public static func allowed(status: MentorshipStatus, place: PairPlace) -> [PairMove] {
        switch (place, status) {
        case (.mentor, .proposed): [.accept, .decline]
        case (.mentee, .proposed): [.withdraw]
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
    public static func check(_ move: PairMove, status: MentorshipStatus, place: PairPlace, reason: String = "") throws(WorkflowProblem) {
        guard allowed(status: status, place: place).contains(move) else {
            throw .statusChangeNotAllowed(from: status, to: move.target)
        }
        if move == .end && reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw .endReasonRequired }
    }

    /// Checks a change of status asked for by target (the status form): the move it stands for
    /// must be allowed, with the same refusals as `check`.
    public static func check(from status: MentorshipStatus, to target: MentorshipStatus, place: PairPlace, reason: String) throws(WorkflowProblem) -> PairMove {
        guard let move = move(from: status, to: target) else { throw .statusChangeNotAllowed(from: status, to: target) }
        try check(move, status: status, place: place, reason: reason)
        return move
    }

    /// The reason stored on a pair the mentee withdrew, in the pair's `endReason`.
    public static let withdrawnReason = "withdrawn by the mentee"

    /// The fit check: refused on an ended pair, and before the first held conversation.
    public static func checkFitCheck(status: MentorshipStatus, heldConversations: Int) throws(WorkflowProblem) {
        if status == .ended { throw .pairEnded }
        if heldConversations == 0 { throw .fitCheckTooEarly }
    }
}
