import Fluent
import SQLKit
import FluentSQLiteDriver
import Foundation
import MentorCore

/// A value bound into a lean query: one id, a list of ids, a text or a number.
enum LeanBind: Sendable {
    case id(UUID)
    /// Becomes `(?, ?, ...)`; an empty list becomes `(NULL)`, which matches nothing.
    case ids([UUID])
    case text(String)
    case int(Int)
}

/// A statement written once, as static SQL text in which every `?` stands for a bound value.
/// Its text is split at the placeholders when it is made (a `static let` on the hot paths), so
/// a request only joins the parts with its values: no SQLKit builder or serializer, and no
/// Foundation string splitting per request.
///
/// On SQLite a statement without a list of ids is sent exactly as written (`?` is SQLite's
/// own placeholder); on PostgreSQL the parts are joined with `$1, $2, ...` binds.
struct LeanStatement: Sendable, ExpressibleByStringLiteral {
    let sql: String
    /// The text between the placeholders: one more part than there are placeholders.
    let parts: [Substring]

    init(_ sql: String) {
        self.sql = sql
        parts = sql.split(separator: "?", omittingEmptySubsequences: false)
    }

    init(stringLiteral sql: String) { self.init(sql) }

    var placeholders: Int { parts.count - 1 }
}

/// Reads rows by column into plain values, on SQLite and PostgreSQL alike, without building a
/// Fluent model per row (the mirror's "lean rows", for the pages many people read).
enum LeanQuery {
    /// Runs `sql`, in which every `?` stands for the next of `binds`, and maps each row.
    /// The SQL is written by the caller from constants; values only ever go in as binds.
    static func rows<T>(_ sql: String, _ binds: [LeanBind], on db: any Database,
                        _ transform: (LeanRow) throws -> T) async throws -> [T] {
        try await rows(LeanStatement(sql), binds, on: db, transform)
    }

    /// Runs a statement made once, with this request's values, and maps each row.
    static func rows<T>(_ statement: LeanStatement, _ binds: [LeanBind], on db: any Database,
                        _ transform: (LeanRow) throws -> T) async throws -> [T] {
        precondition(statement.placeholders == binds.count, "one bind per placeholder")
        if let sqlite = db as? any SQLiteDatabase {
            var text: String
            if binds.contains(where: { if case .ids = $0 { true } else { false } }) {
                text = String(statement.parts[0])
                for (bind, part) in zip(binds, statement.parts.dropFirst()) {
                    if case .ids(let ids) = bind {
                        text += ids.isEmpty ? "(NULL)" : "(?" + String(repeating: ", ?", count: ids.count - 1) + ")"
                    } else {
                        text += "?"
                    }
                    text += part
                }
            } else {
                text = statement.sql
            }
            var values: [SQLiteData] = []
            values.reserveCapacity(binds.count)
            for bind in binds {
                switch bind {
                // Fluent stores UUIDs on SQLite as their text in capitals (UUID's `Codable` form).
                case .id(let id): values.append(.text(UUIDText.uppercase(id)))
                case .ids(let ids): for id in ids { values.append(.text(UUIDText.uppercase(id))) }
                case .text(let value): values.append(.text(value))
                case .int(let value): values.append(.integer(value))
                }
            }
            // Logged as the drivers log theirs, so `LOG_LEVEL=debug` and the tests' query counter see it.
            db.logger.debug("Executing query", metadata: ["sql": .string(text)])
            let rows = try await sqliteRows(text, values, on: sqlite)
            return try rows.map { try transform(LeanRow(sqlite: $0, sql: nil)) }
        }
        guard let database = db as? any SQLDatabase else { throw PageError.notFound }
        var query: SQLQueryString = ""
        query.appendLiteral(String(statement.parts[0]))
        for (bind, part) in zip(binds, statement.parts.dropFirst()) {
            switch bind {
            case .id(let id): query.appendInterpolation(bind: id)
            case .ids(let ids) where ids.isEmpty: query.appendLiteral("(NULL)")
            case .ids(let ids): query.appendInterpolation(SQLGroupExpression(SQLList(ids.map { SQLBind($0) })))
            case .text(let value): query.appendInterpolation(bind: value)
            case .int(let value): query.appendInterpolation(bind: value)
            }
            query.appendLiteral(String(part))
        }
        return try await database.raw(query).all().map { try transform(LeanRow(sqlite: nil, sql: $0)) }
    }

    /// The rows of one statement from a pooled SQLite connection. SQLiteNIO's connection reads
    /// the rows on its thread and hands them over at once; the database's own `query` would
    /// schedule one event-loop task per row.
    private static func sqliteRows(_ text: String, _ values: [SQLiteData], on sqlite: any SQLiteDatabase) async throws -> [SQLiteRow] {
        try await sqlite.withConnection { connection in
            nonisolated(unsafe) var rows: [SQLiteRow] = []
            try await connection.query(text, values) { rows.append($0) }
            return rows
        }
    }
}

/// One row of a lean query: SQLite values read directly, anything else through SQLKit.
struct LeanRow {
    let sqlite: SQLiteRow?
    let sql: (any SQLRow)?

    private func value(_ column: String) -> SQLiteData? { sqlite?.column(column) }

    func uuid(_ column: String) throws -> UUID {
        switch value(column) {
        case .blob(let buffer)? where buffer.readableBytes == 16:
            if let b = buffer.getBytes(at: buffer.readerIndex, length: 16) {
                return UUID(uuid: (b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]))
            }
        case .text(let text)?: if let id = UUIDText.parse(text) { return id }
        default: break
        }
        return try decode(column, UUID.self)
    }

    func optionalUUID(_ column: String) throws -> UUID? {
        if case .null? = value(column) { return nil }
        if sqlite != nil { return try uuid(column) }
        return try decode(column, UUID?.self)
    }

    func string(_ column: String) throws -> String {
        if case .text(let text)? = value(column) { return text }
        return try decode(column, String.self)
    }

    func optionalString(_ column: String) throws -> String? {
        switch value(column) {
        case .null?: return nil
        case .text(let text)?: return text
        default: return try decode(column, String?.self)
        }
    }

    func int(_ column: String) throws -> Int {
        if case .integer(let number)? = value(column) { return number }
        return try decode(column, Int.self)
    }

    /// A boolean column: an integer on SQLite, a `boolean` on PostgreSQL.
    func bool(_ column: String) throws -> Bool {
        if case .integer(let number)? = value(column) { return number != 0 }
        return try decode(column, Bool.self)
    }

    func double(_ column: String) throws -> Double {
        switch value(column) {
        case .float(let number)?: return number
        case .integer(let number)?: return Double(number)
        default: return try decode(column, Double.self)
        }
    }

    func optionalDouble(_ column: String) throws -> Double? {
        switch value(column) {
        case .null?: return nil
        case .float(let number)?: return number
        case .integer(let number)?: return Double(number)
        default: return try decode(column, Double?.self)
        }
    }

    /// Fluent stores dates on SQLite as seconds since 1970; text (a column's SQL default) and
    /// PostgreSQL's timestamps go through the drivers' decoders.
    func date(_ column: String) throws -> Date {
        switch value(column) {
        case .float(let seconds)?: return Date(timeIntervalSince1970: seconds)
        case .integer(let seconds)?: return Date(timeIntervalSince1970: Double(seconds))
        default: return try decode(column, Date.self)
        }
    }

    func optionalDate(_ column: String) throws -> Date? {
        switch value(column) {
        case .null?: return nil
        case .float(let seconds)?: return Date(timeIntervalSince1970: seconds)
        case .integer(let seconds)?: return Date(timeIntervalSince1970: Double(seconds))
        default: return try decode(column, Date?.self)
        }
    }

    /// Parses the 36-character text form of a UUID by hand (`UUIDText`).
    static func uuid(_ text: String) -> UUID? { UUIDText.parse(text) }

    private func decode<T: Decodable>(_ column: String, _ type: T.Type) throws -> T {
        if let sql { return try sql.decode(column: column, as: type) }
        guard let data = sqlite?.column(column) else { throw PageError.notFound }
        return try SQLiteDataDecoder().decode(type, from: data)
    }
}

extension LeanRow {
    /// A column holding a `Codable` value (JSON text on SQLite, `jsonb` on PostgreSQL), through the drivers' decoders.
    func decoded<T: Decodable>(_ column: String, as type: T.Type) throws -> T {
        if let sql { return try sql.decode(column: column, as: type) }
        guard let data = sqlite?.column(column) else { throw PageError.notFound }
        return try SQLiteDataDecoder().decode(type, from: data)
    }
}
