import Foundation

/// Where a pair's expectations agreement stands, from nothing to confirmed by both.
public enum AgreementStatus: String, CaseIterable, Codable, Sendable, Comparable {
    case missing
    case written
    case discussed
    case confirmed

    /// The status follows from the facts: no agreement is `missing`; a written one not yet
    /// discussed out loud is `written`; discussed but not confirmed by both is `discussed`;
    /// discussed and confirmed by mentor and mentee is `confirmed`.
    public static func of(exists: Bool, discussedOn: Date?, mentorConfirmed: Bool, menteeConfirmed: Bool) -> AgreementStatus {
        guard exists else { return .missing }
        guard discussedOn != nil else { return .written }
        return mentorConfirmed && menteeConfirmed ? .confirmed : .discussed
    }

    public static func < (lhs: AgreementStatus, rhs: AgreementStatus) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Reasons the workflow refuses an action. The server shows each in the reader's language.
public enum WorkflowProblem: Error, Equatable, Sendable {
    case mentorAtCapacity(capacity: Int)
    case notAMentor
    case notAMentee
    case samePerson
    case pairExists
    case pairEnded
    case statusChangeNotAllowed(from: MentorshipStatus, to: MentorshipStatus)
    case endReasonRequired
    case plannedInPast
    case heldInFuture
    case durationOutOfRange
    case scoreOutOfRange
    case behaviourRequired
    case talkShareOutOfRange
    case fitCheckTooEarly
}

public enum PairRules {
    /// A mentor can take another active mentee while their active pairs are below capacity.
    public static func checkCapacity(activePairs: Int, capacity: Int) throws(WorkflowProblem) {
        if activePairs >= capacity { throw .mentorAtCapacity(capacity: capacity) }
    }

    /// Moving a pair between statuses; ending needs a reason so the coordinator knows why.
    public static func checkMove(from: MentorshipStatus, to: MentorshipStatus, reason: String) throws(WorkflowProblem) {
        guard from.canMove(to: to) else { throw .statusChangeNotAllowed(from: from, to: to) }
        if to == .ended && from != .proposed && reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw .endReasonRequired
        }
    }
}

public enum ConversationRules {
    /// A planned conversation lies ahead (a quarter of an hour of slack for the clock);
    /// a held one has begun already. Duration is 5 minutes to 8 hours.
    public static func check(status: ConversationStatus, at date: Date, durationMinutes: Int, now: Date) throws(WorkflowProblem) {
        if status == .planned && date < now.addingTimeInterval(-15 * 60) { throw .plannedInPast }
        if status == .held && date > now.addingTimeInterval(15 * 60) { throw .heldInFuture }
        if !(5...480).contains(durationMinutes) { throw .durationOutOfRange }
    }

    /// An agenda item counts as added beforehand when it arrives before the conversation starts.
    public static func isBeforehand(addedAt: Date, conversationStart: Date) -> Bool {
        addedAt < conversationStart
    }

    /// A score is 1 to 5 and always comes with the behaviour that was seen.
    public static func checkScore(_ score: Int, behaviour: String) throws(WorkflowProblem) {
        guard (1...5).contains(score) else { throw .scoreOutOfRange }
        if behaviour.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw .behaviourRequired }
    }

    /// The mentor's estimate of their own talk share, entered as a percentage 0-100.
    public static func talkShare(percent: Int) throws(WorkflowProblem) -> Double {
        guard (0...100).contains(percent) else { throw .talkShareOutOfRange }
        return Double(percent) / 100
    }
}

/// Answers to the fit check both sides give after their first conversation.
public enum FitAnswer: String, CaseIterable, Codable, Sendable {
    case goodFit = "good_fit"
    case notSure = "not_sure"
    case notAGoodFit = "not_a_good_fit"
}
