import Vapor
import Prometheus

/// Request counts and latencies in Prometheus form, labelled by route pattern (not the raw
/// path, so ids do not explode the number of series), method and status class.
final class RequestMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()

    func record(method: String, route: String, status: UInt, seconds: Double) {
        let labels = [("method", method), ("route", route), ("status", "\(status / 100)xx")]
        registry.makeCounter(name: "mentor_http_requests_total", labels: labels).increment()
        registry.makeValueHistogram(name: "mentor_http_request_duration_seconds", labels: labels,
                                    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5]).record(seconds)
    }

    func exposition() -> String { registry.emitToString() }
}

struct RequestMetricsKey: StorageKey {
    typealias Value = RequestMetrics
}

extension Application {
    var requestMetrics: RequestMetrics {
        if let metrics = storage[RequestMetricsKey.self] { return metrics }
        let metrics = RequestMetrics()
        storage[RequestMetricsKey.self] = metrics
        return metrics
    }
}

struct RequestMetricsMiddleware: AsyncMiddleware {
    let metrics: RequestMetrics

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next.respond(to: request)
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let route = request.route.map { "/" + $0.path.map(\.description).joined(separator: "/") } ?? "unmatched"
        metrics.record(method: request.method.rawValue, route: route, status: response.status.code, seconds: seconds)
        return response
    }
}
