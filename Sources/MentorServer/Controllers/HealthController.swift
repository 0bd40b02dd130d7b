import Vapor
import Fluent
import MentorCore

/// Programme health for coordinators: figures only, pairs named only where the coordinator
/// has to act, a comparison across programmes and every table as CSV.
struct HealthController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .programmeHealth(.key), record: Programme.self, roles: [.coordinator], page),
            Endpoint(.GET, .programmeHealthExport(.key), record: Programme.self, roles: [.coordinator], export),
            Endpoint(.GET, .programmesCompare, .roles([.coordinator]), compare),
            Endpoint(.GET, .programmesCompareExport, .roles([.coordinator]), compareExport),
        ]
    }

    @Sendable func page(_ request: Request, _ programme: Programme) async throws -> Response {
        let model = try await HealthPage.Query.model(programme: programme, now: request.now, on: request.db)
        return HealthPage.render(model, viewer: request.viewer).response()
    }

    @Sendable func export(_ request: Request, _ programme: Programme) async throws -> Response {
        guard case .success(let table) = try request.query.decode(HealthPage.ExportForm.self).validated(request.viewer.language)
        else { throw PageError.badRequest }
        let health = try await ProgrammeHealthQuery.health(of: programme, now: request.now, on: request.db)
        return Self.csv(HealthPage.rows(table, health: health, viewer: request.viewer), name: "\(table.rawValue)-\(try programme.requireID()).csv")
    }

    @Sendable func compare(_ request: Request) async throws -> Response {
        let model = try await ComparePage.Query.model(organisationID: try request.organisationID(), now: request.now, on: request.db)
        return ComparePage.render(model, viewer: request.viewer).response()
    }

    @Sendable func compareExport(_ request: Request) async throws -> Response {
        let model = try await ComparePage.Query.model(organisationID: try request.organisationID(), now: request.now, on: request.db)
        return Self.csv(ComparePage.rows(model.rows, viewer: request.viewer), name: "programmes.csv")
    }

    static func csv(_ rows: [[String]], name: String) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(name)\"")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(string: CSV.write(rows)))
    }
}
