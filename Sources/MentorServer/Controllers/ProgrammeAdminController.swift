import Vapor
import Fluent
import MentorCore

/// The organisation's programmes: dates, cadence and the matching settings.
struct ProgrammeAdminController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .adminProgrammes, .roles([.admin]), list),
            Endpoint(.GET, .adminProgrammeNew, .roles([.admin]), new),
            Endpoint(.POST, .adminProgrammes, .roles([.admin]), create),
            Endpoint(.GET, .adminProgrammeEdit(.key), record: Programme.self, roles: [.admin], edit),
            Endpoint(.POST, .adminProgramme(.key), record: Programme.self, roles: [.admin], update),
        ]
    }

    @Sendable func list(_ request: Request) async throws -> Response {
        let model = try await ProgrammesPage.Query.model(organisationID: try request.organisationID(), flash: request.takeFlash(), on: request.db)
        return ProgrammesPage.render(model, viewer: request.viewer).response()
    }

    @Sendable func new(_ request: Request) async throws -> Response {
        ProgrammeFormPage.render(.init(form: .new), viewer: request.viewer).response()
    }

    @Sendable func edit(_ request: Request, programme: Programme) async throws -> Response {
        ProgrammeFormPage.render(try ProgrammeFormPage.Query.edit(programme, formats: request.viewer.formats), viewer: request.viewer).response()
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let form = try request.content.decode(ProgrammeFormPage.Form.self)
        switch form.validated(request.viewer.language, formats: request.viewer.formats) {
        case .failure(let errors):
            return ProgrammeFormPage.render(.init(form: form, errors: errors.fields), viewer: request.viewer).response(status: .unprocessableEntity)
        case .success(let checked):
            let programme = Programme(organisationID: try request.organisationID(), name: checked.name, startsOn: checked.startsOn,
                                      endsOn: checked.endsOn, cadenceDays: checked.cadenceDays)
            Self.apply(checked, to: programme)
            try await request.writeTransaction { db in
                try await programme.create(on: db)
                try await request.audit("create", "programme", id: programme.id, summary: checked.name, on: db)
            }
            request.flash(T.saved(request.viewer.language))
            return request.redirect(to: .adminProgrammes)
        }
    }

    @Sendable func update(_ request: Request, programme: Programme) async throws -> Response {
        let form = try request.content.decode(ProgrammeFormPage.Form.self)
        switch form.validated(request.viewer.language, formats: request.viewer.formats) {
        case .failure(let errors):
            return ProgrammeFormPage.render(.init(form: form, errors: errors.fields, programmeID: programme.id), viewer: request.viewer)
                .response(status: .unprocessableEntity)
        case .success(let checked):
            Self.apply(checked, to: programme)
            try await request.writeTransaction { db in
                try await programme.save(on: db)
                try await request.audit("update", "programme", id: programme.id, summary: checked.name, on: db)
            }
            request.flash(T.saved(request.viewer.language))
            return request.redirect(to: .adminProgrammes)
        }
    }

    private static func apply(_ checked: ProgrammeFormPage.Form.Valid, to programme: Programme) {
        programme.name = checked.name
        programme.startsOn = checked.startsOn
        programme.endsOn = checked.endsOn
        programme.cadenceDays = checked.cadenceDays
        programme.pulseIntervalDays = checked.pulseIntervalDays
        programme.requestTimeoutDays = checked.requestTimeoutDays
        programme.matchingMode = checked.matchingMode
        programme.matchingSettingsText = checked.matching.encoded
    }
}
