import Vapor
import MentorCore

/// Who may use a route.
enum Access: Sendable, Equatable {
    /// Anyone, signed in or not (sign-in page, health, metrics, style sheet).
    case anyone
    /// Any signed-in person, whatever their roles.
    case signedIn
    /// A signed-in person holding at least one of these roles.
    case roles(Set<Role>)

    func allows(_ viewer: Viewer) -> Bool {
        switch self {
        case .anyone: true
        case .signedIn: viewer.isSignedIn
        case .roles(let roles): viewer.isSignedIn && !roles.isDisjoint(with: viewer.roles)
        }
    }
}

/// A route with its access rule and handler. Controllers list their endpoints; `routes.swift`
/// registers them all, so the rule for every route is written next to its path and the
/// tests can enumerate them.
struct Endpoint: Sendable {
    typealias Handler = @Sendable (Request) async throws -> Response

    let method: HTTPMethod
    let path: String
    let access: Access
    let handler: Handler

    init(_ method: HTTPMethod, _ path: String, _ access: Access, _ handler: @escaping Handler) {
        self.method = method
        self.path = path
        self.access = access
        self.handler = handler
    }

    var pathComponents: [PathComponent] { path.pathComponents }
    var changesState: Bool { method != .GET && method != .HEAD }

    /// The handler wrapped in the access check and, for forms, the CSRF check.
    var guardedHandler: Handler {
        let access = access, changesState = changesState, handler = handler
        return { request in
            let viewer = request.viewer
            guard access.allows(viewer) else {
                if !viewer.isSignedIn {
                    let next = request.method == .GET ? request.url.string : "/"
                    return request.redirect(to: "/signin?next=\(next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/")", redirectType: .normal)
                }
                throw PageError.forbidden
            }
            if changesState, !CSRF.isValid(request) { throw PageError.csrf }
            return try await handler(request)
        }
    }
}

/// Failures that end a request with a whole page in the reader's language.
enum PageError: Error, Sendable {
    case notFound
    case forbidden
    case csrf
    case badRequest
}
