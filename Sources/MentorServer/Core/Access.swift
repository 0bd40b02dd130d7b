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
    /// The most the request may send; `.upload` only on the routes that take a file.
    let maxBody: BodyLimit
    let handler: Handler

    init(_ method: HTTPMethod, _ path: String, _ access: Access, maxBody: BodyLimit = .form, _ handler: @escaping Handler) {
        self.method = method
        self.path = path
        self.access = access
        self.maxBody = maxBody
        self.handler = handler
    }

    var pathComponents: [PathComponent] { path.pathComponents }
    var changesState: Bool { method != .GET && method != .HEAD }

    /// The handler wrapped in the body limit, the access check and, for forms, the CSRF check
    /// and the field length limits.
    var guardedHandler: Handler {
        let access = access, changesState = changesState, handler = handler, maxBody = maxBody
        return { request in
            try await request.collectBody(upTo: maxBody)
            let viewer = request.viewer
            guard access.allows(viewer) else {
                if !viewer.isSignedIn {
                    let next = request.method == .GET ? request.url.string : "/"
                    return request.redirect(to: "/signin?next=\(next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/")", redirectType: .normal)
                }
                throw PageError.forbidden
            }
            if changesState, !CSRF.isValid(request) { throw PageError.csrf }
            if changesState { try request.checkFieldLengths() }
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
