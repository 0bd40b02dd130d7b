import Vapor
import Fluent
import SQLKit

/// Random secrets shared by every server on one database (table `server_secrets`,
/// migration 009). The first server to need one inserts it; an insert that loses the race
/// is ignored and everyone reads the row that won. Each server keeps it in memory after
/// the first read. Nothing to configure: a new installation makes its own.
final class ServerSecrets: @unchecked Sendable {
    private let lock = NSLock()
    private var keys: [String: SymmetricKey] = [:]

    func key(_ name: String, on db: any Database) async throws -> SymmetricKey {
        if let key = lock.withLock({ keys[name] }) { return key }
        guard let sql = db as? any SQLDatabase else { throw Abort(.internalServerError, reason: "server secrets need an SQL database") }
        try await sql.insert(into: "server_secrets").columns("name", "value")
            .values(SQLBind(name), SQLBind([UInt8].random(count: 32).base64URLEncoded))
            .ignoringConflicts(with: "name").run()
        guard let row = try await sql.select().column("value").from("server_secrets").where("name", .equal, SQLBind(name)).first() else {
            throw Abort(.internalServerError, reason: "server secret \(name) missing")
        }
        let key = SymmetricKey(data: Data(try row.decode(column: "value", as: String.self).utf8))
        lock.withLock { keys[name] = key }
        return key
    }
}

struct ServerSecretsKey: StorageKey { typealias Value = ServerSecrets }

extension Application {
    /// Set once in `configure`.
    var serverSecrets: ServerSecrets { storage[ServerSecretsKey.self]! }
}
