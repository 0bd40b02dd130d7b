import Vapor
import Fluent
import MentorCore

/// Accounts of the organisation: create, edit, roles, deactivate. Administrators never set a
/// password: a new person gets an invitation link (`InvitationController` sends more).
struct PeopleAdminController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .adminPeople, .roles([.admin]), list),
            Endpoint(.GET, .adminPersonNew, .roles([.admin]), new),
            Endpoint(.POST, .adminPeople, .roles([.admin]), create),
            Endpoint(.GET, .adminPersonEdit(.key), record: Person.self, roles: [.admin], edit),
            Endpoint(.POST, .adminPerson(.key), record: Person.self, roles: [.admin], update),
            Endpoint(.POST, .adminPersonActive(.key), record: Person.self, roles: [.admin], toggleActive),
        ]
    }

    /// People of one organisation with their roles, by name.
    @Sendable func list(_ request: Request) async throws -> Response {
        let filter = ((try? request.query.decode(PeoplePage.Filter.self)) ?? PeoplePage.Filter()).cleaned
        let model = try await PeoplePage.Query.model(organisationID: try request.organisationID(), filter: filter, flash: request.takeFlash(),
                                                     on: request.db)
        return PeoplePage.render(model, viewer: request.viewer).response()
    }

    @Sendable func new(_ request: Request) async throws -> Response {
        let model = try await PersonFormPage.Query.new(organisationID: try request.organisationID(), on: request.db)
        return PersonFormPage.render(Self.zones(model, request), viewer: request.viewer).response()
    }

    @Sendable func edit(_ request: Request, person: Person) async throws -> Response {
        let model = try await PersonFormPage.Query.edit(person, flash: request.takeFlash(), now: request.now, on: request.db)
        return PersonFormPage.render(Self.zones(model, request), viewer: request.viewer).response()
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let organisationID = try request.organisationID()
        let form = try request.content.decode(PersonFormPage.Form.self)
        let language = request.viewer.language
        let checked: PersonFormPage.Form.Valid
        let maximum = try await Self.maximumCapacity(organisationID, on: request.db)
        switch form.validated(language, maximum: maximum, current: nil) {
        case .failure(let errors):
            return try await again(form, errors: errors.fields, person: nil, request)
        case .success(let valid):
            if try await PersonFormPage.Query.emailTaken(valid.email, except: nil, on: request.db) {
                return try await again(form, errors: ["email": T.emailTaken(language)], person: nil, request)
            }
            checked = valid
        }
        // No one knows this password; the person chooses theirs through the invitation link.
        let hash = try await request.password.async.hash(PeopleQuery.unguessablePassword() + PeopleQuery.unguessablePassword())
        let person = Person(organisationID: organisationID, name: checked.name, email: checked.email, passwordHash: hash,
                            language: checked.language, seniority: checked.seniority, practiceGroup: checked.practiceGroup,
                            expertise: checked.expertise, capacity: checked.capacity)
        person.$manager.id = try await PersonFormPage.Query.validManager(checked.managerID, organisationID: organisationID, on: request.db)
        person.languagesText = checked.languages
        person.timeZone = checked.timeZone
        try await request.writeTransaction { db in
            try await person.create(on: db)
            try await Self.replaceRoles(of: person, with: checked.roles, on: db)
            try await request.audit("create", "person", id: person.id,
                                    summary: "account created with roles \(checked.roles.map(\.rawValue).joined(separator: ","))", on: db)
        }
        let admin = (id: try request.personID(), name: request.viewer.name ?? "")
        let issued = try await PasswordLinks.issue(.invitation, for: person, by: admin, settings: request.application.settings,
                                                   now: request.now, on: request.db)
        guard issued.emailed else { return PasswordLinksPage.render(.init([issued]), viewer: request.viewer).response() }
        request.flash(T.createdAndInvited(person.name)(language))
        return request.redirect(to: .adminPeople)
    }

    @Sendable func update(_ request: Request, person: Person) async throws -> Response {
        let form = try request.content.decode(PersonFormPage.Form.self)
        let language = request.viewer.language
        let checked: PersonFormPage.Form.Valid
        let maximum = try await Self.maximumCapacity(person.$organisation.id, on: request.db)
        switch form.validated(language, maximum: maximum, current: person.capacity) {
        case .failure(let errors):
            return try await again(form, errors: errors.fields, person: person, request)
        case .success(let valid):
            var errors: FieldErrors = [:]
            if try await PersonFormPage.Query.emailTaken(valid.email, except: person.id, on: request.db) { errors["email"] = T.emailTaken(language) }
            if person.id == request.viewer.personID, !valid.roles.contains(.admin) { errors["roles"] = T.cannotDropOwnAdmin(language) }
            guard errors.isEmpty else { return try await again(form, errors: errors, person: person, request) }
            checked = valid
        }
        person.name = checked.name
        person.email = checked.email
        person.seniority = checked.seniority
        person.practiceGroup = checked.practiceGroup
        person.expertise = checked.expertise
        person.language = checked.language
        person.capacity = checked.capacity
        person.$manager.id = checked.managerID == person.id ? nil
            : try await PersonFormPage.Query.validManager(checked.managerID, organisationID: person.organisationID, on: request.db)
        person.languagesText = checked.languages
        if checked.setsTimeZone { person.timeZone = checked.timeZone }
        try await request.writeTransaction { db in
            try await person.save(on: db)
            try await Self.replaceRoles(of: person, with: checked.roles, on: db)
            try await request.audit("update", "person", id: person.id,
                                    summary: "account edited; roles \(checked.roles.map(\.rawValue).joined(separator: ","))", on: db)
        }
        request.flash(T.saved(language))
        return request.redirect(to: .adminPeople)
    }

    /// The organisation's highest capacity, which the person form may not pass either.
    static func maximumCapacity(_ organisationID: UUID, on db: any Database) async throws -> Int {
        try await Organisation.find(organisationID, on: db)?.maxCapacity ?? Availability.defaultMaximumCapacity
    }

    /// Deactivates an account (it can no longer sign in; its records stay) or activates it again.
    @Sendable func toggleActive(_ request: Request, person: Person) async throws -> Response {
        let language = request.viewer.language
        if person.id == request.viewer.personID {
            request.flash(T.cannotDeactivateSelf(language))
            return request.redirect(to: .adminPeople)
        }
        person.active.toggle()
        try await request.writeTransaction { db in
            try await person.save(on: db)
            // A deactivated person is signed out everywhere at once (ViewerMiddleware refuses them as well).
            if !person.active, let id = person.id { try await Sessions.endAll(personID: id, on: db) }
            try await request.audit(person.active ? "activate" : "deactivate", "person", id: person.id,
                                    summary: "account \(person.active ? "activated" : "deactivated")", on: db)
        }
        request.flash(T.saved(language))
        return request.redirect(to: .adminPeople)
    }

    /// The form again, with what was sent and the errors.
    private func again(_ form: PersonFormPage.Form, errors: FieldErrors, person: Person?, _ request: Request) async throws -> Response {
        let model = try await PersonFormPage.Query.again(form, errors: errors, person: person, organisationID: try request.organisationID(),
                                                         now: request.now, on: request.db)
        return PersonFormPage.render(Self.zones(model, request), viewer: request.viewer).response(status: .unprocessableEntity)
    }

    /// The time zones to choose from, the firm's (`MENTOR_TIMEZONE`) named in the empty choice.
    private static func zones(_ model: PersonFormPage.Model, _ request: Request) -> PersonFormPage.Model {
        PersonFormPage.Query.offeringTimeZones(model, firm: request.application.settings.timeZone, now: request.now)
    }

    private static func replaceRoles(of person: Person, with roles: [Role], on db: any Database) async throws {
        let personID = try person.requireID()
        try await PersonRole.query(on: db).filter(\.$person.$id == personID).delete()
        for role in roles { try await PersonRole(personID: personID, role: role).create(on: db) }
    }
}
