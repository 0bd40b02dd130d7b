import Vapor
import Fluent
import MentorCore

/// CSV import of people: a preview first, then all rows saved in one transaction or none.
/// The preview page carries the CSV text in a hidden field, so no half-finished import is
/// ever kept on the server.
struct PeopleImportController {
    static let maxRows = 5_000

    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, "admin/people/import", .roles([.admin]), show),
            Endpoint(.POST, "admin/people/import", .roles([.admin]), preview),
            Endpoint(.POST, "admin/people/import/confirm", .roles([.admin]), confirm),
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
        return try await render(text, request: request)
    }

    struct ConfirmForm: Content { var csv: String? }

    @Sendable func confirm(_ request: Request) async throws -> Response {
        let text = try request.content.decode(ConfirmForm.self).csv ?? ""
        let organisationID = try request.organisationID()
        let language = request.viewer.language
        let result = PeopleImport.read(text)
        guard result.isValid, result.people.count <= Self.maxRows else { return try await render(text, request: request) }

        let existing = try await Person.query(on: request.db).filter(\.$email ~~ result.people.map(\.email)).all()
        if existing.contains(where: { $0.organisationID != organisationID }) {
            return try await render(text, request: request, message: T.importChanged(language))
        }
        let byEmail = Dictionary(uniqueKeysWithValues: existing.map { ($0.email, $0) })
        // Imported accounts get a random password: the admin sets a real one from the person's page.
        let unusableHash = try await request.password.async.hash(PeopleAdminController.generatePassword() + PeopleAdminController.generatePassword())
        let (created, updated) = try await request.db.transaction { db -> (Int, Int) in
            var created = 0, updated = 0
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
                if isNew { created += 1 } else { updated += 1 }
            }
            try await request.audit("import", "person", id: nil, summary: "CSV import: \(created) created, \(updated) updated", on: db)
            return (created, updated)
        }
        request.flash(T.importDone(created: created, updated: updated)(language))
        return request.redirect(to: "/admin/people")
    }

    private func render(_ text: String, request: Request, message: String? = nil) async throws -> Response {
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
        let status: HTTPStatus = result.isValid && message == nil ? .ok : .unprocessableEntity
        return PeopleImportPage.render(.init(csv: text, message: message, result: result, existing: Set(existing)), viewer: request.viewer)
            .response(status: status)
    }
}
