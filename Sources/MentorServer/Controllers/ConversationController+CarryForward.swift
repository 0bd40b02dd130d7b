import Fluent
import Foundation
import MentorCore

/// The reads and writes around `CarryForward`: the rule decides what moves, these apply it.
/// Called inside the write transaction that saves the conversation.
enum CarryForwardWrites {
    /// Copies the agenda items the latest earlier held conversation did not cover into
    /// `conversation`, keeping their author and where they came from (the item and its
    /// conversation). A copy was not added beforehand: it is marked carried, never prepared.
    static func agenda(into conversation: Conversation, on db: any Database) async throws {
        let conversationID = try conversation.requireID()
        let conversations = try await Conversation.query(on: db).filter(\.$mentorship.$id == conversation.$mentorship.id)
            .field(\.$id).field(\.$scheduledAt).field(\.$status).all()
            .map { CarryForward.ConversationEntry(id: $0.id!, scheduledAt: $0.scheduledAt, status: $0.status) }
        guard let source = CarryForward.agendaSource(for: conversationID, startingAt: conversation.scheduledAt, among: conversations) else { return }
        let items = try await AgendaItem.query(on: db).filter(\.$conversation.$id == source).sort(\.$position).all()
        let ids = items.compactMap(\.id)
        let alreadyCarried = Set(try await AgendaItem.query(on: db).filter(\.$carriedFrom.$id ~~ ids).all().compactMap { $0.$carriedFrom.id })
        let entries = items.map { CarryForward.AgendaEntry(id: $0.id!, covered: $0.covered, position: $0.position) }
        let byID = Dictionary(uniqueKeysWithValues: items.map { ($0.id!, $0) })
        var position = try await AgendaItem.query(on: db).filter(\.$conversation.$id == conversationID).count()
        for id in CarryForward.agendaToCarry(entries, alreadyCarried: alreadyCarried) {
            guard let item = byID[id] else { continue }
            position += 1
            let copy = AgendaItem(conversationID: conversationID, authorSide: item.authorSide, text: item.text,
                                  addedBeforehand: false, covered: false, position: position)
            copy.$carriedFrom.id = id
            copy.carriedFromConversationID = source
            try await copy.create(on: db)
        }
    }

    /// Carries every action of the pair still open from another conversation, and past due when
    /// the conversation starts at `start`, one step further.
    static func openActions(of pairID: UUID, into conversationID: UUID, startingAt start: Date, on db: any Database) async throws {
        let actions = try await ActionItem.query(on: db).filter(\.$mentorship.$id == pairID).filter(\.$doneOn == nil).all()
        let entries = actions.map { CarryForward.ActionEntry(id: $0.id!, conversationID: $0.$conversation.id, done: $0.doneOn != nil, due: $0.dueOn) }
        let carried = Set(CarryForward.actionsToCarry(entries, into: conversationID, startingAt: start))
        for action in actions where carried.contains(action.id!) {
            action.carriedCount += 1
            try await action.save(on: db)
        }
    }
}
