import Fluent
import Foundation
import MentorCore
import SQLKit
import Vapor

/// The signed-in person as every page needs them: name, organisation, roles and the unread
/// count, read by column in the same statement as their session (one round trip per request
/// instead of five, and no model built by reflection).
struct SignedIn: Sendable, Equatable {
    var personID: UUID
    var organisationID: UUID
    var name: String
    var email: String
    var language: Language?
    var active: Bool
    var organisationName: String
    var organisationLanguage: Language
    var roles: Set<Role>
    /// Counted only for pages (GET); form posts and downloads do not show it.
    var unreadNotifications: Int?
}

/// A session row with the person it belongs to, as `SessionQuery.read` finds it.
struct SessionRow: Sendable {
    var id: UUID
    var data: SessionData
    var createdAt: Date?
    var lastSeenAt: Date?
    var signedIn: SignedIn?
}

enum SessionQuery {
    /// The columns of the person, their organisation and roles, by name; `p` is `people`.
    private static func personColumns(unread: Bool) -> String {
        var columns = """
            p.id AS p_id, p.name AS p_name, p.email AS p_email, p.organisation_id AS p_organisation, \
            p.language AS p_language, p.active AS p_active, o.name AS o_name, o.default_language AS o_language
            """
        for role in Role.allCases {
            columns += ", (SELECT COUNT(*) FROM person_roles r WHERE r.person_id = p.id AND r.role = '\(role.rawValue)') AS role_\(role.rawValue)"
        }
        if unread {
            columns += ", (SELECT COUNT(*) FROM notifications n WHERE n.person_id = p.id AND n.read_at IS NULL) AS unread"
        }
        return columns
    }

    // The statements are written once; only the bound values change per request.
    private static let sessionWithUnread = sessionStatement(unread: true)
    private static let sessionWithoutUnread = sessionStatement(unread: false)
    private static let personWithUnread = personStatement(unread: true)
    private static let personWithoutUnread = personStatement(unread: false)

    private static func sessionStatement(unread: Bool) -> String {
        """
        SELECT s.id AS s_id, s.data AS s_data, s.created_at AS s_created, s.last_seen_at AS s_seen, \(personColumns(unread: unread))
        FROM _fluent_sessions s
        LEFT JOIN people p ON p.id = s.person_id
        LEFT JOIN organisations o ON o.id = p.organisation_id
        WHERE s.key =
        """
    }

    private static func personStatement(unread: Bool) -> String {
        """
        SELECT \(personColumns(unread: unread))
        FROM people p JOIN organisations o ON o.id = p.organisation_id
        WHERE p.id =
        """
    }

    /// The session stored under `key` (the hash of the cookie) and its person, if any.
    static func read(key: String, unread: Bool, on db: any Database) async throws -> SessionRow? {
        guard let sql = db as? any SQLDatabase else { return nil }
        let statement = unread ? sessionWithUnread : sessionWithoutUnread
        guard let row = try await sql.raw("\(unsafeRaw: statement) \(bind: key)").first() else { return nil }
        return SessionRow(id: try row.decode(column: "s_id", as: UUID.self),
                          data: try row.decode(column: "s_data", as: SessionData.self),
                          createdAt: try row.decode(column: "s_created", as: Date?.self),
                          lastSeenAt: try row.decode(column: "s_seen", as: Date?.self),
                          signedIn: try signedIn(row, unread: unread))
    }

    /// The person on their own, for a session whose row did not name them (just signed in).
    static func person(_ id: UUID, unread: Bool, on db: any Database) async throws -> SignedIn? {
        guard let sql = db as? any SQLDatabase else { return nil }
        let statement = unread ? personWithUnread : personWithoutUnread
        guard let row = try await sql.raw("\(unsafeRaw: statement) \(bind: id)").first() else { return nil }
        return try signedIn(row, unread: unread)
    }

    private static func signedIn(_ row: any SQLRow, unread: Bool) throws -> SignedIn? {
        guard let personID = try row.decode(column: "p_id", as: UUID?.self) else { return nil }
        var roles: Set<Role> = []
        for role in Role.allCases where try row.decode(column: "role_\(role.rawValue)", as: Int.self) > 0 { roles.insert(role) }
        return SignedIn(personID: personID,
                        organisationID: try row.decode(column: "p_organisation", as: UUID.self),
                        name: try row.decode(column: "p_name", as: String.self),
                        email: try row.decode(column: "p_email", as: String.self),
                        language: try row.decode(column: "p_language", as: String?.self).flatMap(Language.init(rawValue:)),
                        active: try row.decode(column: "p_active", as: Bool.self),
                        organisationName: try row.decode(column: "o_name", as: String.self),
                        organisationLanguage: Language(rawValue: try row.decode(column: "o_language", as: String.self)) ?? .nl,
                        roles: roles,
                        unreadNotifications: unread ? try row.decode(column: "unread", as: Int.self) : nil)
    }
}
