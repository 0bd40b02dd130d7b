import Vapor
import Fluent
import MentorCore

struct ProgrammeAdminController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, "admin/programmes", .roles([.admin]), list),
            Endpoint(.GET, "admin/programmes/new", .roles([.admin]), new),
            Endpoint(.POST, "admin/programmes", .roles([.admin]), create),
            Endpoint(.GET, "admin/programmes/:id/edit", .roles([.admin]), edit),
            Endpoint(.POST, "admin/programmes/:id", .roles([.admin]), update),
        ]
    }

    struct Form: Content {
        var name: String?
        var startsOn: String?
        var endsOn: String?
        var cadenceDays: String?
    }

    @Sendable func list(_ request: Request) async throws -> Response {
        let rows = try await HomeController.programmeRows(organisationID: try request.organisationID(), on: request.db)
        let programmes = try await Programme.query(on: request.db).filter(\.$organisation.$id == (try request.organisationID()))
            .sort(\.$startsOn, .descending).all()
        return ProgrammesPage.render(Array(zip(programmes, rows)).map { ($0.0.id!, $0.1) }, viewer: request.viewer, flash: request.takeFlash()).response()
    }

    @Sendable func new(_ request: Request) async throws -> Response {
        ProgrammeFormPage.render(form: Form(cadenceDays: "28"), errors: [:], programmeID: nil, viewer: request.viewer).response()
    }

    @Sendable func edit(_ request: Request) async throws -> Response {
        let programme = try await load(request)
        let formats = request.viewer.formats
        let form = Form(name: programme.name, startsOn: formats.isoDay(programme.startsOn), endsOn: formats.isoDay(programme.endsOn),
                        cadenceDays: "\(programme.cadenceDays)")
        return ProgrammeFormPage.render(form: form, errors: [:], programmeID: programme.id, viewer: request.viewer).response()
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let form = try request.content.decode(Form.self)
        let (checked, errors) = validate(form, viewer: request.viewer)
        guard let checked else {
            return ProgrammeFormPage.render(form: form, errors: errors, programmeID: nil, viewer: request.viewer).response(status: .unprocessableEntity)
        }
        let programme = Programme(organisationID: try request.organisationID(), name: checked.name, startsOn: checked.startsOn,
                                  endsOn: checked.endsOn, cadenceDays: checked.cadenceDays)
        try await request.db.transaction { db in
            try await programme.create(on: db)
            try await request.audit("create", "programme", id: programme.id, summary: checked.name, on: db)
        }
        request.flash(T.saved(request.viewer.language))
        return request.redirect(to: "/admin/programmes")
    }

    @Sendable func update(_ request: Request) async throws -> Response {
        let programme = try await load(request)
        let form = try request.content.decode(Form.self)
        let (checked, errors) = validate(form, viewer: request.viewer)
        guard let checked else {
            return ProgrammeFormPage.render(form: form, errors: errors, programmeID: programme.id, viewer: request.viewer).response(status: .unprocessableEntity)
        }
        programme.name = checked.name
        programme.startsOn = checked.startsOn
        programme.endsOn = checked.endsOn
        programme.cadenceDays = checked.cadenceDays
        try await request.db.transaction { db in
            try await programme.save(on: db)
            try await request.audit("update", "programme", id: programme.id, summary: checked.name, on: db)
        }
        request.flash(T.saved(request.viewer.language))
        return request.redirect(to: "/admin/programmes")
    }

    struct Checked {
        var name: String
        var startsOn: Date
        var endsOn: Date
        var cadenceDays: Int
    }

    func validate(_ form: Form, viewer: Viewer) -> (Checked?, FieldErrors) {
        let language = viewer.language
        var errors: FieldErrors = [:]
        let name = (form.name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { errors["name"] = T.required(language) }
        let startsOn = viewer.formats.parseDay(form.startsOn ?? "")
        if startsOn == nil { errors["startsOn"] = T.invalidDay(language) }
        let endsOn = viewer.formats.parseDay(form.endsOn ?? "")
        if endsOn == nil { errors["endsOn"] = T.invalidDay(language) }
        if let startsOn, let endsOn, endsOn <= startsOn { errors["endsOn"] = T.endBeforeStart(language) }
        let cadence = Int((form.cadenceDays ?? "").trimmingCharacters(in: .whitespaces))
        if cadence == nil || !(7...180).contains(cadence!) { errors["cadenceDays"] = T.cadenceInvalid(language) }
        guard errors.isEmpty, let startsOn, let endsOn, let cadence else { return (nil, errors) }
        return (Checked(name: name, startsOn: startsOn, endsOn: endsOn, cadenceDays: cadence), [:])
    }

    private func load(_ request: Request) async throws -> Programme {
        guard let id = request.parameters.get("id", as: UUID.self),
              let programme = try await Programme.query(on: request.db).filter(\.$id == id)
                .filter(\.$organisation.$id == (try request.organisationID())).first()
        else { throw PageError.notFound }
        return programme
    }
}
