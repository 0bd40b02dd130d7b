import Vapor
import Fluent
import MentorCore

/// Who is asking, in which organisation and language. Built once per request by
/// `ViewerMiddleware` and read by every handler and page.
struct Viewer: Sendable {
    var personID: UUID?
    var name: String?
    var email: String?
    var organisationID: UUID?
    var organisationName: String?
    var roles: Set<Role>
    var language: Language
    var csrfToken: String
    var path: String
    /// The route being answered, set by the route wrapper; the navigation marks its section.
    var route: SiteURL?
    var timeZone: TimeZone
    /// The firm's zone (`MENTOR_TIMEZONE`), in which days are stored; nil: the same as `timeZone`.
    var firmTimeZone: TimeZone? = nil
    /// Unread notifications, for the count in the navigation.
    var unreadNotifications = 0

    var isSignedIn: Bool { personID != nil }
    var formats: Formats { Formats(language: language, timeZone: timeZone, dayZone: firmTimeZone) }

    func has(_ role: Role) -> Bool { roles.contains(role) }
}

struct ViewerKey: StorageKey {
    typealias Value = Viewer
}

extension Request {
    var viewer: Viewer {
        get {
            storage[ViewerKey.self] ?? Viewer(personID: nil, name: nil, email: nil, organisationID: nil, organisationName: nil,
                                              roles: [], language: .nl, csrfToken: "", path: url.path,
                                              timeZone: application.settings.timeZone)
        }
        set { storage[ViewerKey.self] = newValue }
    }

    /// The signed-in person's organisation; every query of organisation data filters on it.
    func organisationID() throws -> UUID {
        guard let id = viewer.organisationID else { throw Abort(.unauthorized) }
        return id
    }

    /// The record named by the `id` parameter when it belongs to the viewer's organisation;
    /// any other id is "not found", also when it exists in another organisation.
    func ownRecord<M: Model>(_ type: M.Type, _ organisation: KeyPath<M, ParentProperty<M, Organisation>>) async throws -> M where M.IDValue == UUID {
        guard let id = uuidParameter("id"), let record = try await M.find(id, on: db),
              record[keyPath: organisation].id == (try organisationID())
        else { throw PageError.notFound }
        return record
    }

    func personID() throws -> UUID {
        guard let id = viewer.personID else { throw Abort(.unauthorized) }
        return id
    }
}

/// Loads the signed-in person, their roles and organisation, picks the language and works
/// out the request's CSRF token. It touches the session only for a signed-in person, so a
/// visitor's page writes no session row: their token is bound to the `mentor-csrf` cookie.
struct ViewerMiddleware: AsyncMiddleware {
    /// The language chosen with the switch in the header while not signed in.
    static let languageCookie = "mentor-lang"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // Load balancers and Prometheus call these often; they must not create sessions.
        if SiteURL.isSessionless(request.url.path) {
            return try await next.respond(to: request)
        }
        var viewer = request.viewer
        let chosenLanguage = request.cookies[Self.languageCookie].flatMap { Language(rawValue: $0.string) }
        var organisationDefault = Language.nl
        var newVisitorCookie: String?
        let sessionPerson = request.hasSession ? Sessions.personID(in: request.session.data) : nil
        var signedIn: SignedIn?
        if let sessionPerson {
            if let read = request.storage[DatabaseSessions.SignedInKey.self], read.personID == sessionPerson { signedIn = read }
            else { signedIn = try await SessionQuery.person(sessionPerson, unread: request.method == .GET, on: request.db) }
            if signedIn?.active != true {
                signedIn = nil
                request.session.unauthenticate(Person.self)
            }
        }
        if let signedIn {
            viewer.personID = signedIn.personID
            viewer.name = signedIn.name
            viewer.email = signedIn.email
            viewer.organisationID = signedIn.organisationID
            viewer.organisationName = signedIn.organisationName
            viewer.roles = signedIn.roles
            viewer.unreadNotifications = signedIn.unreadNotifications ?? 0
            // Every page, form and download reads and writes times in the viewer's own zone.
            viewer.firmTimeZone = request.application.settings.timeZone
            viewer.timeZone = PersonalTimeZone.resolve(signedIn.timeZone, firm: request.application.settings.timeZone)
            organisationDefault = signedIn.organisationLanguage
            viewer.language = Language.negotiate(personal: signedIn.language ?? chosenLanguage,
                                                 acceptLanguage: request.headers.first(name: .acceptLanguage),
                                                 fallback: organisationDefault)
            viewer.csrfToken = CSRF.sessionToken(for: request)
        } else {
            viewer.language = Language.negotiate(personal: chosenLanguage,
                                                 acceptLanguage: request.headers.first(name: .acceptLanguage),
                                                 fallback: organisationDefault)
            var cookie = request.cookies[CSRF.cookieName]?.string ?? ""
            if !CSRF.isWellFormedCookie(cookie) {
                cookie = CSRF.newToken()
                newVisitorCookie = cookie
            }
            let key = try await request.application.serverSecrets.key("csrf", on: request.db)
            viewer.csrfToken = CSRF.visitorToken(cookie: cookie, key: key)
        }
        request.viewer = viewer
        let response = try await next.respond(to: request)
        // Signing in (a password, a reset link) logs the person in for this request; the
        // session remembers them from the next request on.
        if let person = request.auth.get(Person.self), person.id != nil { request.session.authenticate(person) }
        if let newVisitorCookie {
            response.cookies[CSRF.cookieName] = CSRF.cookie(newVisitorCookie, secure: request.application.settings.secureCookies)
        }
        return response
    }
}

extension Viewer {
    /// A signed-in viewer for rendering a page from its mock, without a database.
    static func mock(language: Language, roles: Set<Role>, route: SiteURL? = nil) -> Viewer {
        var viewer = Viewer(personID: UUID(uuidString: "00000000-0000-4000-8000-000000000001"), name: "Sanne de Vries",
                            email: "sanne@example.org", organisationID: UUID(uuidString: "00000000-0000-4000-8000-000000000002"),
                            organisationName: "Van Dijk & Partners", roles: roles, language: language, csrfToken: "csrf-token",
                            path: (route ?? .home).path, timeZone: TimeZone(identifier: "Europe/Amsterdam") ?? .current)
        viewer.route = route
        return viewer
    }
}
