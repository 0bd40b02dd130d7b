import Fluent
import Foundation
import MentorCore
import SQLKit

/// Decisions for everyone in a pair and a mentor's availability (issue 15): who declined a
/// proposed pair and when each side accepted one proposed by matching; the published rounds, so
/// one can be undone; "not available until" on a person; the organisation's maximum capacity a
/// mentor may give themselves; and at most one open pair of the same mentor and mentee.
struct AddPairDecisionsAndAvailability: AsyncMigration {
    var name: String { "017-add-pair-decisions-and-availability" }

    /// The partial unique index: one open (proposed, active or paused) pair per mentor and mentee,
    /// in any programme. SQLite and PostgreSQL both accept `CREATE UNIQUE INDEX ... WHERE`.
    static let openPairIndex = "mentorships_one_open_pair"

    func prepare(on database: any Database) async throws {
        try await database.schema(PublishedRound.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, "id", onDelete: .cascade))
            .field("programme_id", .uuid, .required, .references(Programme.schema, "id", onDelete: .cascade))
            .field("published_by", .uuid, .references(Person.schema, "id", onDelete: .setNull))
            .field("published_at", .datetime, .required)
            .field("pair_count", .int, .required)
            .field("undone_at", .datetime)
            .create()
        // SQLite adds one column per ALTER TABLE. No foreign key on `round_id`: it records where a
        // pair came from. Existing pairs: nobody's acceptance is known, so none is assumed.
        try await database.schema(Mentorship.schema).field("declined_by", .string).update()
        try await database.schema(Mentorship.schema).field("round_id", .uuid).update()
        try await database.schema(Mentorship.schema).field("mentor_accepted_at", .datetime).update()
        try await database.schema(Mentorship.schema).field("mentee_accepted_at", .datetime).update()
        try await database.schema(Person.schema).field("unavailable_until", .datetime).update()
        try await database.schema(Organisation.schema)
            .field("max_capacity", .int, .required, .sql(.default(Availability.defaultMaximumCapacity))).update()
        try await Self.closeSecondOpenPairs(on: database, now: Date())
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("""
            CREATE UNIQUE INDEX \(ident: Self.openPairIndex) ON mentorships (mentor_id, mentee_id) WHERE status <> 'ended'
            """).run()
    }

    /// Before the guard: where the same two people have more than one open pair (matching could
    /// propose a paused pair's mentor again), the one that went furthest stays (active, then
    /// paused, then proposed; the oldest of equals) and the others end with a reason. Nothing is deleted.
    static func closeSecondOpenPairs(on database: any Database, now: Date) async throws {
        let open = try await Mentorship.query(on: database).filter(\.$status != .ended)
            .field(\.$id).field(\.$mentor.$id).field(\.$mentee.$id).field(\.$status).field(\.$createdAt).all()
        let rank: [MentorshipStatus: Int] = [.active: 0, .paused: 1, .proposed: 2]
        var extra: [UUID] = []
        for (_, pairs) in Dictionary(grouping: open, by: { "\($0.$mentor.id) \($0.$mentee.id)" }) where pairs.count > 1 {
            let ordered = pairs.sorted { lhs, rhs in
                let (l, r) = (rank[lhs.status] ?? 3, rank[rhs.status] ?? 3)
                if l != r { return l < r }
                return (lhs.createdAt ?? .distantFuture, lhs.id?.uuidString ?? "") < (rhs.createdAt ?? .distantFuture, rhs.id?.uuidString ?? "")
            }
            extra += ordered.dropFirst().compactMap(\.id)
        }
        guard !extra.isEmpty else { return }
        try await Mentorship.query(on: database).filter(\.$id ~~ extra)
            .set(\.$status, to: .ended).set(\.$endedOn, to: now).set(\.$endReason, to: secondPairReason).update()
    }

    /// The end reason of a second open pair closed by this migration.
    static let secondPairReason = "closed: a second open pair of the same mentor and mentee"

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase { try await sql.drop(index: Self.openPairIndex).ifExists().run() }
        try await database.schema(Organisation.schema).deleteField("max_capacity").update()
        try await database.schema(Person.schema).deleteField("unavailable_until").update()
        try await database.schema(Mentorship.schema).deleteField("mentee_accepted_at").update()
        try await database.schema(Mentorship.schema).deleteField("mentor_accepted_at").update()
        try await database.schema(Mentorship.schema).deleteField("round_id").update()
        try await database.schema(Mentorship.schema).deleteField("declined_by").update()
        try await database.schema(PublishedRound.schema).delete()
    }
}
