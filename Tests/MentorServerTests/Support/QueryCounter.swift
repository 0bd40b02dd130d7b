import Foundation
import Logging
import NIOConcurrencyHelpers
import Vapor
@testable import MentorServer

/// Counts the SQL statements a request runs, on SQLite and PostgreSQL alike: both drivers log
/// every statement ("Executing query" with its `sql`) to the request's logger, and this
/// counter, installed as the outermost middleware, gives each request a logger that counts
/// them. The session, the viewer and the page's own reads are all included.
///
///     let counter = QueryCounter.install(on: app)
///     let (queries, response) = try await counter.measure { try await client.get("/") }
final class QueryCounter: AsyncMiddleware, @unchecked Sendable {
    private let statements = NIOLockedValueBox<[String]>([])

    static func install(on app: Application) -> QueryCounter {
        let counter = QueryCounter()
        app.middleware.use(counter, at: .beginning)
        return counter
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let statements = self.statements
        request.logger = Logger(label: "query-counter") { _ in CountingLogHandler(statements: statements) }
        return try await next.respond(to: request)
    }

    /// The statements run while `work` ran, and its result.
    func measure<T>(_ work: () async throws -> T) async throws -> (statements: [String], result: T) {
        statements.withLockedValue { $0 = [] }
        let result = try await work()
        return (statements.withLockedValue { $0 }, result)
    }
}

private struct CountingLogHandler: LogHandler {
    let statements: NIOLockedValueBox<[String]>
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        if let sql = event.metadata?["sql"] {
            statements.withLockedValue { $0.append("\(sql)") }
        } else if event.level >= .warning {
            print("[\(event.level)] \(event.message) \(event.metadata ?? [:])")
        }
    }
}
