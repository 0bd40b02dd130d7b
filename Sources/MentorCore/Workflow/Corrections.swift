import Foundation

/// Why a correction of a recorded item is refused. The server shows each in the reader's language.
public enum CorrectionProblem: Error, Equatable, Sendable {
    /// An agenda item is changed or removed only by the side of the pair that added it.
    case notTheAuthor
    /// Only a planned conversation can be moved or called off: a held one happened, a
    /// cancelled one is no longer in anyone's calendar.
    case notPlanned(ConversationStatus)
    /// A conversation that was held stays held; it cannot be marked cancelled afterwards.
    case heldCannotBeCancelled
    /// A theme or pattern that records still use can be retired, not removed.
    case inUse(count: Int)
}

/// The rules for correcting what a pair recorded: who may change a record, and which
/// conversations can be cancelled or moved. Pure functions, so the page that offers a
/// correction and the route that makes it decide alike.
public enum Corrections {
    /// The author of an agenda item (its side of the pair) is the only one who changes or
    /// removes it; the other side marks it covered, as before. `editor` is nil for someone
    /// who is not in the pair.
    public static func checkAuthor(_ author: PairSide, editor: PairSide?) throws(CorrectionProblem) {
        guard editor == author else { throw .notTheAuthor }
    }

    public static func isAuthor(_ author: PairSide, editor: PairSide?) -> Bool {
        editor == author
    }

    /// Cancelling and rescheduling are for planned conversations only.
    public static func checkPlanned(_ status: ConversationStatus) throws(CorrectionProblem) {
        guard status == .planned else { throw .notPlanned(status) }
    }

    public static func canCancelOrReschedule(_ status: ConversationStatus) -> Bool {
        status == .planned
    }

    /// A change of status through the details form: everything is allowed except turning a
    /// held conversation into a cancelled one (that would remove it from the mirror's count
    /// of held conversations while the talk did take place).
    public static func checkStatusChange(from old: ConversationStatus, to new: ConversationStatus) throws(CorrectionProblem) {
        if old == .held && new == .cancelled { throw .heldCannotBeCancelled }
    }

    /// A theme or pattern may be removed while no goal or observation uses it; otherwise the
    /// records would name something that no longer exists and the figures would lose them.
    public static func checkRemovable(usedBy count: Int) throws(CorrectionProblem) {
        if count > 0 { throw .inUse(count: count) }
    }
}
