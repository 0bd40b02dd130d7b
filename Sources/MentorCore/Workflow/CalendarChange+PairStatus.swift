import Foundation

extension CalendarChange {
    /// Whether a pair moved from `previous` to `status` takes its planned conversations out of
    /// both calendars: pausing or ending it does, so nobody turns up for a conversation that a
    /// paused or ended pair will not hold. Resuming brings none back: the pair plans again, as
    /// the days that suited before the pause rarely still do, and a cancellation that came back
    /// by itself would surprise both calendars.
    public static func cancelsPlanned(pairMovedFrom previous: MentorshipStatus, to status: MentorshipStatus) -> Bool {
        previous != status && (status == .paused || status == .ended)
    }

    /// Whether a planned conversation starting at `start` is one such a move cancels: only one
    /// still ahead at `now`. One whose time has passed stays as it is, for the mentor to log as
    /// held or to cancel by hand; its calendar entry is history already.
    public static func isCancelledWithPair(start: Date, now: Date) -> Bool {
        start > now
    }
}
