import Fluent
import Foundation
import MentorCore

extension Reminders {
    /// Mentors who are not available at `now` (`Availability`): the reminders about their pairs
    /// wait. A reminder's key names its occasion, not the day it is sent, so from the day the
    /// mentor is back each one due is sent once, as if it had waited.
    static func awayMentors(now: Date, on db: any Database) async throws -> Set<UUID> {
        Set(try await Person.query(on: db).filter(\.$unavailableUntil > now).field(\.$id).field(\.$unavailableUntil).all()
            .filter { !Availability.isAvailable(until: $0.unavailableUntil, now: now) }.compactMap(\.id))
    }
}
