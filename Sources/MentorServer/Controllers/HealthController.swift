import Vapor
import Fluent
import MentorCore

/// Programme health for coordinators: figures only, pairs named only where the coordinator
/// has to act, a comparison across programmes and every table as CSV or Excel (`?format=xlsx`).
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
        let format = try request.tableFormat()
        let health = try await ProgrammeHealthQuery.health(of: programme, now: request.now, on: request.db)
        let language = request.viewer.language
        let title = T.healthTableName(table)(language)
        return try TableDownload(rows: HealthPage.rows(table, health: health, viewer: request.viewer),
                                 name: TableDownload.fileName(title, programme.name), sheetName: title)
            .response(format, language: language, now: request.now)
    }

    @Sendable func compare(_ request: Request) async throws -> Response {
        let model = try await ComparePage.Query.model(organisationID: try request.organisationID(), now: request.now, on: request.db)
        return ComparePage.render(model, viewer: request.viewer).response()
    }

    @Sendable func compareExport(_ request: Request) async throws -> Response {
        let format = try request.tableFormat()
        let model = try await ComparePage.Query.model(organisationID: try request.organisationID(), now: request.now, on: request.db)
        let language = request.viewer.language
        return try TableDownload(rows: ComparePage.rows(model.rows, viewer: request.viewer),
                                 name: TableDownload.fileName(T.programmesFileName(language)), sheetName: T.compareProgrammes(language))
            .response(format, language: language, now: request.now)
    }
}
