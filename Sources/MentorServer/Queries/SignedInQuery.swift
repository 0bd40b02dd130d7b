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
    /// The person's own time zone (IANA identifier, migration 021); nil: the firm's.
    var timeZone: String? = nil
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
            p.language AS p_language, p.time_zone AS p_zone, p.active AS p_active, o.name AS o_name, o.default_language AS o_language
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
    private static let sessionWithUnread = LeanStatement(sessionStatement(unread: true) + " ?")
    private static let sessionWithoutUnread = LeanStatement(sessionStatement(unread: false) + " ?")
    private static let personWithUnread = LeanStatement(personStatement(unread: true) + " ?")
    private static let personWithoutUnread = LeanStatement(personStatement(unread: false) + " ?")

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
        let statement = unread ? sessionWithUnread : sessionWithoutUnread
        return try await LeanQuery.rows(statement, [.text(key)], on: db) { row in
            SessionRow(id: try row.uuid("s_id"),
                       data: try row.decoded("s_data", as: SessionData.self),
                       createdAt: try row.optionalDate("s_created"),
                       lastSeenAt: try row.optionalDate("s_seen"),
                       signedIn: try signedIn(row, unread: unread))
        }.first
    }

    /// The person on their own, for a session whose row did not name them (just signed in).
    static func person(_ id: UUID, unread: Bool, on db: any Database) async throws -> SignedIn? {
        let statement = unread ? personWithUnread : personWithoutUnread
        return try await LeanQuery.rows(statement, [.id(id)], on: db) { try signedIn($0, unread: unread) }.first ?? nil
    }

    /// The role columns' names, made once.
    private static let roleColumns = Role.allCases.map { (role: $0, column: "role_\($0.rawValue)") }

    private static func signedIn(_ row: LeanRow, unread: Bool) throws -> SignedIn? {
        guard let personID = try row.optionalUUID("p_id") else { return nil }
        var roles: Set<Role> = []
        for (role, column) in roleColumns where try row.int(column) > 0 { roles.insert(role) }
        return SignedIn(personID: personID,
                        organisationID: try row.uuid("p_organisation"),
                        name: try row.string("p_name"),
                        email: try row.string("p_email"),
                        language: try row.optionalString("p_language").flatMap(Language.init(rawValue:)),
                        timeZone: try row.optionalString("p_zone"),
                        active: try row.bool("p_active"),
                        organisationName: try row.string("o_name"),
                        organisationLanguage: Language(rawValue: try row.string("o_language")) ?? .nl,
                        roles: roles,
                        unreadNotifications: unread ? try row.int("unread") : nil)
    }
}
