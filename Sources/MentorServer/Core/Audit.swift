import Fluent
import Vapor

/// Writes an audit event. Summaries name what changed, never the content of notes.
enum Audit {
    static func record(_ action: String, _ entity: String, id: UUID?, summary: String,
                       organisationID: UUID, actorID: UUID?, on database: any Database) async throws {
        try await AuditEvent(organisationID: organisationID, actorID: actorID, action: action, entity: entity,
                             entityID: id, summary: summary).create(on: database)
    }
}

extension Request {
    func audit(_ action: String, _ entity: String, id: UUID?, summary: String, on database: (any Database)? = nil) async throws {
        try await Audit.record(action, entity, id: id, summary: summary, organisationID: try organisationID(),
                               actorID: viewer.personID, on: database ?? db)
    }

    /// Remembers a message to show once on the next page.
    func flash(_ message: String) { session.data["flash"] = message }

    /// The message left by `flash`, removed as it is read.
    func takeFlash() -> String? {
        let message = session.data["flash"]
        if message != nil { session.data["flash"] = nil }
        return message
    }
}
