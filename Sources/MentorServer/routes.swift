import Vapor

/// Every endpoint of the product, with who may use it. This list is the one place where
/// access is declared; `AccessTests` walks it for every role and organisation.
func endpoints() -> [Endpoint] {
    OperationsController().endpoints
        + AuthController().endpoints
        + HomeController().endpoints
        + OrganisationAdminController().endpoints
        + CoreValueAdminController().endpoints
        + PeopleAdminController().endpoints
        + PeopleImportController().endpoints
        + InvitationController().endpoints
        + PasswordLinkController().endpoints
        + ProgrammeAdminController().endpoints
        + AuditAndListsController().endpoints
        + MentorshipController().endpoints
        + AgreementController().endpoints
        + ConversationController().endpoints
        + CorrectionController().endpoints
        + ListItemController().endpoints
        + GoalController().endpoints
        + CalendarController().endpoints
        + MirrorController().endpoints
        + ReflectionEditController().endpoints
        + GuidanceAdminController().endpoints
        + MatchingController().endpoints
        + TranscriptController().endpoints
        + HealthController().endpoints
        + NotificationController().endpoints
        + PulseController().endpoints
        + MenteeViewController().endpoints
        + DataRightsController().endpoints
        + OutboxAdminController().endpoints
        + ProvisioningAdminController().endpoints
        + SCIMController().endpoints
        + OpenIDConnectController().endpoints
        + APITokensController().endpoints
}

func routes(_ app: Application) throws {
    for endpoint in endpoints() {
        // Streamed, so the guarded handler reads the body itself, up to the endpoint's
        // `maxBody`, and answers a larger one with the limit in the reader's language.
        app.on(endpoint.method, endpoint.pathComponents, body: .stream, use: endpoint.guardedHandler)
    }
    // The JSON API under /api/v1, routed from Sources/MentorAPI/openapi.json (Controllers/APIRoutes.swift).
    try APIRoutes.register(app)
}
