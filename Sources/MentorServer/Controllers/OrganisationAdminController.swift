import Vapor
import Fluent
import MentorCore

/// The organisation's own settings, for its administrators.
struct OrganisationAdminController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .adminOrganisation, .roles([.admin]), show),
            Endpoint(.POST, .adminOrganisation, .roles([.admin]), update),
        ]
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        let model = try await OrganisationPage.Query.model(organisationID: try request.organisationID(), flash: request.takeFlash(), on: request.db)
        return OrganisationPage.render(model, viewer: request.viewer).response()
    }

    @Sendable func update(_ request: Request) async throws -> Response {
        let form = try request.content.decode(OrganisationPage.Form.self)
        switch form.validated(request.viewer.language) {
        case .failure(let errors):
            return OrganisationPage.render(.init(form: form, errors: errors.fields), viewer: request.viewer).response(status: .unprocessableEntity)
        case .success(let settings):
            guard let organisation = try await Organisation.find(try request.organisationID(), on: request.db) else { throw PageError.notFound }
            organisation.name = settings.name
            organisation.defaultLanguage = settings.defaultLanguage
            organisation.talkBandLow = settings.talkBandLow
            organisation.talkBandHigh = settings.talkBandHigh
            organisation.retentionDays = settings.retentionDays
            if let maximum = settings.maxCapacity { organisation.maxCapacity = maximum }
            try await request.writeTransaction { db in
                try await organisation.save(on: db)
                try await request.audit("update", "organisation", id: organisation.id, summary: "settings changed", on: db)
            }
            request.flash(T.saved(request.viewer.language))
            return request.redirect(to: .adminOrganisation)
        }
    }
}
