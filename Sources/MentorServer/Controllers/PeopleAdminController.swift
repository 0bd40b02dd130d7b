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
            Endpoint(.GET, .adminPersonEdit(.key), .roles([.admin]), edit),
            Endpoint(.POST, .adminPerson(.key), .roles([.admin]), update),
            Endpoint(.POST, .adminPersonActive(.key), .roles([.admin]), toggleActive),
        ]
    }

    struct Form: Content {
        var name: String?
        var email: String?
        var roles: [String]?
        var seniority: String?
        var practiceGroup: String?
        var expertise: String?
        var language: String?
        var capacity: String?
        /// No longer on the form; an old form or script that still sends one is refused with a message.
        var password: String?
        var manager: String?
        var languages: String?
    }

    /// People of one organisation with their roles, by name.
    @Sendable func list(_ request: Request) async throws -> Response {
        let people = try await PeopleQuery.all(organisationID: try request.organisationID(), on: request.db)
        return PeoplePage.render(people, viewer: request.viewer, flash: request.takeFlash()).response()
    }

    @Sendable func new(_ request: Request) async throws -> Response {
        try await PersonFormPage.render(form: Form(roles: ["mentee"], capacity: "3"), errors: [:], personID: nil,
                                        managers: managers(request, except: nil), viewer: request.viewer).response()
    }

    @Sendable func edit(_ request: Request) async throws -> Response {
        let person = try await load(request)
        let roles = try await person.$roleRows.get(on: request.db).map(\.role.rawValue)
        let form = Form(name: person.name, email: person.email, roles: roles, seniority: person.seniority?.rawValue,
                        practiceGroup: person.practiceGroup, expertise: person.expertise.joined(separator: "\n"),
                        language: person.language?.rawValue, capacity: "\(person.capacity)",
                        manager: person.$manager.id?.uuidString, languages: person.languagesText)
        let link = try await PasswordLinks.latest(of: try person.requireID(), on: request.db)
        return try await PersonFormPage.render(form: form, errors: [:], personID: person.id, managers: managers(request, except: person.id),
                                               viewer: request.viewer, flash: request.takeFlash(), passwordLink: link.map { PersonFormPage.LinkSummary($0) },
                                               personName: person.name).response()
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let organisationID = try request.organisationID()
        let form = try request.content.decode(Form.self)
        let language = request.viewer.language
        var (checked, errors) = validate(form, language: language, isNew: true)
        if let checked, try await Person.query(on: request.db).filter(\.$email == checked.email).first() != nil {
            errors["email"] = T.emailTaken(language)
        }
        guard let checked, errors.isEmpty else {
            return try await PersonFormPage.render(form: form, errors: errors, personID: nil, managers: managers(request, except: nil), viewer: request.viewer).response(status: .unprocessableEntity)
        }
        // No one knows this password; the person chooses theirs through the invitation link.
        let hash = try await request.password.async.hash(PeopleQuery.unguessablePassword() + PeopleQuery.unguessablePassword())
        let person = Person(organisationID: organisationID, name: checked.name, email: checked.email, passwordHash: hash,
                            language: checked.language, seniority: checked.seniority, practiceGroup: checked.practiceGroup,
                            expertise: checked.expertise, capacity: checked.capacity)
        person.$manager.id = try await validManager(checked.managerID, request)
        person.languagesText = checked.languages
        try await request.db.transaction { db in
            try await person.create(on: db)
            for role in checked.roles { try await PersonRole(personID: person.id!, role: role).create(on: db) }
            try await request.audit("create", "person", id: person.id, summary: "account created with roles \(checked.roles.map(\.rawValue).joined(separator: ","))", on: db)
        }
        let admin = (id: try request.personID(), name: request.viewer.name ?? "")
        let issued = try await PasswordLinks.issue(.invitation, for: person, by: admin, settings: request.application.settings, on: request.db)
        guard issued.emailed else { return PasswordLinksPage.render([issued], viewer: request.viewer).response() }
        request.flash(T.createdAndInvited(person.name)(language))
        return request.redirect(to: "/admin/people")
    }

    @Sendable func update(_ request: Request) async throws -> Response {
        let person = try await load(request)
        let form = try request.content.decode(Form.self)
        let language = request.viewer.language
        var (checked, errors) = validate(form, language: language, isNew: false)
        if let checked, let other = try await Person.query(on: request.db).filter(\.$email == checked.email).first(), other.id != person.id {
            errors["email"] = T.emailTaken(language)
        }
        if let checked, person.id == request.viewer.personID, !checked.roles.contains(.admin) {
            errors["roles"] = T.cannotDropOwnAdmin(language)
        }
        guard let checked, errors.isEmpty else {
            let link = try await PasswordLinks.latest(of: try person.requireID(), on: request.db)
            return try await PersonFormPage.render(form: form, errors: errors, personID: person.id, managers: managers(request, except: person.id),
                                                   viewer: request.viewer, passwordLink: link.map { PersonFormPage.LinkSummary($0) },
                                                   personName: person.name).response(status: .unprocessableEntity)
        }
        person.name = checked.name
        person.email = checked.email
        person.seniority = checked.seniority
        person.practiceGroup = checked.practiceGroup
        person.expertise = checked.expertise
        person.language = checked.language
        person.capacity = checked.capacity
        person.$manager.id = checked.managerID == person.id ? nil : try await validManager(checked.managerID, request)
        person.languagesText = checked.languages
        try await request.db.transaction { db in
            try await person.save(on: db)
            try await PersonRole.query(on: db).filter(\.$person.$id == person.id!).delete()
            for role in checked.roles { try await PersonRole(personID: person.id!, role: role).create(on: db) }
            try await request.audit("update", "person", id: person.id,
                                    summary: "account edited; roles \(checked.roles.map(\.rawValue).joined(separator: ","))", on: db)
        }
        request.flash(T.saved(language))
        return request.redirect(to: "/admin/people")
    }

    /// Deactivates an account (it can no longer sign in; its records stay) or activates it again.
    @Sendable func toggleActive(_ request: Request) async throws -> Response {
        let person = try await load(request)
        let language = request.viewer.language
        if person.id == request.viewer.personID {
            request.flash(T.cannotDeactivateSelf(language))
            return request.redirect(to: "/admin/people")
        }
        person.active.toggle()
        try await request.db.transaction { db in
            try await person.save(on: db)
            // A deactivated person is signed out everywhere at once (ViewerMiddleware refuses them as well).
            if !person.active, let id = person.id { try await Sessions.endAll(personID: id, on: db) }
            try await request.audit(person.active ? "activate" : "deactivate", "person", id: person.id, summary: "account \(person.active ? "activated" : "deactivated")", on: db)
        }
        request.flash(T.saved(language))
        return request.redirect(to: "/admin/people")
    }

    struct Checked {
        var name: String
        var email: String
        var roles: [Role]
        var seniority: Seniority?
        var practiceGroup: String
        var expertise: [String]
        var language: Language?
        var capacity: Int
        var managerID: UUID?
        var languages: String
    }

    func validate(_ form: Form, language: Language, isNew: Bool) -> (Checked?, FieldErrors) {
        var errors: FieldErrors = [:]
        let name = (form.name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { errors["name"] = T.required(language) }
        let email = EmailAddress.normalized(form.email ?? "") ?? ""
        if email.isEmpty { errors["email"] = T.invalidEmail(language) }
        let roles = Set((form.roles ?? []).compactMap(Role.init(rawValue:))).sorted()
        if roles.isEmpty || roles.count != Set(form.roles ?? []).count { errors["roles"] = T.chooseRole(language) }
        let seniority = form.seniority.flatMap { $0.isEmpty ? nil : Seniority(rawValue: $0) }
        if let text = form.seniority, !text.isEmpty, seniority == nil { errors["seniority"] = T.required(language) }
        let personLanguage = form.language.flatMap { $0.isEmpty ? nil : Language(rawValue: $0) }
        if let text = form.language, !text.isEmpty, personLanguage == nil { errors["language"] = T.required(language) }
        let capacityText = (form.capacity ?? "3").trimmingCharacters(in: .whitespaces)
        let capacity = Int(capacityText.isEmpty ? "3" : capacityText)
        if capacity == nil || !(0...20).contains(capacity!) { errors["capacity"] = T.capacityInvalid(language) }
        if !(form.password ?? "").isEmpty { errors["password"] = T.adminCannotSetPasswords(language) }
        guard errors.isEmpty, let capacity else { return (nil, errors) }
        let expertise = (form.expertise ?? "").split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return (Checked(name: name, email: email, roles: roles, seniority: seniority,
                        practiceGroup: (form.practiceGroup ?? "").trimmingCharacters(in: .whitespaces),
                        expertise: expertise, language: personLanguage, capacity: capacity,
                        managerID: form.manager.flatMap(UUID.init(uuidString:)),
                        languages: (form.languages ?? "").trimmingCharacters(in: .whitespaces).lowercased()), [:])
    }

    /// People of the organisation who can be chosen as someone's line manager.
    private func managers(_ request: Request, except id: UUID?) async throws -> [(UUID, String)] {
        try await Person.query(on: request.db).filter(\.$organisation.$id == (try request.organisationID())).sort(\.$name).all()
            .filter { $0.id != id }.map { ($0.id!, $0.name) }
    }

    /// A manager must belong to the same organisation; anything else is dropped.
    private func validManager(_ id: UUID?, _ request: Request) async throws -> UUID? {
        guard let id else { return nil }
        return try await Person.query(on: request.db).filter(\.$id == id).filter(\.$organisation.$id == (try request.organisationID())).first()?.id
    }

    /// A random password for `mentor create-admin` and for accounts nobody may know the password of yet.
    private func load(_ request: Request) async throws -> Person {
        try await request.ownRecord(Person.self, \.$organisation)
    }
}
