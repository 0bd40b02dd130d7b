import Fluent
import Foundation
import MentorCore

extension AvailabilityPage {
    enum Query {
        /// The page with the mentor's stored availability and the organisation's maximum.
        static func model(personID: UUID, formats: Formats, now: Date, form: Form? = nil, errors: FieldErrors = [:], flash: String? = nil,
                          on db: any Database) async throws -> Model {
            guard let person = try await Person.find(personID, on: db),
                  let organisation = try await Organisation.find(person.$organisation.id, on: db) else { throw PageError.notFound }
            let away = Availability.awayUntil(person.unavailableUntil, now: now)
            let stored = Form(unavailableUntil: away.map(formats.isoDay) ?? "", capacity: "\(person.capacity)")
            return Model(form: form ?? stored, errors: errors, maximum: organisation.maxCapacity, awayUntil: away, flash: flash)
        }
    }
}
