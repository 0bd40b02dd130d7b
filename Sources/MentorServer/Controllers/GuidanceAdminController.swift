import Vapor
import Fluent
import MentorCore

/// The organisation's own wording of the guidance per attitude pattern.
struct GuidanceAdminController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .adminGuidance, .roles([.admin]), show),
            Endpoint(.POST, .adminGuidance, .roles([.admin]), save),
        ]
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        let model = try await GuidancePage.Query.model(organisationID: try request.organisationID(), language: request.viewer.language,
                                                       flash: request.takeFlash(), on: request.db)
        return GuidancePage.render(model, viewer: request.viewer).response()
    }

    @Sendable func save(_ request: Request) async throws -> Response {
        let organisationID = try request.organisationID()
        let form = try request.content.decode(GuidancePage.Form.self)
        let patterns = try await GuidancePage.Query.patterns(organisationID: organisationID, on: request.db)
        let entries = try form.validated(request.viewer.language, patterns: patterns).get()
        try await request.writeTransaction { db in
            let existing = try await GuidancePage.Query.own(organisationID: organisationID, on: db)
            for entry in entries {
                let row = existing.first { $0.pattern == entry.pattern }
                if entry.isEmpty {
                    try await row?.delete(on: db)
                } else {
                    let guidance = row ?? AttitudeGuidance(organisationID: organisationID, pattern: entry.pattern, textNL: "", textEN: "")
                    guidance.textNL = entry.nl
                    guidance.textEN = entry.en
                    try await guidance.save(on: db)
                }
            }
            try await request.audit("update", "attitude_guidance", id: nil, summary: "guidance texts saved", on: db)
        }
        request.flash(T.saved(request.viewer.language))
        return request.redirect(to: .adminGuidance)
    }
}
