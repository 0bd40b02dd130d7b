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
            for text in [email, name] where text.count >= 4 {
                try await scrub(text, on: db)
            }
            try await Audit.record("erase", "person", id: personID, summary: "personal data erased", organisationID: person.organisationID, actorID: actorID, on: db)
        }
    }

    /// The text columns of every table: (table, column).
    static func textColumns(on db: any Database) async throws -> [(String, String)] {
        guard let sql = db as? any SQLDatabase else { return [] }
        var result: [(String, String)] = []
        if sql.dialect.name == "postgresql" {
            for row in try await sql.raw("""
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying', 'jsonb', 'json')
                """).all() {
                result.append((try row.decode(column: "table_name", as: String.self), try row.decode(column: "column_name", as: String.self)))
            }
        } else {
            for table in try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() {
                let name = try table.decode(column: "name", as: String.self)
                for column in try await sql.raw("SELECT name, type FROM pragma_table_info(\(bind: name))").all() {
                    let type = (try? column.decode(column: "type", as: String.self))?.uppercased() ?? ""
                    if type.isEmpty || type.contains("TEXT") || type.contains("CHAR") || type.contains("JSON") {
                        result.append((name, try column.decode(column: "name", as: String.self)))
                    }
                }
            }
        }
        return result.filter { $0.0 != "_fluent_migrations" }
    }

    /// Replaces `text` in every text column of every table.
    static func scrub(_ text: String, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        let postgres = sql.dialect.name == "postgresql"
        for (table, column) in try await textColumns(on: db) {
            let cast = postgres ? "\"\(column)\"::text" : "CAST(\"\(column)\" AS TEXT)"
            let contains = postgres ? "strpos(\(cast), " : "instr(\(cast), "
            // JSON columns in PostgreSQL are replaced as text and cast back.
            let json = postgres ? try await isJSONColumn(table, column, on: sql) : false
            try await sql.raw("""
                UPDATE "\(unsafeRaw: table)" SET "\(unsafeRaw: column)" = \(unsafeRaw: json ? "(" : "")replace(\(unsafeRaw: cast), \(bind: text), \(bind: marker))\(unsafeRaw: json ? ")::jsonb" : "")
                WHERE \(unsafeRaw: contains)\(bind: text)) > 0
                """).run()
        }
    }

    private static func isJSONColumn(_ table: String, _ column: String, on sql: any SQLDatabase) async throws -> Bool {
        let rows = try await sql.raw("""
            SELECT data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = \(bind: table) AND column_name = \(bind: column)
            """).all()
        return try rows.first?.decode(column: "data_type", as: String.self).hasPrefix("json") ?? false
    }

    /// Rows of any table that still contain `text` (for tests and the erasure check).
    static func traces(of text: String, on db: any Database) async throws -> [String] {
        guard let sql = db as? any SQLDatabase else { return [] }
        let postgres = sql.dialect.name == "postgresql"
        var found: [String] = []
        for (table, column) in try await textColumns(on: db) {
            let cast = postgres ? "\"\(column)\"::text" : "CAST(\"\(column)\" AS TEXT)"
            let condition = postgres ? "strpos(lower(\(cast)), lower(" : "instr(lower(\(cast)), lower("
            let rows = try await sql.raw("SELECT count(*) AS n FROM \"\(unsafeRaw: table)\" WHERE \(unsafeRaw: condition)\(bind: text))) > 0").all()
            if let count = try rows.first?.decode(column: "n", as: Int.self), count > 0 { found.append("\(table).\(column): \(count)") }
        }
        return found
    }
}
