import Foundation

/// What a change to a conversation means for the calendars of the pair: an invitation to put
/// it in, to update it, or to take it out, or nothing.
public enum CalendarChange: Sendable, Equatable {
    case planned, moved, cancelled

    /// The facts of a conversation a calendar shows.
    public struct Slot: Sendable, Equatable {
        public var start: Date
        public var durationMinutes: Int
        public var place: String
        public var status: ConversationStatus

        public init(start: Date, durationMinutes: Int, place: String, status: ConversationStatus) {
            self.start = start
            self.durationMinutes = durationMinutes
            self.place = place
            self.status = status
        }
    }

    /// The change from `old` (nil: just created) to `new`. A conversation logged as held or
    /// cancelled when created, a planned one marked held, and a save that changes nothing the
    /// calendar shows send no invitation. A cancelled one planned again goes back in as a move.
    public static func between(_ old: Slot?, _ new: Slot) -> CalendarChange? {
        guard let old else { return new.status == .planned ? .planned : nil }
        switch (old.status, new.status) {
        case (.planned, .cancelled): return .cancelled
        case (.cancelled, .planned): return .moved
        case (.planned, .planned):
            return old.start != new.start || old.durationMinutes != new.durationMinutes || old.place != new.place ? .moved : nil
        default: return nil
        }
    }

    /// Each move and cancellation raises the `SEQUENCE`, so calendars replace their copy.
    public var raisesSequence: Bool { self != .planned }

    public var method: ICalendar.Method { self == .cancelled ? .cancel : .request }
}
