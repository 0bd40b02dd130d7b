import Foundation

/// What a conversation takes over from the pair's earlier ones: the agenda items the last
/// held conversation did not cover, and one more step for every action still open past its due day.
public enum CarryForward {
    /// One of the pair's conversations, as the carry-forward sees it.
    public struct ConversationEntry: Sendable, Equatable {
        public var id: UUID
        public var scheduledAt: Date
        public var status: ConversationStatus

        public init(id: UUID, scheduledAt: Date, status: ConversationStatus) {
            self.id = id
            self.scheduledAt = scheduledAt
            self.status = status
        }
    }

    /// An agenda item of the conversation the items come from.
    public struct AgendaEntry: Sendable, Equatable {
        public var id: UUID
        public var covered: Bool
        public var position: Int

        public init(id: UUID, covered: Bool, position: Int) {
            self.id = id
            self.covered = covered
            self.position = position
        }
    }

    /// An action of the pair.
    public struct ActionEntry: Sendable, Equatable {
        public var id: UUID
        public var conversationID: UUID
        public var done: Bool
        /// The start of the due day; nil when the action has no due date.
        public var due: Date?

        public init(id: UUID, conversationID: UUID, done: Bool, due: Date? = nil) {
            self.id = id
            self.conversationID = conversationID
            self.done = done
            self.due = due
        }
    }

    /// The conversation whose uncovered agenda items move to a new one starting at `start`:
    /// the latest held conversation of the pair that began before it (not the new one itself).
    public static func agendaSource(for conversation: UUID, startingAt start: Date, among conversations: [ConversationEntry]) -> UUID? {
        conversations
            .filter { $0.status == .held && $0.scheduledAt < start && $0.id != conversation }
            .max { $0.scheduledAt < $1.scheduledAt }?
            .id
    }

    /// The source's items that move, in their agenda order: those not covered and not moved
    /// before (`alreadyCarried` holds the items some conversation already took over). Each
    /// item moves once, so a second new conversation does not take the same item again.
    public static func agendaToCarry(_ items: [AgendaEntry], alreadyCarried: Set<UUID>) -> [UUID] {
        items
            .filter { !$0.covered && !alreadyCarried.contains($0.id) }
            .sorted { $0.position < $1.position }
            .map(\.id)
    }

    /// Whether saving a conversation carries the open actions one step: when it becomes held,
    /// either logged as held (`from` nil, a new conversation) or moved to held from another status.
    public static func carriesActions(from old: ConversationStatus?, to new: ConversationStatus) -> Bool {
        new == .held && old != .held
    }

    /// The actions that a held conversation starting at `start` carries one step further: every
    /// action of the pair still open that came from another conversation and is past due, its
    /// due day over before the conversation began (`due + 1 day <= start`). An action without a
    /// due date is due by the next conversation, so any later held conversation carries it.
    /// An action not yet due is simply still running, not carried.
    public static func actionsToCarry(_ actions: [ActionEntry], into conversation: UUID, startingAt start: Date) -> [UUID] {
        actions.filter { action in
            guard !action.done, action.conversationID != conversation else { return false }
            guard let due = action.due else { return true }
            return due.addingTimeInterval(86_400) <= start
        }.map(\.id)
    }
}
