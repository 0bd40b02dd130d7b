import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

/// The hot pages (issue 18) run a fixed, small number of statements whatever the number of
/// pairs, and read their rows by column: the only statements built by Fluent's query builder
/// are the route wrapper's (it loads the one pair, conversation or programme a route names,
/// as a model, because the page's forms write to it).
///
/// Fluent's builder quotes every identifier (`SELECT "mentorships"."id" ...` on SQLite and
/// PostgreSQL alike); the lean statements (`LeanStatement`) are written without quotes, so a
/// quote in a statement tells which way it was made.
@Suite struct HotPathQueryCountTests {
    /// The statements that were built by Fluent's query builder.
    static func builtByFluent(_ statements: [String]) -> [String] {
        statements.filter { $0.contains("\"") || $0.contains("`") }
    }

    /// Counts at two sizes, as `MirrorQueryCountTests.counts`, and checks the builder's share.
    static func expectLean(_ counts: (two: [String], eight: [String]), atMost limit: Int, fluentAtMost fluent: Int,
                           sourceLocation: SourceLocation = #_sourceLocation) {
        MirrorQueryCountTests.expectFlat(counts, atMost: limit, sourceLocation: sourceLocation)
        for statements in [counts.two, counts.eight] {
            let built = builtByFluent(statements)
            #expect(built.count <= fluent, "built by Fluent: \(built)", sourceLocation: sourceLocation)
        }
    }

    @Test func theHealthPageReadsEachTableOnceByColumn() async throws {
        let counts = try await MirrorQueryCountTests.counts({ SiteURL.programmeHealth($0.a.programme).path },
                                                            email: { $0.a.emails[.coordinator]! }, label: "GET /programmes/:id/health")
        // The session, the programme (route wrapper), the talk band and nine tables of figures.
        Self.expectLean(counts, atMost: 11, fluentAtMost: 1)
    }

    @Test func theMentorsPairsListIsOneStatementAfterTheSession() async throws {
        let counts = try await MirrorQueryCountTests.counts({ _ in SiteURL.pairs.path }, email: { $0.a.emails[.mentor]! },
                                                            label: "GET /mentorships mentor")
        Self.expectLean(counts, atMost: 2, fluentAtMost: 0)
    }

    @Test func theCoordinatorsPairsListReadsEachTableOnceByColumn() async throws {
        let counts = try await MirrorQueryCountTests.counts({ _ in SiteURL.pairs.path }, email: { $0.a.emails[.coordinator]! },
                                                            label: "GET /mentorships coordinator")
        // The session, the count, one page of pairs, the programmes and the fit checks; the
        // count and the page both read `mentorships`, so only the flat count is checked here.
        #expect(counts.two.count == counts.eight.count, "\(counts.two.count) vs \(counts.eight.count)")
        #expect(counts.eight.count <= 5, "\(counts.eight)")
        #expect(Self.builtByFluent(counts.eight).isEmpty, "\(counts.eight)")
    }

    @Test func theHomePagesAreLean() async throws {
        for role in [Role.mentor, .mentee] {
            let counts = try await MirrorQueryCountTests.counts({ _ in SiteURL.home.path }, email: { $0.a.emails[role]! },
                                                                asMentee: role == .mentee, label: "GET / \(role) (lean)")
            Self.expectLean(counts, atMost: 5, fluentAtMost: 0)
        }
    }

    @Test func bothMirrorsAreLean() async throws {
        let overview = try await MirrorQueryCountTests.counts({ _ in SiteURL.mirror.path }, email: { $0.a.emails[.mentor]! },
                                                              label: "GET /mirror (lean)")
        Self.expectLean(overview, atMost: 14, fluentAtMost: 0)
        let pair = try await MirrorQueryCountTests.counts({ SiteURL.pairMirror($0.a.pair).path }, email: { $0.a.emails[.mentor]! },
                                                          label: "GET /mentorships/:id/mirror (lean)")
        Self.expectLean(pair, atMost: 16, fluentAtMost: 1)
    }

    @Test func thePairPageIsLean() async throws {
        let counts = try await MirrorQueryCountTests.counts({ SiteURL.pair($0.a.pair).path }, email: { $0.a.emails[.mentor]! },
                                                            label: "GET /mentorships/:id (lean)")
        // The session, the pair (route wrapper), the header, conversations, vocabulary, goals,
        // open actions and the fit check.
        Self.expectLean(counts, atMost: 8, fluentAtMost: 1)
    }

    @Test func theConversationPageIsLean() async throws {
        let counts = try await MirrorQueryCountTests.counts({ SiteURL.conversation($0.a.conversation).path }, email: { $0.a.emails[.mentor]! },
                                                            label: "GET /conversations/:id (lean)")
        // The conversation and its pair (route wrapper) are the only models.
        #expect(counts.two.count == counts.eight.count)
        #expect(counts.eight.count <= ConversationQueryCountTests.limit, "\(counts.eight)")
        #expect(Self.builtByFluent(counts.eight).count <= 2, "\(Self.builtByFluent(counts.eight))")
    }
}
