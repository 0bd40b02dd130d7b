import Fluent
import SQLKit
import FluentSQLiteDriver
import Foundation

/// A value bound into a lean query: one id, a list of ids, or a text.
enum LeanBind: Sendable {
    case id(UUID)
    /// Becomes `(?, ?, ...)`; an empty list becomes `(NULL)`, which matches nothing.
    case ids([UUID])
    case text(String)
}

/// Reads rows by column into plain values, on SQLite and PostgreSQL alike, without building a
/// Fluent model per row (the mirror's "lean rows", for the pages many people read).
enum LeanQuery {
    /// Runs `sql`, in which every `?` stands for the next of `binds`, and maps each row.
    /// The SQL is written by the caller from constants; values only ever go in as binds.
    static func rows<T>(_ sql: String, _ binds: [LeanBind], on db: any Database,
                        _ transform: (LeanRow) throws -> T) async throws -> [T] {
        let parts = sql.components(separatedBy: "?")
        precondition(parts.count == binds.count + 1, "one bind per placeholder")
        if let sqlite = db as? any SQLiteDatabase {
            let encoder = SQLiteDataEncoder()
            var text = parts[0], values: [SQLiteData] = []
            for (bind, part) in zip(binds, parts.dropFirst()) {
                switch bind {
                case .id(let id):
                    text += "?"
                    values.append(try encoder.encode(id))
                case .ids(let ids):
                    text += ids.isEmpty ? "(NULL)" : "(" + Array(repeating: "?", count: ids.count).joined(separator: ", ") + ")"
                    values += try ids.map { try encoder.encode($0) }
                case .text(let value):
                    text += "?"
                    values.append(.text(value))
                }
                text += part
            }
            // Logged as the drivers log theirs, so `LOG_LEVEL=debug` and the tests' query counter see it.
            db.logger.debug("Executing query", metadata: ["sql": .string(text)])
            return try await sqlite.query(text, values).map { try transform(LeanRow(sqlite: $0, sql: nil)) }
        }
        guard let database = db as? any SQLDatabase else { throw PageError.notFound }
        var query: SQLQueryString = ""
        query.appendLiteral(parts[0])
        for (bind, part) in zip(binds, parts.dropFirst()) {
            switch bind {
            case .id(let id): query.appendInterpolation(bind: id)
            case .ids(let ids) where ids.isEmpty: query.appendLiteral("(NULL)")
            case .ids(let ids): query.appendInterpolation(SQLGroupExpression(SQLList(ids.map { SQLBind($0) })))
            case .text(let value): query.appendInterpolation(bind: value)
            }
            query.appendLiteral(part)
        }
        return try await database.raw(query).all().map { try transform(LeanRow(sqlite: nil, sql: $0)) }
    }
}
