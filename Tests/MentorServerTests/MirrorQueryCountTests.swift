import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

/// The home page, the mirror and the pair mirror read each table once: the number of
/// statements does not grow with the number of pairs (issue 12, item 6).
///
/// Counted with the signed-in prelude (one statement for the session and viewer). Before
/// issue 12, with that prelude at five statements: a mentor's home 7 + 3 per pair (13 for
/// two pairs, 31 for eight), a mentee's the same, a coordinator's 7, `/mirror` 18 and a pair's
/// mirror 21 (the pair and the organisation read twice).
@Suite struct MirrorQueryCountTests {
    /// Adds pairs until `mentor` (or, when `asMentee`, `mentee`) has `total` pairs, each with
    /// a held and a planned conversation, an agenda item, a score, an action, a goal with
    /// evidence and an agreement.
    static func growPairs(of fixture: Fixture.Organisation, to total: Int, asMentee: Bool = false, on db: any Database) async throws {
        let existing = asMentee
            ? try await Mentorship.query(on: db).filter(\.$mentee.$id == fixture.mentee).count()
            : try await Mentorship.query(on: db).filter(\.$mentor.$id == fixture.mentor).count()
        guard existing < total else { return }
        for index in existing..<total {
            let other = Person(organisationID: fixture.id, name: "Other <b>\(index)</b> \(asMentee ? "mentor" : "mentee")",
                               email: "other-\(index)-\(asMentee ? "mentor" : "mentee")@count.example", passwordHash: "x")
            try await other.create(on: db)
            let otherID = try other.requireID()
            try await PersonRole(personID: otherID, role: asMentee ? .mentor : .mentee).create(on: db)
            let pair = Mentorship(organisationID: fixture.id, programmeID: fixture.programme,
                                  mentorID: asMentee ? otherID : fixture.mentor, menteeID: asMentee ? fixture.mentee : otherID,
                                  status: .active, startedOn: Date(timeIntervalSinceNow: -86_400 * 40))
            try await pair.create(on: db)
            let pairID = try pair.requireID()
            let held = Conversation(mentorshipID: pairID, scheduledAt: Date(timeIntervalSinceNow: -86_400 * 3), durationMinutes: 45,
                                    place: "Room", initiatedBy: .mentee, status: .held)
            try await held.create(on: db)
            try await Conversation(mentorshipID: pairID, scheduledAt: Date(timeIntervalSinceNow: 86_400 * 5), durationMinutes: 45,
                                   place: "Room", initiatedBy: .mentor, status: .planned).create(on: db)
            let heldID = try held.requireID()
            try await AgendaItem(conversationID: heldID, authorSide: .mentee, text: "Item", addedBeforehand: true, covered: true, position: 1).create(on: db)
            try await ValueScore(conversationID: heldID, coreValueID: fixture.value, score: 4, behaviour: "Seen").create(on: db)
            try await ActionItem(mentorshipID: pairID, conversationID: heldID, ownerSide: .mentee, text: "Do it",
                                 dueOn: Date(timeIntervalSinceNow: 86_400), doneOn: nil).create(on: db)
            let goal = LearningGoal(mentorshipID: pairID, menteeID: asMentee ? fixture.mentee : otherID, title: "Goal \(index)",
                                    description: "", successCriteria: "", targetDate: nil, status: .open, theme: nil)
            try await goal.create(on: db)
            try await GoalEvidence(conversationID: heldID, goalID: try goal.requireID(), text: "Seen").create(on: db)
            let agreement = Agreement(mentorshipID: pairID)
            agreement.discussedOn = Date(timeIntervalSinceNow: -86_400 * 30)
            try await agreement.create(on: db)
        }
    }

    /// The table each statement reads first (`FROM "x"`), in order; writes are left out.
    static func tablesRead(_ statements: [String]) -> [String] {
        statements.compactMap { statement in
            let text = statement.replacingOccurrences(of: "\"", with: "").replacingOccurrences(of: "`", with: "")
            guard text.uppercased().hasPrefix("SELECT"), let range = text.range(of: " FROM ", options: .caseInsensitive) else { return nil }
            return text[range.upperBound...].split(separator: " ").first.map(String.init)
        }
    }

    /// Measures `path` for the signed-in `email` with 2 and with 8 pairs.
    static func counts(_ path: (Fixture) -> String, email: (Fixture) -> String, asMentee: Bool = false,
                       label: String) async throws -> (two: [String], eight: [String]) {
        var result: (two: [String], eight: [String]) = ([], [])
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            try await growPairs(of: fixture.a, to: 2, asMentee: asMentee, on: app.db)
            let client = TestClient(app)
            try await client.signIn(email(fixture))
            let counter = QueryCounter.install(on: app)
            _ = try await client.get(path(fixture))
            // act
            let (two, first) = try await counter.measure { try await client.get(path(fixture)) }
            try await growPairs(of: fixture.a, to: 8, asMentee: asMentee, on: app.db)
            let (eight, second) = try await counter.measure { try await client.get(path(fixture)) }
            // validate
            #expect(first.status == .ok && second.status == .ok, "\(label): \(first.status) \(second.status)")
            result = (two, eight)
        }
        print("QUERY COUNT \(label): 2 pairs \(result.two.count), 8 pairs \(result.eight.count)")
        return result
    }

    static func expectFlat(_ counts: (two: [String], eight: [String]), atMost limit: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(counts.two.count == counts.eight.count, "\(counts.two.count) vs \(counts.eight.count)", sourceLocation: sourceLocation)
        #expect(counts.eight.count <= limit, "\(counts.eight.count) statements: \(counts.eight)", sourceLocation: sourceLocation)
        let tables = tablesRead(counts.eight)
        let twice = Dictionary(grouping: tables, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(twice.isEmpty, "read more than once: \(twice) in \(counts.eight)", sourceLocation: sourceLocation)
    }

    @Test func mentorHomeReadsEachTableOnce() async throws {
        let counts = try await Self.counts({ _ in SiteURL.home.path }, email: { $0.a.emails[.mentor]! }, label: "GET / mentor")
        Self.expectFlat(counts, atMost: 6)
    }

    @Test func menteeHomeReadsEachTableOnce() async throws {
        let counts = try await Self.counts({ _ in SiteURL.home.path }, email: { $0.a.emails[.mentee]! }, asMentee: true, label: "GET / mentee")
        Self.expectFlat(counts, atMost: 6)
    }

    @Test func coordinatorHomeReadsEachTableOnce() async throws {
        let counts = try await Self.counts({ _ in SiteURL.home.path }, email: { $0.a.emails[.coordinator]! }, label: "GET / coordinator")
        Self.expectFlat(counts, atMost: 4)
    }

    @Test func mirrorOverviewReadsEachTableOnce() async throws {
        let counts = try await Self.counts({ _ in SiteURL.mirror.path }, email: { $0.a.emails[.mentor]! }, label: "GET /mirror")
        // 14 since issue 14: the mentee's answers and the mentor's focus (reflections) are one statement each.
        Self.expectFlat(counts, atMost: 14)
    }

    @Test func pairMirrorReadsEachTableOnce() async throws {
        let counts = try await Self.counts({ SiteURL.pairMirror($0.a.pair).path }, email: { $0.a.emails[.mentor]! },
                                           label: "GET /mentorships/:id/mirror")
        Self.expectFlat(counts, atMost: 16)
    }

    /// Issue 14: the mentor's focus is read in one statement on both mirrors, however many pairs.
    @Test func bothMirrorsReadTheFocusInOneStatement() async throws {
        let pair = try await Self.counts({ SiteURL.pairMirror($0.a.pair).path }, email: { $0.a.emails[.mentor]! }, label: "GET /mentorships/:id/mirror (focus)")
        let overview = try await Self.counts({ _ in SiteURL.mirror.path }, email: { $0.a.emails[.mentor]! }, label: "GET /mirror (focus)")
        for counts in [pair, overview] {
            #expect(Self.tablesRead(counts.two).filter { $0 == "reflections" }.count == 1)
            #expect(Self.tablesRead(counts.eight).filter { $0 == "reflections" }.count == 1)
        }
    }
}
