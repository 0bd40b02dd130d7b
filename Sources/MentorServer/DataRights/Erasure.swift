import Vapor
import Fluent
import SQLKit
import MentorCore
import Foundation

/// Erasing a person: their own records go, records others need (the pair's conversations,
/// goals, the mentee's evidence) stay without the person's identity, and the person's name
/// and e-mail address are replaced wherever they were written in any table.
enum Erasure {
    static let erasedName = "Erased person"
    static let marker = "[erased]"

    static func erase(_ person: Person, by actorID: UUID?, on db: any Database) async throws {
        let personID = person.id!
        let name = person.name, email = person.email
        try await db.transaction { db in
            // What was the person's alone.
            try await Notification.query(on: db).filter(\.$person.$id == personID).delete()
            try await OutboxMessage.query(on: db).filter(\.$recipient == email).delete()
            try await MatchingPreference.query(on: db).group(.or) { $0.filter(\.$person.$id == personID).filter(\.$target.$id == personID) }.delete()
            try await MatchingMark.query(on: db).group(.or) { $0.filter(\.$mentee.$id == personID).filter(\.$mentor.$id == personID) }.delete()
            try await Reflection.query(on: db).filter(\.$mentor.$id == personID).delete()
            try await PersonRole.query(on: db).filter(\.$person.$id == personID).delete()
            // Private notes are written by the pair's mentor and seen by nobody else.
            let mentored = try await Mentorship.query(on: db).filter(\.$mentor.$id == personID).all(\.$id)
            try await Conversation.query(on: db).filter(\.$mentorship.$id ~~ mentored).set(\.$privateNotes, to: "").update()
            for pair in try await Mentorship.query(on: db).group(.or, { $0.filter(\.$mentor.$id == personID).filter(\.$mentee.$id == personID) }).all() {
                let side: PairSide = pair.$mentor.id == personID ? .mentor : .mentee
                try await FitCheck.query(on: db).filter(\.$mentorship.$id == pair.id!).filter(\.$side == side).set(\.$comment, to: "").update()
            }
            try await Person.query(on: db).filter(\.$manager.$id == personID).set(\.$manager.$id, to: nil).update()
            // The person row stays, so others' records keep pointing somewhere, without identity.
            person.name = erasedName
            person.email = "erased-\(personID.uuidString.lowercased())@invalid"
            person.passwordHash = "!" + [UInt8].random(count: 24).base64
            person.language = nil
            person.seniority = nil
            person.practiceGroup = ""
            person.expertiseText = ""
            person.languagesText = ""
            person.calendarToken = nil
            person.$manager.id = nil
            person.active = false
            person.notifyByEmail = false
            person.failedSignIns = 0
            person.lockedUntil = nil
            try await person.save(on: db)
            // Their sessions end; then the name and address are replaced in every text column.
            if let sql = db as? any SQLDatabase {
                try await sql.raw("DELETE FROM _fluent_sessions WHERE \(unsafeRaw: sql.dialect.name == "postgresql" ? "data::text" : "CAST(data AS TEXT)") LIKE \(bind: "%\(personID.uuidString)%")").run()
            }
            try await scrub([email, name].filter { $0.count >= 4 }, on: db)
            try await Audit.record("erase", "person", id: personID, summary: "personal data erased", organisationID: person.organisationID, actorID: actorID, on: db)
        }
    }

    /// A column that can hold text; `json` marks PostgreSQL's JSON types, which are replaced as text and cast back.
    struct TextColumn {
        var table: String
        var column: String
        var json: Bool

        /// The column as text, in the database's own words.
        func text(postgres: Bool) -> String { postgres ? "\"\(column)\"::text" : "CAST(\"\(column)\" AS TEXT)" }
    }

    /// The text columns of every table, read once from SQLite's `pragma_table_info` or PostgreSQL's `information_schema`.
    static func textColumns(on db: any Database) async throws -> [TextColumn] {
        guard let sql = db as? any SQLDatabase else { return [] }
        var result: [TextColumn] = []
        if sql.dialect.name == "postgresql" {
            for row in try await sql.raw("""
                SELECT table_name, column_name, data_type FROM information_schema.columns
                WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying', 'jsonb', 'json')
                """).all() {
                result.append(TextColumn(table: try row.decode(column: "table_name", as: String.self), column: try row.decode(column: "column_name", as: String.self),
                                         json: try row.decode(column: "data_type", as: String.self).hasPrefix("json")))
            }
        } else {
            for table in try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() {
                let name = try table.decode(column: "name", as: String.self)
                for column in try await sql.raw("SELECT name, type FROM pragma_table_info(\(bind: name))").all() {
                    let type = (try? column.decode(column: "type", as: String.self))?.uppercased() ?? ""
                    if type.isEmpty || type.contains("TEXT") || type.contains("CHAR") || type.contains("JSON") {
                        result.append(TextColumn(table: name, column: try column.decode(column: "name", as: String.self), json: false))
                    }
                }
            }
        }
        return result.filter { $0.table != "_fluent_migrations" }
    }

    /// Replaces each of `texts` in every text column of every table.
    static func scrub(_ texts: [String], on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        let postgres = sql.dialect.name == "postgresql"
        let columns = try await textColumns(on: db)
        for text in texts {
            for column in columns {
                let value = column.text(postgres: postgres)
                let contains = postgres ? "strpos(\(value), " : "instr(\(value), "
                try await sql.raw("""
                    UPDATE "\(unsafeRaw: column.table)" SET "\(unsafeRaw: column.column)" = \(unsafeRaw: column.json ? "(" : "")replace(\(unsafeRaw: value), \(bind: text), \(bind: marker))\(unsafeRaw: column.json ? ")::jsonb" : "")
                    WHERE \(unsafeRaw: contains)\(bind: text)) > 0
                    """).run()
            }
        }
    }

    /// Rows of any table that still contain `text` (for tests and the erasure check).
    static func traces(of text: String, on db: any Database) async throws -> [String] {
        guard let sql = db as? any SQLDatabase else { return [] }
        let postgres = sql.dialect.name == "postgresql"
        var found: [String] = []
        for column in try await textColumns(on: db) {
            let value = column.text(postgres: postgres)
            let condition = postgres ? "strpos(lower(\(value)), lower(" : "instr(lower(\(value)), lower("
            let rows = try await sql.raw("SELECT count(*) AS n FROM \"\(unsafeRaw: column.table)\" WHERE \(unsafeRaw: condition)\(bind: text))) > 0").all()
            if let count = try rows.first?.decode(column: "n", as: Int.self), count > 0 { found.append("\(column.table).\(column.column): \(count)") }
        }
        return found
    }
}
