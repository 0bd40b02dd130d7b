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
        app.threadPool = WriteTransactions.sqliteThreadPool(for: app)
        app.databases.use(.sqlite(.file(path)), as: .sqlite)
    case .postgres(let url, let searchPath):
        var configuration = try SQLPostgresConfiguration(url: url)
        if let searchPath { configuration.searchPath = [searchPath] }
        // Two connections per event loop, and a request waits up to 30 s for one: under a burst
        // of writes to one pair (each holding its row lock briefly) waiting is better than a 503.
        app.databases.use(.postgres(configuration: configuration, maxConnectionsPerEventLoop: 2,
                                    connectionPoolTimeout: .seconds(30)), as: .psql)
    }
    app.migrations.add(MentorMigrations.all)

    // Bcrypt pool, database sessions with server-side lifetimes, form-token secrets.
    app.setUpSignIn(settings)
    // Each endpoint reads its body up to its own `maxBody` (Core/RequestLimits.swift); this
    // default only bounds a route registered some other way.
    app.routes.defaultMaxBodySize = "128kb"
    app.storage[WriteGate.Key.self] = WriteGate()
    app.storage[OpenIDProviderCacheKey.self] = OpenIDProviderCache()

    app.middleware = Middlewares()
    app.middleware.use(RequestMetricsMiddleware(metrics: app.requestMetrics))
    app.middleware.use(SecurityHeadersMiddleware())
    // Twice on purpose: the outer one turns a failure of the session or viewer middleware
    // (a database error while reading the session, say) into the error page, counted above;
    // the inner one catches the handlers' errors inside the session middleware, so a page
    // that answers with an error still saves its session (and the CSRF token its forms carry).
    app.middleware.use(ErrorPageMiddleware())
    app.middleware.use(SessionsUnlessSessionless(sessions: app.sessions.middleware))
    app.middleware.use(ViewerMiddleware())
    app.middleware.use(ErrorPageMiddleware())
    // Innermost: on /scim/v2 every error (a handler's, the router's 404, the body limit) is answered
    // in SCIM's JSON error format before the error page above could turn it into HTML.
    app.middleware.use(SCIMErrorMiddleware())

    try routes(app)
}

extension Application {
    /// On SQLite, write-ahead logging lets pages read while another request writes, and makes
    /// each commit an append instead of a rewrite. The setting is stored in the file.
    func prepareStorage() async throws {
        guard case .sqlite = settings.storage, let sql = db as? any SQLDatabase else { return }
        try await sql.raw("PRAGMA journal_mode=WAL").run()
        try await WriteTransactions.prepare(self)
    }
}

/// Vapor's sessions middleware, skipped for the health check, metrics and assets: they are
/// called often, by load balancers, Prometheus and every page's style sheet, and a cookie sent
/// along must not cost a session read.
struct SessionsUnlessSessionless: AsyncMiddleware {
    let sessions: SessionsMiddleware

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if SiteURL.isSessionless(request.url.path) { return try await next.respond(to: request) }
        return try await sessions.respond(to: request, chainingTo: next).get()
    }
}

/// Headers that keep pages from being framed, sniffed or leaking where they came from.
struct SecurityHeadersMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
        response.headers.replaceOrAdd(name: "Content-Security-Policy", value: "default-src 'self'; img-src 'self' data:; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'")
        return response
    }
}
