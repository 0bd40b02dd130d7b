import Fluent
import Foundation
import MentorCore

extension PulsePage {
    enum Query {
        /// The round the person may answer now for this pair, if any.
        static func openRound(_ pair: Mentorship, personID: UUID, now: Date, on db: any Database) async throws -> Int? {
            guard pair.status == .active else { return nil }
            let programme = try await pair.$programme.get(on: db)
            let answered = try await PulseResponse.query(on: db).filter(\.$mentorship.$id == pair.requireID())
                .filter(\.$person.$id == personID).all(\.$round)
            return PulseSchedule.openRound(startedOn: pair.startedOn ?? pair.createdAt ?? now, now: now, intervalDays: programme.pulseIntervalDays,
                                           answeredRounds: Set(answered))
        }

        /// The name of the pair's other member, seen from `place`.
        static func otherName(_ pair: Mentorship, place: PairPlace, on db: any Database) async throws -> String {
            try await (place == .mentor ? pair.$mentee : pair.$mentor).get(on: db).name
        }
    }
}
