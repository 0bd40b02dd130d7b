import Foundation
import Fluent
import SQLKit

/// Every row of every table, every column as text, to prove what a command changed and what
/// it left alone. Rows are keyed by their `id` (or, without one, their first column).
struct DatabaseSnapshot: Equatable {
    /// table -> row key -> column -> value (nil for NULL)
    var tables: [String: [String: [String: String?]]]

    /// One cell that differs, or a whole row that appeared (`before == nil`) or went (`after == nil`).
    struct Difference: CustomStringConvertible {
        var table: String
        var row: String
        var column: String?
        var before: String??
        var after: String??

        var rowKey: String { "\(table)/\(row)" }
        var cellKey: String { "\(table)/\(row)/\(column ?? "*")" }
        var description: String { "\(cellKey): \(String(describing: before)) -> \(String(describing: after))" }
    }

    static func take(of db: any Database) async throws -> DatabaseSnapshot {
        guard let sql = db as? any SQLDatabase else { return DatabaseSnapshot(tables: [:]) }
        let postgres = sql.dialect.name == "postgresql"
        var tables: [String: [String: [String: String?]]] = [:]
        for table in try await tableNames(sql, postgres: postgres) {
            let columns = try await columnNames(of: table, sql, postgres: postgres)
            guard !columns.isEmpty else { continue }
            // Text as it is; anything else with its type and SQL literal, so 1 and '1' differ.
            let cells: [SQLQueryString] = columns.map { column in
                postgres
                    ? "\(ident: column)::text AS \(ident: column)"
                    : "CASE WHEN \(ident: column) IS NULL THEN NULL WHEN typeof(\(ident: column)) = 'text' THEN \(ident: column) ELSE typeof(\(ident: column)) || ':' || quote(\(ident: column)) END AS \(ident: column)"
            }
            let hasID = columns.contains("id")
            var select: SQLQueryString = hasID ? "SELECT \(ident: "id") AS \(ident: "row_key__"), " : "SELECT "
            select += cells.joined(separator: ", ") + " FROM \(ident: table)"
            var rows: [String: [String: String?]] = [:]
            for row in try await sql.raw(select).all() {
                var values: [String: String?] = [:]
                for column in columns { values[column] = try row.decode(column: column, as: String?.self) }
                let fallback = (values[hasID ? "id" : columns[0]] ?? nil) ?? ""
                let key = hasID ? ((try? row.decode(column: "row_key__", as: UUID.self))?.uuidString ?? fallback) : fallback
                rows[key] = values
            }
            tables[table] = rows
        }
        return DatabaseSnapshot(tables: tables)
    }

    /// Everything that differs between `self` (before) and `after`.
    func differences(to after: DatabaseSnapshot) -> [Difference] {
        var result: [Difference] = []
        for table in Set(tables.keys).union(after.tables.keys).sorted() {
            let old = tables[table] ?? [:], new = after.tables[table] ?? [:]
            for row in Set(old.keys).union(new.keys).sorted() {
                switch (old[row], new[row]) {
                case let (before?, after?):
                    for column in Set(before.keys).union(after.keys).sorted() where before[column] != after[column] {
                        result.append(Difference(table: table, row: row, column: column, before: before[column], after: after[column]))
                    }
                case (nil, _?):
                    result.append(Difference(table: table, row: row, column: nil, before: nil, after: .some(nil)))
                case (_?, nil):
                    result.append(Difference(table: table, row: row, column: nil, before: .some(nil), after: nil))
                case (nil, nil):
                    break
                }
            }
        }
        return result
    }

    static func tableNames(_ sql: any SQLDatabase, postgres: Bool) async throws -> [String] {
        let query: SQLQueryString = postgres
            ? "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        return try await sql.raw(query).all().map { try $0.decode(column: "name", as: String.self) }
    }

    static func columnNames(of table: String, _ sql: any SQLDatabase, postgres: Bool) async throws -> [String] {
        let query: SQLQueryString = postgres
            ? "SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = \(bind: table) ORDER BY ordinal_position"
            : "SELECT name FROM pragma_table_info(\(bind: table))"
        return try await sql.raw(query).all().map { try $0.decode(column: "name", as: String.self) }
    }
}
