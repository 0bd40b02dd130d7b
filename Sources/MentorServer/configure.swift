import Vapor
import Fluent
import FluentSQLiteDriver
import FluentPostgresDriver
import SQLKit

/// Sets up an application: database, migrations, sessions, middleware and routes.
/// Tests call it with their own settings, so they never touch a developer's database.
public func configure(_ app: Application, settings: AppSettings) async throws {
    app.settings = settings
    switch settings.storage {
    case .sqlite(let path):
        app.databases.use(.sqlite(.file(path)), as: .sqlite)
    case .postgres(let url, let searchPath):
        var configuration = try SQLPostgresConfiguration(url: url)
        if let searchPath { configuration.searchPath = [searchPath] }
        app.databases.use(.postgres(configuration: configuration), as: .psql)
    }
    app.migrations.add(MentorMigrations.all)

    app.passwords.use(.bcrypt(cost: settings.bcryptCost))
    app.sessions.use { _ in ChangeAwareSessions() }
    let secure = settings.secureCookies
    app.sessions.configuration = SessionsConfiguration(cookieName: "mentor-session") { sessionID in
        HTTPCookies.Value(string: sessionID.string, expires: Date(timeIntervalSinceNow: 60 * 60 * 12), maxAge: nil,
                          domain: nil, path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }
    // Uploads (CSV imports, transcripts later) are read whole; 16 MB is well above a real import.
    app.routes.defaultMaxBodySize = "16mb"

    app.middleware = Middlewares()
    app.middleware.use(RequestMetricsMiddleware(metrics: app.requestMetrics))
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(app.sessions.middleware)
    app.middleware.use(Person.sessionAuthenticator())
    app.middleware.use(ViewerMiddleware())
    app.middleware.use(ErrorPageMiddleware())

    try routes(app)
}

extension Application {
    /// On SQLite, write-ahead logging lets pages read while another request writes, and makes
    /// each commit an append instead of a rewrite. The setting is stored in the file.
    func prepareStorage() async throws {
        guard case .sqlite = settings.storage, let sql = db as? any SQLDatabase else { return }
        try await sql.raw("PRAGMA journal_mode=WAL").run()
    }
}

/// Headers that keep pages from being framed, sniffed or leaking where they came from.
struct SecurityHeadersMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
        response.headers.replaceOrAdd(name: "Content-Security-Policy", value: "default-src 'self'; img-src 'self' data:; style-src 'self'; form-action 'self'; frame-ancestors 'none'")
        return response
    }
}
