import Testing
import Foundation
@testable import MentorCore

/// Agenda items and actions a new or newly held conversation takes over.
@Suite struct CarryForwardTests {
    static let day: TimeInterval = 86_400
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    let new = UUID(), lastHeld = UUID(), olderHeld = UUID(), planned = UUID(), later = UUID()

    var conversations: [CarryForward.ConversationEntry] {
        [
            .init(id: olderHeld, scheduledAt: Self.now - 30 * Self.day, status: .held),
            .init(id: lastHeld, scheduledAt: Self.now - 10 * Self.day, status: .held),
            .init(id: planned, scheduledAt: Self.now - 5 * Self.day, status: .planned),
            .init(id: later, scheduledAt: Self.now + 5 * Self.day, status: .held),
            .init(id: new, scheduledAt: Self.now, status: .planned),
        ]
    }

    @Test func agendaItemsComeFromTheLatestHeldConversationBefore() {
        #expect(CarryForward.agendaSource(for: new, startingAt: Self.now, among: conversations) == lastHeld)
        // A cancelled or planned one in between does not count; nor one after the new conversation.
        #expect(CarryForward.agendaSource(for: new, startingAt: Self.now - 20 * Self.day, among: conversations) == olderHeld)
        #expect(CarryForward.agendaSource(for: new, startingAt: Self.now - 40 * Self.day, among: conversations) == nil)
        // The new conversation itself, even when held, is never its own source.
        let heldNew = conversations.map { $0.id == new ? .init(id: new, scheduledAt: Self.now - 11 * Self.day, status: .held) : $0 }
        #expect(CarryForward.agendaSource(for: new, startingAt: Self.now - 11 * Self.day, among: heldNew) == olderHeld)
    }

    @Test func uncoveredItemsMoveOnceInTheirOrder() {
        let first = UUID(), second = UUID(), covered = UUID(), carried = UUID()
        let items: [CarryForward.AgendaEntry] = [
            .init(id: second, covered: false, position: 3), .init(id: covered, covered: true, position: 1),
            .init(id: first, covered: false, position: 2), .init(id: carried, covered: false, position: 4),
        ]
        #expect(CarryForward.agendaToCarry(items, alreadyCarried: [carried]) == [first, second])
        #expect(CarryForward.agendaToCarry(items, alreadyCarried: [first, second, carried]) == [])
    }

    @Test func actionsMoveWhenAConversationBecomesHeld() {
        #expect(CarryForward.carriesActions(from: nil, to: .held))
        #expect(CarryForward.carriesActions(from: .planned, to: .held))
        #expect(CarryForward.carriesActions(from: .cancelled, to: .held))
        #expect(!CarryForward.carriesActions(from: .held, to: .held))
        #expect(!CarryForward.carriesActions(from: nil, to: .planned))
        #expect(!CarryForward.carriesActions(from: .held, to: .cancelled))
    }

    @Test func openActionsOfOtherConversationsAreCarried() {
        let open = UUID(), done = UUID(), own = UUID()
        let actions: [CarryForward.ActionEntry] = [
            .init(id: open, conversationID: lastHeld, done: false),
            .init(id: done, conversationID: lastHeld, done: true),
            .init(id: own, conversationID: new, done: false),
        ]
        #expect(CarryForward.actionsToCarry(actions, into: new, startingAt: Date()) == [open])
    }

    @Test func anActionIsCarriedOnlyOnceItsDueDayIsOver() {
        // The conversation starts on 10 March at 09:00. Due 8 March: day over -> carried.
        // Due 9 March 00:00: the day ends 10 March 00:00 <= 09:00 -> carried.
        // Due 10 March (the day itself): not over -> still running, not carried. Due 20 March: not carried.
        // No due date: due by the next conversation -> carried.
        let day: TimeInterval = 86_400
        let tenth = Date(timeIntervalSince1970: 1_773_100_800) // 2026-03-10 00:00 UTC
        let start = tenth.addingTimeInterval(9 * 3600)
        let late = UUID(), dayBefore = UUID(), sameDay = UUID(), later = UUID(), undated = UUID()
        let actions: [CarryForward.ActionEntry] = [
            .init(id: late, conversationID: lastHeld, done: false, due: tenth - 2 * day),
            .init(id: dayBefore, conversationID: lastHeld, done: false, due: tenth - day),
            .init(id: sameDay, conversationID: lastHeld, done: false, due: tenth),
            .init(id: later, conversationID: lastHeld, done: false, due: tenth + 10 * day),
            .init(id: undated, conversationID: lastHeld, done: false),
        ]
        #expect(CarryForward.actionsToCarry(actions, into: new, startingAt: start) == [late, dayBefore, undated])
    }
}
