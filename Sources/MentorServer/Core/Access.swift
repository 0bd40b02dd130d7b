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
    /// A record of a pair named by the route's `:id`, for these places in the pair. The route
    /// wrapper loads the record and its pair, checks the viewer's place and hands the
    /// `PairContext` to the handler: someone outside the pair gets "not found", a coordinator
    /// on a members' page "forbidden".
    case pair(Set<PairRole>, of: PairSubject)
    /// A record of the viewer's organisation named by the route's `:id`, for these roles; a
    /// record of another organisation is "not found".
    case record(RecordKind, roles: Set<Role>)
    /// A machine client that shows a bearer token instead of a person's session: SCIM
    /// provisioning (`/scim/v2`) with an organisation's token. There is no cookie session on these
    /// addresses (`SiteURL.isSessionless`), so no CSRF token either: a browser never sends the
    /// `Authorization` header by itself, which is what makes cross-site requests harmless here.
    /// The wrapper checks the token before the handler runs; a signed-in person without one gets 401.
    case bearer(BearerRealm)

    /// The roles a viewer must hold before any record is loaded.
    var requiredRoles: Set<Role>? {
        switch self {
        case .anyone, .signedIn, .bearer: nil
        case .roles(let roles), .record(_, let roles): roles
        case .pair(let places, _): Set(places.map(\.requiredRole))
        }
    }

    func allows(_ viewer: Viewer) -> Bool {
        switch self {
        case .anyone: return true
        case .signedIn: return viewer.isSignedIn
        case .bearer: return false
        default: return viewer.isSignedIn && !(requiredRoles ?? []).isDisjoint(with: viewer.roles)
        }
    }
}

/// Who checks a bearer token, per family of machine routes.
enum BearerRealm: Sendable, Equatable {
    /// An organisation's SCIM token (`SCIMToken`); the request is then scoped to that organisation.
    case scim

    func authenticate(_ request: Request) async throws {
        switch self {
        case .scim: try await SCIMAuthentication.authenticate(request)
        }
    }
}

/// A route with its access rule and handler. Controllers list their endpoints; `routes.swift`
/// registers them all, so the rule for every route is written next to its address and the
/// tests can enumerate them.
struct Endpoint: Sendable {
    typealias Handler = @Sendable (Request) async throws -> Response

    let method: HTTPMethod
    let url: SiteURL
    let access: Access
    /// The most the request may send; `.upload` only on the routes that take a file.
    let maxBody: BodyLimit
    let handler: Handler

    /// A route open to `.anyone`, `.signedIn` or `.roles(...)`.
    init(_ method: HTTPMethod, _ url: SiteURL, _ access: Access, maxBody: BodyLimit = .form, _ handler: @escaping Handler) {
        self.method = method
        self.url = url
        self.access = access
        self.maxBody = maxBody
        self.handler = handler
    }

    /// A route about a pair or one of its records: the handler gets the checked context.
    init(_ method: HTTPMethod, _ url: SiteURL, pair places: Set<PairRole>, of subject: PairSubject = .pair,
         maxBody: BodyLimit = .form, _ handler: @escaping @Sendable (Request, PairContext) async throws -> Response) {
        self.init(method, url, .pair(places, of: subject), maxBody: maxBody) { request in
            try await handler(request, request.checkedPairContext)
        }
    }

    /// A route about one record of the viewer's organisation: the handler gets the record.
    init<Record: OrganisationRecord>(_ method: HTTPMethod, _ url: SiteURL, record: Record.Type, roles: Set<Role>,
                                     maxBody: BodyLimit = .form, _ handler: @escaping @Sendable (Request, Record) async throws -> Response) {
        self.init(method, url, .record(Record.kind, roles: roles), maxBody: maxBody) { request in
            guard let record = request.storage[CheckedRecordKey.self] as? Record else { throw PageError.notFound }
            return try await handler(request, record)
        }
    }

    /// The registered pattern, such as `mentorships/:id/agreement`.
    var path: String { url.pattern }
    var pathComponents: [PathComponent] { url.pathComponents }
    var changesState: Bool { method != .GET && method != .HEAD }

    /// The handler wrapped in the body limit, the access check (loading the pair or record the
    /// route is about) and, for forms, the CSRF check and the field length limits.
    var guardedHandler: Handler {
        let access = access, changesState = changesState, handler = handler, maxBody = maxBody, url = url
        return { request in
            try await request.collectBody(upTo: maxBody)
            request.viewer.route = url
            if case .bearer(let realm) = access {
                try await realm.authenticate(request)
                return try await handler(request)
            }
            let viewer = request.viewer
            guard access.allows(viewer) else {
                if !viewer.isSignedIn {
                    let next = request.method == .GET ? request.url.string : SiteURL.home.path
                    return request.redirect(to: SiteURL.signIn.path(query: [("next", next)]), redirectType: .normal)
                }
                throw PageError.forbidden
            }
            if changesState, !CSRF.isValid(request) { throw PageError.csrf }
            if changesState { try request.checkFieldLengths() }
            switch access {
            case .pair(let places, let subject):
                request.storage[CheckedPairContextKey.self] = try await request.loadPairContext(subject, allow: places)
            case .record(let kind, _):
                request.storage[CheckedRecordKey.self] = try await request.loadOwnRecord(kind)
            case .anyone, .signedIn, .roles, .bearer:
                break
            }
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
