import Foundation

/// Question 1, who takes the initiative: for the conversations and for their topics, as one
/// figure beside sending and receiving (it is not part of the sending position).
public struct InitiativeFigure: Sendable, Codable, Equatable {
    public enum Holder: String, Sendable, Codable, CaseIterable { case mentor, shared, mentee }

    /// As `conversationInitiative.menteeShare`.
    public var conversationShare: Double?
    /// As `agendaInitiative.menteeShare` (carried items left out).
    public var agendaShare: Double?
    /// The mean of the two shares that exist; nil when neither does.
    public var menteeShare: Double?
    /// Who holds it: the mentor below 35 %, the mentee above 65 %, else shared.
    public var holder: Holder?
    /// Agenda items of the period's held conversations carried over from an earlier one: left
    /// out of the agenda share, since they were counted where they were first brought.
    public var carriedItems: Int
}

extension MirrorMath {
    /// `menteeShare = mean(conversation share, agenda share)` over the shares that exist;
    /// `holder` is the mentor when it is below 0.35, the mentee above 0.65, else shared.
    public static func initiative(_ held: [ConversationRecord], conversations: ConversationInitiative, agenda: AgendaInitiative) -> InitiativeFigure {
        let shares = [conversations.menteeShare, agenda.menteeShare].compactMap { $0 }
        let mean = shares.isEmpty ? nil : shares.reduce(0, +) / Double(shares.count)
        return InitiativeFigure(
            conversationShare: conversations.menteeShare, agendaShare: agenda.menteeShare, menteeShare: mean,
            holder: mean.map { $0 < 0.35 ? .mentor : $0 > 0.65 ? .mentee : .shared },
            carriedItems: held.reduce(0) { $0 + $1.agenda.filter(\.carried).count })
    }
}
