import Vapor
import Fluent
import SQLKit

/// Health for load balancers, metrics for Prometheus, and the style sheet.
struct OperationsController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .health, .anyone, health),
            Endpoint(.GET, .metrics, .anyone, metrics),
            Endpoint(.GET, .asset(.key), .anyone, asset),
        ]
    }

    /// 200 when the database answers a query, 503 otherwise.
    @Sendable func health(_ request: Request) async throws -> Response {
        do {
            guard let sql = request.db as? any SQLDatabase else { throw Abort(.serviceUnavailable) }
            try await sql.raw("SELECT 1").run()
            return try await ["status": "ok", "database": "ok"].encodeResponse(status: .ok, for: request)
        } catch {
            request.logger.error("health check failed", metadata: ["error": "\(error)"])
            return try await ["status": "unavailable", "database": "unreachable"].encodeResponse(status: .serviceUnavailable, for: request)
        }
    }

    @Sendable func metrics(_ request: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "text", subType: "plain", parameters: ["version": "0.0.4", "charset": "utf-8"])
        return Response(status: .ok, headers: headers, body: .init(string: request.application.requestMetrics.exposition()))
    }

    @Sendable func asset(_ request: Request) async throws -> Response {
        guard request.url.path == Stylesheet.path else { throw PageError.notFound }
        return Stylesheet.response()
    }
}
