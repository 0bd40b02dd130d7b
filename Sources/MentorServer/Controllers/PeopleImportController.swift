import Vapor
import Fluent
import MentorCore

/// Import of people from an Excel workbook or a CSV file: a preview first (naming how the
/// file was read), then all rows saved in one transaction or none, then a choice of whom to invite.
///
/// Between preview and confirm the file waits on the server (`PeopleImportUpload`), bound to
/// the administrator and organisation that uploaded it, for an hour, as text (a workbook as its
/// rows in CSV); the confirm form carries only its id. So what is imported is exactly what was
/// previewed, and nobody else can confirm it.
struct PeopleImportController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .adminPeopleImport, .roles([.admin]), show),
            Endpoint(.POST, .adminPeopleImport, .roles([.admin]), maxBody: .upload, preview),
            Endpoint(.POST, .adminPeopleImportConfirm, .roles([.admin]), confirm),
        ]
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        PeopleImportPage.render(.init(), viewer: request.viewer).response()
    }

    @Sendable func preview(_ request: Request) async throws -> Response {
        let form = try request.content.decode(PeopleImportPage.Form.self)
        switch form.validated(request.viewer.language) {
        case .failure(let errors):
            return PeopleImportPage.render(.init(message: errors.fields.values.first), viewer: request.viewer).response(status: .unprocessableEntity)
        case .success(let input):
            let language = request.viewer.language
            switch PeopleImportPage.read(input) {
            case .failure(let error):
                return PeopleImportPage.render(.init(message: T.sheetError(error)(language)), viewer: request.viewer)
                    .response(status: .unprocessableEntity)
            case .success(let reading):
                var model = try await PeopleImportPage.Query.preview(reading, organisationID: try request.organisationID(),
                                                                     language: language, on: request.db)
                if model.isConfirmable { model.uploadID = try await store(reading.text, request: request) }
                return respond(model, request: request)
            }
        }
    }

    @Sendable func confirm(_ request: Request) async throws -> Response {
        let organisationID = try request.organisationID()
        let language = request.viewer.language
        let form = try request.content.decode(PeopleImportPage.ConfirmForm.self)
        guard case .success(let uploadID) = form.validated(language),
              let upload = try await PeopleImportPage.Query.upload(uploadID, organisationID: organisationID, personID: try request.personID(),
                                                                   now: request.now, on: request.db)
        else {
            return PeopleImportPage.render(.init(message: T.importUploadGone(language)), viewer: request.viewer).response(status: .unprocessableEntity)
        }
        let text = upload.csv
        let result = PeopleImport.read(text)
        guard result.isValid, result.people.count <= PeopleImportPage.maxRows else { return try await preview(text, request: request) }
        // Nobody knows this password: imported people choose theirs through an invitation link.
        let unusableHash = try await request.password.async.hash(PeopleQuery.unguessablePassword() + PeopleQuery.unguessablePassword())
        let rows = try await request.writeTransaction { db -> [ImportInvitePage.Row]? in
            let existing = try await PeopleImportPage.Query.accounts(of: result, on: db)
            // An address that has come to belong to another organisation since the preview stops the import.
            guard !existing.contains(where: { $0.organisationID != organisationID }) else { return nil }
            let byEmail = Dictionary(uniqueKeysWithValues: existing.map { ($0.email, $0) })
            var rows: [ImportInvitePage.Row] = []
            for row in result.people {
                let person = byEmail[row.email] ?? Person(organisationID: organisationID, name: row.name, email: row.email, passwordHash: unusableHash)
                rows.append(try await Self.save(row, as: person, on: db))
            }
            try await upload.delete(on: db)
            let created = rows.filter(\.isNew).count
            try await request.audit("import", "person", id: nil, summary: "CSV import: \(created) created, \(rows.count - created) updated", on: db)
            return rows
        }
        guard let rows else { return try await preview(text, message: T.importChanged(language), request: request) }
        return ImportInvitePage.render(.init(rows: rows), viewer: request.viewer).response()
    }

    /// Writes one row of the file onto a new or existing person; roles in the file are added,
    /// removing a role is done on the person's page.
    private static func save(_ row: ImportedPerson, as person: Person, on db: any Database) async throws -> ImportInvitePage.Row {
        let isNew = person.id == nil
        person.name = row.name
        if let seniority = row.seniority { person.seniority = seniority }
        if !row.practiceGroup.isEmpty { person.practiceGroup = row.practiceGroup }
        if !row.expertise.isEmpty { person.expertise = row.expertise }
        if let personLanguage = row.language { person.language = personLanguage }
        if let zone = row.timeZone { person.timeZone = zone }
        try await person.save(on: db)
        let personID = try person.requireID()
        let current = isNew ? [] : try await PersonRole.query(on: db).filter(\.$person.$id == personID).all().map(\.role)
        for role in row.roles where !current.contains(role) {
            try await PersonRole(personID: personID, role: role).create(on: db)
        }
        return .init(id: personID, name: person.name, email: person.email, isNew: isNew)
    }

    /// The preview again (after a confirm that could not go ahead), without storing the file.
    private func preview(_ text: String, message: String? = nil, request: Request) async throws -> Response {
        let reading = PeopleImportPage.Reading(result: PeopleImport.read(text), format: nil, text: text)
        let model = try await PeopleImportPage.Query.preview(reading, message: message, organisationID: try request.organisationID(),
                                                             language: request.viewer.language, on: request.db)
        return respond(model, request: request)
    }

    private func respond(_ model: PeopleImportPage.Model, request: Request) -> Response {
        PeopleImportPage.render(model, viewer: request.viewer).response(status: model.isConfirmable ? .ok : .unprocessableEntity)
    }

    /// Stores a file that can be imported for the confirm step, replacing this administrator's
    /// earlier one; expired files of everyone are removed.
    private func store(_ text: String, request: Request) async throws -> UUID {
        let now = request.now
        let personID = try request.personID()
        let organisationID = try request.organisationID()
        return try await request.writeTransaction { db in
            try await PeopleImportUpload.query(on: db).filter(\.$expiresAt < now).delete()
            try await PeopleImportUpload.query(on: db).filter(\.$person.$id == personID).delete()
            let upload = PeopleImportUpload()
            upload.$organisation.id = organisationID
            upload.$person.id = personID
            upload.csv = text
            upload.expiresAt = now.addingTimeInterval(PeopleImportPage.uploadLifetime)
            try await upload.create(on: db)
            return try upload.requireID()
        }
    }
}
