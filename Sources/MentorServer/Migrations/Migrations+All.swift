import Fluent
import SQLKit

/// Every migration in the order it runs. Shipped migrations are never edited:
/// a change to the schema is a new numbered folder.
enum MentorMigrations {
    static var all: [any Migration] {
        [
            CreateOrganisationsAndPeople(),
            CreateProgrammesAndMentorships(),
            CreateConversationRecords(),
            CreateInsightsAndAudit(),
            SessionRecord.migration,
            AddWorkflowTables(),
            AddMirrorSettings(),
            AddMatching(),
            AddCoordination(),
            AddSessionLifetimes(),
            AddPasswordLinksAndImportUploads(),
            HashCalendarTokens(),
            AddCarriedFromAndEstimateBeforeMeasured(),
            AddCalendarInvitations(),
            AddEventNotifications(),
            AddMenteeView(),
            AddPairDecisionsAndAvailability(),
            AddFocusSynonymsAndGoalMentions(),
            AddIdentityProviders(),
            AddPersonTimeZone(),
            AddSCIMProvisioning(),
            AddAccessTokens(),
        ]
    }
}

extension Database {
    /// Creates an index through SQLKit, since Fluent's schema builder has none.
    /// Both SQLite and PostgreSQL accept the same `CREATE INDEX`.
    func createIndex(_ name: String, on table: String, columns: [String]) async throws {
        guard let sql = self as? any SQLDatabase else { return }
        var builder = sql.create(index: name).on(table)
        for column in columns { builder = builder.column(column) }
        try await builder.run()
    }

    func dropIndex(_ name: String) async throws {
        guard let sql = self as? any SQLDatabase else { return }
        try await sql.drop(index: name).ifExists().run()
    }
}
