import Vapor
import Fluent
import MentorCore

/// CSV import of people: a preview first, then all rows saved in one transaction or none,
/// then a choice of whom to invite.
///
/// Between preview and confirm the file waits on the server (`PeopleImportUpload`), bound to
/// the administrator and organisation that uploaded it, for an hour; the confirm form carries
/// only its id. So what is imported is exactly what was previewed, and nobody else can
/// confirm it.
struct PeopleImportController {
    static let maxRows = 5_000
    static let uploadLifetime: TimeInterval = 3600

    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .adminPeopleImport, .roles([.admin]), show),
            Endpoint(.POST, .adminPeopleImport, .roles([.admin]), maxBody: .upload, preview),
            Endpoint(.POST, .adminPeopleImportConfirm, .roles([.admin]), confirm),
        ]
    }

    struct UploadForm: Content {
        var file: File?
        var csv: String?
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        PeopleImportPage.render(.init(csv: "", message: nil, result: nil, existing: []), viewer: request.viewer).response()
    }

    @Sendable func preview(_ request: Request) async throws -> Response {
        let form = try request.content.decode(UploadForm.self)
        var text = form.csv ?? ""
        if let file = form.file, file.data.readableBytes > 0 {
            text = file.data.getString(at: file.data.readerIndex, length: file.data.readableBytes) ?? ""
        }
        return try await render(text, request: request, keep: true)
    }

    struct ConfirmForm: Content { var upload: String? }

    @Sendable func confirm(_ request: Request) async throws -> Response {
        let organisationID = try request.organisationID()
        let language = request.viewer.language
        let now = request.now
        guard let uploadID = (try request.content.decode(ConfirmForm.self).upload).flatMap(UUID.init(uuidString:)),
              let upload = try await PeopleImportUpload.query(on: request.db).filter(\.$id == uploadID)
                .filter(\.$organisation.$id == organisationID).filter(\.$person.$id == (try request.personID()))
                .filter(\.$expiresAt > now).first()
        else {
            return PeopleImportPage.render(.init(csv: "", message: T.importUploadGone(language), result: nil, existing: []), viewer: request.viewer)
                .response(status: .unprocessableEntity)
        }
        let text = upload.csv
        let result = PeopleImport.read(text)
        guard result.isValid, result.people.count <= Self.maxRows else { return try await render(text, request: request) }

        let existing = try await Person.query(on: request.db).filter(\.$email ~~ result.people.map(\.email)).all()
        if existing.contains(where: { $0.organisationID != organisationID }) {
            return try await render(text, request: request, message: T.importChanged(language))
        }
        let byEmail = Dictionary(uniqueKeysWithValues: existing.map { ($0.email, $0) })
        // Nobody knows this password: imported people choose theirs through an invitation link.
        let unusableHash = try await request.password.async.hash(PeopleQuery.unguessablePassword() + PeopleQuery.unguessablePassword())
        let rows = try await request.db.transaction { db -> [ImportInvitePage.Row] in
            var rows: [ImportInvitePage.Row] = []
            for row in result.people {
                let person = byEmail[row.email] ?? Person(organisationID: organisationID, name: row.name, email: row.email, passwordHash: unusableHash)
                let isNew = person.id == nil
                person.name = row.name
                if let seniority = row.seniority { person.seniority = seniority }
                if !row.practiceGroup.isEmpty { person.practiceGroup = row.practiceGroup }
                if !row.expertise.isEmpty { person.expertise = row.expertise }
                if let personLanguage = row.language { person.language = personLanguage }
                try await person.save(on: db)
                let personID = try person.requireID()
                let current = isNew ? [] : try await PersonRole.query(on: db).filter(\.$person.$id == personID).all().map(\.role)
                // Roles in the file are added; removing a role is done on the person's page.
                for role in row.roles where !current.contains(role) {
                    try await PersonRole(personID: personID, role: role).create(on: db)
                }
                rows.append(.init(id: personID, name: person.name, email: person.email, isNew: isNew))
            }
            try await upload.delete(on: db)
            let created = rows.filter(\.isNew).count
            try await request.audit("import", "person", id: nil, summary: "CSV import: \(created) created, \(rows.count - created) updated", on: db)
            return rows
        }
        let created = rows.filter(\.isNew).count
        return ImportInvitePage.render(rows, created: created, updated: rows.count - created, viewer: request.viewer).response()
    }

    /// The preview. With `keep`, a file that can be imported is stored for the confirm step
    /// (replacing this administrator's earlier one; expired files of everyone are removed).
    private func render(_ text: String, request: Request, message: String? = nil, keep: Bool = false) async throws -> Response {
        let language = request.viewer.language
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return PeopleImportPage.render(.init(csv: "", message: T.importNothing(language), result: nil, existing: []), viewer: request.viewer)
                .response(status: .unprocessableEntity)
        }
        let result = PeopleImport.read(text)
        if result.people.count + result.issues.count > Self.maxRows {
            return PeopleImportPage.render(.init(csv: "", message: T.importTooLarge(language), result: nil, existing: []), viewer: request.viewer)
                .response(status: .unprocessableEntity)
        }
        let organisationID = try request.organisationID()
        let existing = try await Person.query(on: request.db).filter(\.$email ~~ result.people.map(\.email))
            .filter(\.$organisation.$id == organisationID).all().map(\.email)
        var uploadID: UUID?
        if keep, result.isValid, message == nil {
            uploadID = try await store(text, organisationID: organisationID, request: request)
        }
        let status: HTTPStatus = result.isValid && message == nil ? .ok : .unprocessableEntity
        return PeopleImportPage.render(.init(csv: text, message: message, result: result, existing: Set(existing), uploadID: uploadID), viewer: request.viewer)
            .response(status: status)
    }

    private func store(_ text: String, organisationID: UUID, request: Request) async throws -> UUID {
        let now = request.now
        let personID = try request.personID()
        return try await request.db.transaction { db in
            try await PeopleImportUpload.query(on: db).filter(\.$expiresAt < now).delete()
            try await PeopleImportUpload.query(on: db).filter(\.$person.$id == personID).delete()
            let upload = PeopleImportUpload()
            upload.$organisation.id = organisationID
            upload.$person.id = personID
            upload.csv = text
            upload.expiresAt = now.addingTimeInterval(Self.uploadLifetime)
            try await upload.create(on: db)
            return try upload.requireID()
        }
    }
}
