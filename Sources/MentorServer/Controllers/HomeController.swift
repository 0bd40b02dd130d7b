import Vapor
import MentorCore

/// The start page: one section per role the viewer holds.
struct HomeController {
    var endpoints: [Endpoint] {
        [Endpoint(.GET, .home, .anyone, home)]
    }

    @Sendable func home(_ request: Request) async throws -> Response {
        guard request.viewer.isSignedIn, request.viewer.organisationID != nil else { return request.redirect(to: .signIn) }
        let model = try await HomePage.Query.model(viewer: request.viewer, now: request.now, flash: request.takeFlash(), on: request.db)
        return HomePage.render(model, viewer: request.viewer).response()
    }
}
