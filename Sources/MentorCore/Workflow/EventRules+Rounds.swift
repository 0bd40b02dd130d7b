import Foundation

extension EventRules {
    /// One person told about an undone matching round, with the other side of each of their
    /// proposals in it (a mentor may have had several).
    public struct RoundRecipient: Sendable, Equatable {
        public var person: UUID
        public var others: [UUID]

        public init(person: UUID, others: [UUID]) {
            self.person = person
            self.others = others
        }
    }

    /// Everyone who had an open proposal (`mentor`, `mentee`) in an undone round, each once, in
    /// the order the proposals come, never the `actor` who undid it.
    public static func roundRecipients(_ proposals: [(mentor: UUID, mentee: UUID)], actor: UUID?) -> [RoundRecipient] {
        var result: [RoundRecipient] = []
        var index: [UUID: Int] = [:]
        for proposal in proposals {
            for (person, other) in [(proposal.mentor, proposal.mentee), (proposal.mentee, proposal.mentor)] where person != actor {
                if let at = index[person] {
                    if !result[at].others.contains(other) { result[at].others.append(other) }
                } else {
                    index[person] = result.count
                    result.append(RoundRecipient(person: person, others: [other]))
                }
            }
        }
        return result
    }
}
