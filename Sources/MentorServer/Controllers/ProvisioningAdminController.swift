import Vapor
import Fluent
import MentorCore

/// The administrator's SCIM tokens: make one (shown once), revoke one.
struct ProvisioningAdminController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .adminProvisioning, .roles([.admin]), show),
            Endpoint(.POST, .adminProvisioningTokens, .roles([.admin]), create),
            Endpoint(.POST, .adminProvisioningTokenRevoke(.key), .roles([.admin]), revoke),
        ]
    }

    private func model(_ request: Request) async throws -> ProvisioningPage.Model {
        try await .query(organisationID: try request.organisationID(), baseURL: request.application.settings.mail.baseURL, on: request.db)
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        var model = try await model(request)
        model.flash = request.takeFlash()
        return ProvisioningPage.render(model, viewer: request.viewer).response()
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let form = try request.content.decode(ProvisioningPage.Form.self)
        switch form.validated(request.viewer.language) {
        case .failure(let errors):
            var model = try await model(request)
            model.form = form
            model.errors = errors.fields
            return ProvisioningPage.render(model, viewer: request.viewer).response(status: .unprocessableEntity)
        case .success(let label):
            let token = SCIMAuthentication.makeToken()
            let organisationID = try request.organisationID(), personID = try request.personID()
            try await request.writeTransaction { db in
                let stored = SCIMToken(organisationID: organisationID, label: label, tokenHash: CalendarToken.hash(token), createdBy: personID)
                try await stored.create(on: db)
                try await request.audit("create", "scim_token", id: stored.id, summary: label, on: db)
            }
            // The token is in this answer only; reloading the page does not show it again.
            var model = try await model(request)
            model.newToken = token
            let response = ProvisioningPage.render(model, viewer: request.viewer).response()
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
            return response
        }
    }

    @Sendable func revoke(_ request: Request) async throws -> Response {
        guard let id = request.parameters.get("id", as: UUID.self),
              let token = try await SCIMToken.find(id, on: request.db), token.$organisation.id == (try request.organisationID())
        else { throw PageError.notFound }
        if token.revokedAt == nil {
            token.revokedAt = request.now
            try await request.writeTransaction { db in
                try await token.save(on: db)
                try await request.audit("retire", "scim_token", id: token.id, summary: token.label, on: db)
            }
        }
        request.flash(T.provisioningRevokedFlash(request.viewer.language))
        return request.redirect(to: .adminProvisioning)
    }
}
