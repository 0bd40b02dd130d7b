import Vapor
import Fluent
import SQLKit
import MentorCore
import Foundation

/// Erasing a person. What was theirs alone goes; records others need (the pair's
/// conversations, goals, the mentee's evidence) stay without the person's identity; their
/// open pairs end; their sessions end; and their whole name and address are replaced by
/// `[erased]` in the free text of their own organisation (the columns listed in
/// `Erasure.freeText`, see Erasure+FreeText.swift). Nothing of another organisation, and no
/// other person's name, address, password hash, key or session, is touched (issue 11).
enum Erasure {
    /// The name an erased person keeps: `T.erasedPerson` in the organisation's language.
    static let erasedName = T.erasedPerson.en
    static func isErased(_ name: String) -> Bool { name == T.erasedPerson.en || name == T.erasedPerson.nl }
    static let marker = Redaction.marker

    static func erase(_ person: Person, by actorID: UUID?, now: Date, on db: any Database) async throws {
        let personID = try person.requireID()
        let organisationID = person.organisationID
        let redaction = Redaction(name: person.name, address: person.email)
        let language = try await Organisation.find(organisationID, on: db)?.defaultLanguage ?? .nl
        try await db.transaction { db in
            try await deleteOwnRecords(of: person, on: db)
            try await endPairs(of: personID, reason: T.erasureEndedPair(language), now: now, on: db)
            try await anonymise(person, name: T.erasedPerson(language), on: db)
            try await endSessions(of: personID, on: db)
            try await scrubFreeText(of: organisationID, with: redaction, on: db)
            try await Audit.record("erase", "person", id: personID, summary: "personal data erased",
                                   organisationID: organisationID, actorID: actorID, on: db)
        }
    }

    /// What was the person's alone: notifications, e-mails to them, matching wishes and marks
    /// (theirs and others' about them), reflections, roles, password links, CSV files they
    /// uploaded, their API tokens and SCIM identity, the private notes they wrote as a mentor, their fit-check comments, and their
    /// place as someone's line manager.
    static func deleteOwnRecords(of person: Person, on db: any Database) async throws {
        let personID = try person.requireID()
        try await Notification.query(on: db).filter(\.$person.$id == personID).delete()
        try await OutboxMessage.query(on: db).filter(\.$recipient == person.email).delete()
        try await MatchingPreference.query(on: db).group(.or) { $0.filter(\.$person.$id == personID).filter(\.$target.$id == personID) }.delete()
        try await MatchingMark.query(on: db).group(.or) { $0.filter(\.$mentee.$id == personID).filter(\.$mentor.$id == personID) }.delete()
        try await Reflection.query(on: db).filter(\.$mentor.$id == personID).delete()
        try await PersonRole.query(on: db).filter(\.$person.$id == personID).delete()
        // An unused invitation or reset link would let someone give the erased account a password.
        try await PasswordLink.query(on: db).filter(\.$person.$id == personID).delete()
        try await PeopleImportUpload.query(on: db).filter(\.$person.$id == personID).delete()
        // API tokens act as the person; the SCIM identity holds the address and name the identity
        // provider sent. A later provisioning of the same address makes a new person.
        try await AccessToken.query(on: db).filter(\.$person.$id == personID).delete()
        try await SCIMIdentity.query(on: db).filter(\.$person.$id == personID).delete()
        // Private notes are written by the pair's mentor and seen by nobody else.
        let mentored = try await Mentorship.query(on: db).filter(\.$mentor.$id == personID).all(\.$id)
        if !mentored.isEmpty {
            try await Conversation.query(on: db).filter(\.$mentorship.$id ~~ mentored).set(\.$privateNotes, to: "").update()
        }
        for pair in try await pairs(of: personID, on: db) {
            let side: PairSide = pair.$mentor.id == personID ? .mentor : .mentee
            try await FitCheck.query(on: db).filter(\.$mentorship.$id == pair.requireID()).filter(\.$side == side).set(\.$comment, to: "").update()
        }
        try await Person.query(on: db).filter(\.$manager.$id == personID).set(\.$manager.$id, to: nil).update()
    }

    /// The person's pairs that are not ended yet end now, with `reason`.
    static func endPairs(of personID: UUID, reason: String, now: Date, on db: any Database) async throws {
        for pair in try await pairs(of: personID, on: db) where pair.status != .ended && pair.status.canMove(to: .ended) {
            pair.status = .ended
            pair.endedOn = now
            pair.endReason = reason
            try await pair.save(on: db)
        }
    }

    /// The person row stays, so others' records keep pointing somewhere, without identity.
    static func anonymise(_ person: Person, name: String = erasedName, on db: any Database) async throws {
        let personID = try person.requireID()
        person.name = name
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
    }

    /// Deletes the sessions signed in as the person: those whose stored person id
    /// (`_fluent_sessions.person_id`) is exactly the person's id. A session that merely
    /// mentions the id somewhere in its data is someone else's and stays.
    static func endSessions(of personID: UUID, on db: any Database) async throws {
        try await Sessions.endAll(personID: personID, on: db)
    }

    /// Replaces the name and the address in the free-text columns of the organisation's rows.
    /// Rows are read and compared in Swift (whole, case-insensitive matches, see `Redaction`),
    /// and only a column that changes is written back, by its row's id.
    static func scrubFreeText(of organisationID: UUID, with redaction: Redaction, on db: any Database) async throws {
        guard !redaction.isEmpty, let sql = db as? any SQLDatabase else { return }
        for table in freeText {
            let select: SQLQueryString = "SELECT \(ident: "id"), \(idents: table.columns, joinedBy: ", ") FROM \(ident: table.name) WHERE "
            for row in try await sql.raw(select + table.reach.condition(organisationID)).all() {
                var update = sql.update(table.name)
                var changed = false
                for column in table.columns {
                    guard let text = try row.decode(column: column, as: String?.self) else { continue }
                    let redacted = redaction.redact(text)
                    if redacted != text {
                        update = update.set(SQLIdentifier(column), to: SQLBind(redacted))
                        changed = true
                    }
                }
                guard changed else { continue }
                let id = try row.decode(column: "id", as: UUID.self)
                try await update.where(SQLIdentifier("id"), .equal, SQLBind(id)).run()
            }
        }
    }

    static func pairs(of personID: UUID, on db: any Database) async throws -> [Mentorship] {
        try await Mentorship.query(on: db).group(.or) { $0.filter(\.$mentor.$id == personID).filter(\.$mentee.$id == personID) }.all()
    }
}
