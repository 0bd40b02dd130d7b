import Fluent
import SQLKit

/// Where erasure looks for a name and an address: each table's free-text columns, named one
/// by one, and how its rows are reached from their organisation. Every other text column is
/// listed in `notFreeText` with the reason it is left alone; `ErasureTests` fails when the
/// schema has a text column in neither list, so a new column has to be placed in one of them.
extension Erasure {
    /// How the rows of a table are reached from the id of their organisation.
    enum Reach {
        /// The row has an `organisation_id`.
        case organisation
        /// The row has a `mentorship_id` of a pair of the organisation.
        case pair
        /// The row has a `conversation_id` of a conversation of such a pair.
        case conversation
        /// The row has an `agreement_id` of the agreement of such a pair.
        case agreement
        /// The row has a `mentor_id` of a person of the organisation.
        case mentor

        /// The condition, on the row's own columns, that it belongs to `organisationID`.
        func condition(_ organisationID: UUID) -> SQLQueryString {
            let pairs: SQLQueryString = "SELECT \(ident: "id") FROM \(ident: Mentorship.schema) WHERE \(ident: "organisation_id") = \(bind: organisationID)"
            switch self {
            case .organisation:
                return "\(ident: "organisation_id") = \(bind: organisationID)"
            case .pair:
                return "\(ident: "mentorship_id") IN (" + pairs + ")"
            case .conversation:
                let conversations: SQLQueryString = "SELECT \(ident: "id") FROM \(ident: Conversation.schema) WHERE \(ident: "mentorship_id") IN ("
                return "\(ident: "conversation_id") IN (" + conversations + pairs + "))"
            case .agreement:
                let agreements: SQLQueryString = "SELECT \(ident: "id") FROM \(ident: Agreement.schema) WHERE \(ident: "mentorship_id") IN ("
                return "\(ident: "agreement_id") IN (" + agreements + pairs + "))"
            case .mentor:
                return "\(ident: "mentor_id") IN (SELECT \(ident: "id") FROM \(ident: Person.schema) WHERE \(ident: "organisation_id") = \(bind: organisationID))"
            }
        }
    }

    struct FreeTextTable: Sendable {
        var name: String
        var columns: [String]
        var reach: Reach

        init(_ name: String, _ columns: [String], _ reach: Reach) {
            self.name = name
            self.columns = columns
            self.reach = reach
        }
    }

    /// Text people write, in which someone's name or address can stand: notes, agenda, actions,
    /// goals, evidence, behaviours, observations, agreements and their revisions, reflections,
    /// fit-check and pulse comments, reasons, audit summaries, transcript speaker names, figures
    /// (which hold the speaker names) and kept text, notifications and e-mails.
    static let freeText: [FreeTextTable] = [
        FreeTextTable(Mentorship.schema, ["end_reason", "decline_reason"], .organisation),
        FreeTextTable(Conversation.schema, ["place", "shared_notes", "private_notes"], .pair),
        FreeTextTable(AgendaItem.schema, ["text"], .conversation),
        FreeTextTable(ActionItem.schema, ["text"], .pair),
        FreeTextTable(LearningGoal.schema, ["title", "description", "success_criteria", "mentor_comment"], .pair),
        FreeTextTable(GoalEvidence.schema, ["text"], .conversation),
        FreeTextTable(ValueScore.schema, ["behaviour"], .conversation),
        FreeTextTable(AttitudeObservation.schema, ["note"], .conversation),
        FreeTextTable(TranscriptAnalysis.schema, ["mentor_speaker", "mentee_speaker", "figures", "raw_text"], .conversation),
        FreeTextTable(Agreement.schema, ["mentee_expectations", "mentor_expectations", "frequency", "duration", "who_plans",
                                         "preparation", "confidentiality"], .pair),
        FreeTextTable(AgreementRevision.schema, ["snapshot"], .agreement),
        FreeTextTable(Reflection.schema, ["initiative", "expectations", "core_values", "learning_goals"], .mentor),
        FreeTextTable(FitCheck.schema, ["comment"], .pair),
        FreeTextTable(PulseResponse.schema, ["improvement"], .pair),
        FreeTextTable(AuditEvent.schema, ["summary"], .organisation),
        FreeTextTable(Notification.schema, ["detail"], .organisation),
        FreeTextTable(OutboxMessage.schema, ["subject", "body", "calendar"], .organisation),
        // A CSV file waiting (up to an hour) for another administrator's confirmation.
        FreeTextTable(PeopleImportUpload.schema, ["csv"], .organisation),
    ]

    /// Text columns erasure never rewrites, per table.
    static let notFreeText: [String: [String]] = [
        // Other people's identity and secrets: names, addresses, hashes, tokens. The erased
        // person's own row is rewritten as a whole by `anonymise`.
        Person.schema: ["name", "email", "password_hash", "language", "seniority", "practice_group", "expertise", "languages", "calendar_token",
                        "time_zone"],
        // API tokens (a person's own, deleted with them), SCIM identities (deleted with the person)
        // and tokens: names given to a token, hashes, scopes and what the identity provider sent.
        AccessToken.schema: ["name", "prefix", "scope", "token_hash"],
        SCIMToken.schema: ["label", "token_hash"],
        SCIMIdentity.schema: ["attributes", "external_id", "user_name", "user_name_key"],
        // The organisation's identity provider settings, and sign-ins in progress (ten minutes).
        IdentityProvider.schema: ["allowed_domains", "client_authentication", "client_id", "client_secret_hint", "client_secret_sealed",
                                  "email_claim", "issuer"],
        IdentitySignInRequest.schema: ["browser_hash", "code_verifier", "next", "nonce", "state"],
        OutboxMessage.schema: ["recipient", "status", "claimed_by", "last_error"],
        StoredSession.schema: ["key", "data"],
        PasswordLink.schema: ["kind", "token_hash"],
        "sign_in_limits": ["bucket"],
        "server_secrets": ["name", "value"],
        // Keys and enumerations: statuses, sides, roles, kinds, patterns, links.
        PersonRole.schema: ["role"],
        Mentorship.schema: ["status", "requested_by", "declined_by"],
        Conversation.schema: ["initiated_by", "status", "planned_by"],
        AgendaItem.schema: ["author_side"],
        ActionItem.schema: ["owner_side"],
        LearningGoal.schema: ["status", "theme"],
        AttitudeObservation.schema: ["pattern", "effect"],
        // Goal mentions are counts per goal and speaker position, no words.
        TranscriptAnalysis.schema: ["format", "language", "goal_mentions"],
        Reflection.schema: ["focus"],
        FitCheck.schema: ["side", "answer"],
        AuditEvent.schema: ["action", "entity"],
        MatchingPreference.schema: ["kind"],
        MatchingMark.schema: ["mark"],
        Notification.schema: ["kind", "key", "link"],
        ScheduledJob.schema: ["name", "claimed_by", "last_result"],
        "_fluent_migrations": ["name"],
        // The organisation's own configuration, which describes no person.
        Organisation.schema: ["name", "slug", "default_language"],
        CoreValue.schema: ["name_nl", "name_en", "description_nl", "description_en"],
        CoreValueBehaviour.schema: ["text_nl", "text_en"],
        Programme.schema: ["name", "matching_mode", "matching_settings"],
        OrganisationListItem.schema: ["list", "key", "name_nl", "name_en", "synonyms"],
        AttitudeGuidance.schema: ["pattern", "text_nl", "text_en"],
    ]

    /// A column of the schema that can hold text.
    struct TextColumn: Hashable, CustomStringConvertible {
        var table: String
        var column: String
        var description: String { "\(table).\(column)" }
    }

    /// Every text column of the schema, read from SQLite's `pragma_table_info` or PostgreSQL's
    /// `information_schema`. Used by tests and checks only; erasure itself writes only `freeText`.
    static func textColumns(on db: any Database) async throws -> [TextColumn] {
        guard let sql = db as? any SQLDatabase else { return [] }
        var result: [TextColumn] = []
        if sql.dialect.name == "postgresql" {
            for row in try await sql.raw("""
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying', 'character', 'jsonb', 'json')
                """).all() {
                result.append(TextColumn(table: try row.decode(column: "table_name", as: String.self),
                                         column: try row.decode(column: "column_name", as: String.self)))
            }
        } else {
            for table in try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() {
                let name = try table.decode(column: "name", as: String.self)
                for column in try await sql.raw("SELECT name, type FROM pragma_table_info(\(bind: name))").all() {
                    let type = (try? column.decode(column: "type", as: String.self))?.uppercased() ?? ""
                    if type.isEmpty || ["TEXT", "CHAR", "CLOB", "JSON"].contains(where: { type.contains($0) }) {
                        result.append(TextColumn(table: name, column: try column.decode(column: "name", as: String.self)))
                    }
                }
            }
        }
        return result
    }

    /// Text columns of any table that still contain `text`, in any case, as a substring (for
    /// tests: a deliberately broad check that reads and never writes).
    static func traces(of text: String, on db: any Database) async throws -> [String] {
        guard let sql = db as? any SQLDatabase else { return [] }
        let postgres = sql.dialect.name == "postgresql"
        var found: [String] = []
        for column in try await textColumns(on: db) where column.table != "_fluent_migrations" {
            let value: SQLQueryString = postgres ? "\(ident: column.column)::text" : "CAST(\(ident: column.column) AS TEXT)"
            let condition: SQLQueryString = postgres ? "strpos(lower(" + value + "), lower(\(bind: text))) > 0" : "instr(lower(" + value + "), lower(\(bind: text))) > 0"
            let rows = try await sql.raw("SELECT count(*) AS n FROM \(ident: column.table) WHERE " + condition).all()
            if let count = try rows.first?.decode(column: "n", as: Int.self), count > 0 { found.append("\(column): \(count)") }
        }
        return found
    }
}
