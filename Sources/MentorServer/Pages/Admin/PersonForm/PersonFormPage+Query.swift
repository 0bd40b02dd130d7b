import Fluent
import Foundation
import MentorCore

extension PersonFormPage {
    enum Query {
        /// The empty form for a new person: a mentee with room for three pairs.
        static func new(organisationID: UUID, on db: any Database) async throws -> Model {
            Model(form: Form(roles: ["mentee"], capacity: "3"), managers: try await managers(organisationID: organisationID, except: nil, on: db))
        }

        /// The form filled from the stored person, with their newest password link.
        static func edit(_ person: Person, flash: String?, now: Date, on db: any Database) async throws -> Model {
            let roles = try await person.$roleRows.get(on: db).map(\.role.rawValue)
            let form = Form(name: person.name, email: person.email, roles: roles, seniority: person.seniority?.rawValue,
                            practiceGroup: person.practiceGroup, expertise: person.expertise.joined(separator: "\n"),
                            language: person.language?.rawValue, capacity: "\(person.capacity)",
                            manager: person.$manager.id?.uuidString, languages: person.languagesText, timeZone: person.timeZone ?? "")
            var model = try await again(form, errors: [:], person: person, now: now, on: db)
            model.flash = flash
            return model
        }

        /// The page again with what was sent and what was wrong with it; `person` is nil for a new one.
        static func again(_ form: Form, errors: FieldErrors, person: Person?, organisationID: UUID? = nil, now: Date,
                          on db: any Database) async throws -> Model {
            guard let person else {
                guard let organisationID else { throw PageError.notFound }
                return Model(form: form, errors: errors, managers: try await managers(organisationID: organisationID, except: nil, on: db))
            }
            let personID = try person.requireID()
            let link = try await PasswordLinks.latest(of: personID, on: db)
            return Model(form: form, errors: errors, personID: personID,
                         managers: try await managers(organisationID: person.organisationID, except: personID, on: db),
                         personName: person.name, passwordLink: link.map { summary($0, now: now) })
        }

        /// The model with the time zones to choose from, the firm's named first.
        static func offeringTimeZones(_ model: Model, firm: TimeZone, now: Date) -> Model {
            var model = model
            model.timeZones = TimeZoneChoice.all(firm: firm, now: now)
            model.firmTimeZone = firm.identifier
            return model
        }

        static func summary(_ link: PasswordLink, now: Date) -> LinkSummary {
            LinkSummary(sentAt: link.createdAt ?? now, used: link.usedAt != nil,
                        open: link.usedAt == nil && link.retiredAt == nil && link.expiresAt > now)
        }

        /// People of the organisation who can be chosen as someone's line manager.
        static func managers(organisationID: UUID, except id: UUID?, on db: any Database) async throws -> [Manager] {
            try await Person.query(on: db).filter(\.$organisation.$id == organisationID).sort(\.$name).all()
                .compactMap { person in person.id.flatMap { $0 == id ? nil : Manager(id: $0, name: person.name) } }
        }

        /// A manager must belong to the same organisation; anything else is dropped.
        static func validManager(_ id: UUID?, organisationID: UUID, on db: any Database) async throws -> UUID? {
            guard let id else { return nil }
            return try await Person.query(on: db).filter(\.$id == id).filter(\.$organisation.$id == organisationID).first()?.id
        }

        /// Whether another account already uses `email` (addresses are unique across organisations).
        static func emailTaken(_ email: String, except id: UUID?, on db: any Database) async throws -> Bool {
            guard let other = try await Person.query(on: db).filter(\.$email == email).first() else { return false }
            return other.id != id
        }
    }
}
