import Foundation
import Vapor
import VaporTesting
import Fluent
import SQLKit
@testable import MentorServer

/// Runs a test against a fresh, migrated database of its own: a temporary SQLite file, or,
/// when `DATABASE_URL` is set, a schema of its own in that PostgreSQL database.
func withTestApp(_ test: (Application) async throws -> Void) async throws {
    let app = try await Application.make(.testing)
    app.logger.logLevel = .warning
    let environment = ProcessInfo.processInfo.environment
    let storage: AppSettings.Storage
    var sqlitePath: String?
    var schema: String?
    if let url = environment["DATABASE_URL"], !url.isEmpty {
        schema = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        storage = .postgres(url: url, searchPath: schema)
    } else {
        sqlitePath = FileManager.default.temporaryDirectory.appendingPathComponent("mentor-test-\(UUID().uuidString).sqlite").path
        storage = .sqlite(path: sqlitePath!)
    }
    do {
        try await configure(app, settings: AppSettings(storage: storage, bcryptCost: 4))
        if let schema, let sql = app.db as? any SQLDatabase {
            try await sql.raw("CREATE SCHEMA \(ident: schema)").run()
        }
        try await app.autoMigrate()
        try await test(app)
    } catch {
        await cleanUp(app, schema: schema, sqlitePath: sqlitePath)
        throw error
    }
    await cleanUp(app, schema: schema, sqlitePath: sqlitePath)
}

private func cleanUp(_ app: Application, schema: String?, sqlitePath: String?) async {
    if let schema, let sql = app.db as? any SQLDatabase {
        try? await sql.raw("DROP SCHEMA IF EXISTS \(ident: schema) CASCADE").run()
    }
    try? await app.asyncShutdown()
    if let sqlitePath {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: sqlitePath + suffix) }
    }
}
