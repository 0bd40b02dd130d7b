import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

/// Fifty requests of one kind at once, as fifty browser tabs of the pair would send them: none
/// may answer 500, nothing answered with success may be lost, and a rule checked before a write
/// (capacity, one agreement per pair, one fit check per side, each agenda item carried once)
/// holds. Runs on SQLite in WAL mode with the busy timeout, as `serve` does, and on PostgreSQL.
/// One test at a time: each is fifty requests already, and side by side they (and the rest of
/// the suite) would measure the test machine's queue rather than the product.
@Suite(.serialized) struct ConcurrentWriteTests {
    static let parallel = 50

    /// Signs in the fixture's mentor and mentee, each as one browser whose session fifty tabs share.
    static func pairClients(_ app: Application, _ fixture: Fixture) async throws -> (mentor: TestClient, mentee: TestClient) {
        try await app.prepareStorage()
        let mentor = TestClient(app, acceptLanguage: "en")
        try await mentor.signIn(fixture.a.emails[.mentor]!)
        let mentee = TestClient(app, acceptLanguage: "en")
        try await mentee.signIn(fixture.a.emails[.mentee]!)
        return (mentor, mentee)
    }

    /// Posts `count` forms at once, each from its own tab, and returns the statuses in order.
    static func postAtOnce(_ count: Int, from clients: [TestClient], _ form: @escaping @Sendable (Int) -> (String, [(String, String)])) async throws -> [UInt] {
        let tabs = (0..<count).map { clients[$0 % clients.count].tab() }
        return try await withThrowingTaskGroup(of: (Int, UInt).self) { group in
            for index in 0..<count {
                let tab = tabs[index]
                group.addTask {
                    let (path, fields) = form(index)
                    return (index, try await tab.post(path, fields).status.code)
                }
            }
            var statuses = [UInt](repeating: 0, count: count)
            for try await (index, status) in group { statuses[index] = status }
            return statuses
        }
    }

    @Test func fiftyParallelAgendaAdditionsAreAllSaved() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let (mentor, mentee) = try await Self.pairClients(app, fixture)
            // act
            let statuses = try await Self.postAtOnce(Self.parallel, from: [mentor, mentee]) { index in
                ("/conversations/\(fixture.a.conversation)/agenda", [("agendaText", "Point \(index)")])
            }
            // validate: every success is in the database, each with a position of its own
            #expect(statuses.allSatisfy { $0 == 303 }, "\(statuses)")
            let items = try await AgendaItem.query(on: app.db).filter(\.$conversation.$id == fixture.a.conversation).all()
            #expect(Set(items.map(\.text)).isSuperset(of: (0..<Self.parallel).map { "Point \($0)" }))
            #expect(Set(items.map(\.position)).count == items.count)
        }
    }

    @Test func fiftyParallelActionAdditionsAreAllSaved() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let (mentor, mentee) = try await Self.pairClients(app, fixture)
            // act
            let statuses = try await Self.postAtOnce(Self.parallel, from: [mentor, mentee]) { index in
                ("/conversations/\(fixture.a.conversation)/actions", [("actionText", "Step \(index)"), ("owner", "mentee"), ("dueOn", "")])
            }
            // validate
            #expect(statuses.allSatisfy { $0 == 303 }, "\(statuses)")
            let texts = try await ActionItem.query(on: app.db).filter(\.$mentorship.$id == fixture.a.pair).all().map(\.text)
            #expect(Set(texts).isSuperset(of: (0..<Self.parallel).map { "Step \($0)" }))
        }
    }

    @Test func fiftyParallelNotesSavesKeepOneOfTheTexts() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let (mentor, mentee) = try await Self.pairClients(app, fixture)
            // act
            let statuses = try await Self.postAtOnce(Self.parallel, from: [mentor, mentee]) { index in
                ("/conversations/\(fixture.a.conversation)/notes", [("sharedNotes", "Notes \(index)"), ("privateNotes", "Mine \(index)"), ("talkShare", "40")])
            }
            // validate: the last save wins, whole
            #expect(statuses.allSatisfy { $0 == 303 }, "\(statuses)")
            let conversation = try #require(try await Conversation.find(fixture.a.conversation, on: app.db))
            #expect((0..<Self.parallel).map { "Notes \($0)" }.contains(conversation.sharedNotes))
        }
    }

    @Test func fiftyParallelAgreementSavesMakeOneAgreementWithNumberedRevisions() async throws {
        try await withTestApp { app in
            // setup: the fixture's pair has no agreement yet
            let fixture = try await Fixture.make(on: app)
            let (mentor, mentee) = try await Self.pairClients(app, fixture)
            // act
            let statuses = try await Self.postAtOnce(Self.parallel, from: [mentor, mentee]) { index in
                ("/mentorships/\(fixture.a.pair)/agreement", [("menteeExpectations", "Honest feedback \(index)"), ("mentorExpectations", "Preparation"),
                                                              ("frequency", "monthly"), ("duration", "1 hour"), ("whoPlans", "mentee"),
                                                              ("preparation", ""), ("confidentiality", ""), ("discussedOn", "")])
            }
            // validate: one agreement, every save a revision with a number of its own
            #expect(statuses.allSatisfy { $0 == 303 }, "\(statuses)")
            let agreements = try await Agreement.query(on: app.db).filter(\.$mentorship.$id == fixture.a.pair).all()
            #expect(agreements.count == 1)
            let revisions = try await AgreementRevision.query(on: app.db).filter(\.$agreement.$id == agreements[0].id!).all().map(\.revision)
            #expect(revisions.sorted() == Array(1...Self.parallel))
            #expect(agreements[0].revision == Self.parallel)
        }
    }

    @Test func parallelAcceptsNeverGiveAMentorMoreThanTheirCapacity() async throws {
        try await withTestApp { app in
            // setup: the fixture's mentor (capacity 3) has one active pair and fifty requests waiting
            let fixture = try await Fixture.make(on: app)
            let hash = try await app.password.async.hash(Fixture.password)
            var requests: [UUID] = []
            for index in 0..<Self.parallel {
                let person = Person(organisationID: fixture.a.id, name: "Asker \(index)", email: "asker\(index)@a.example", passwordHash: hash)
                try await person.create(on: app.db)
                try await PersonRole(personID: person.id!, role: .mentee).create(on: app.db)
                let pair = Mentorship(organisationID: fixture.a.id, programmeID: fixture.a.programme, mentorID: fixture.a.mentor,
                                      menteeID: person.id!, status: .proposed)
                // A mentee's request: the mentor's yes alone starts the pair (a matching proposal needs both sides).
                pair.requestedBy = .mentee
                try await pair.create(on: app.db)
                requests.append(pair.id!)
            }
            let (mentor, _) = try await Self.pairClients(app, fixture)
            let waiting = requests
            // act: every request accepted at once, and the first one twice
            let statuses = try await Self.postAtOnce(Self.parallel + 1, from: [mentor]) { index in
                ("/mentorships/\(waiting[index % Self.parallel])/accept", [])
            }
            // validate: two places were left; every other accept is refused with the reason
            let active = try await Mentorship.query(on: app.db).filter(\.$mentor.$id == fixture.a.mentor).filter(\.$status == .active).count()
            #expect(active == 3)
            #expect(statuses.filter { $0 == 303 }.count == 2, "\(statuses)")
            #expect(statuses.filter { $0 == 409 }.count == Self.parallel - 1, "\(statuses)")
            let unanswered = try #require(try await Mentorship.query(on: app.db).filter(\.$mentor.$id == fixture.a.mentor).filter(\.$status == .proposed).first())
            let refused = try await mentor.tab().post("/mentorships/\(unanswered.id!)/accept")
            #expect(refused.status == .conflict)
            #expect(refused.body.string.contains("already has 3 active mentees"))
        }
    }

    @Test func parallelFitChecksKeepOneAnswerPerSide() async throws {
        try await withTestApp { app in
            // setup: the fixture's pair has a held conversation
            let fixture = try await Fixture.make(on: app)
            let (mentor, mentee) = try await Self.pairClients(app, fixture)
            // act
            let statuses = try await Self.postAtOnce(Self.parallel, from: [mentor, mentee]) { index in
                ("/mentorships/\(fixture.a.pair)/fit-check", [("answer", index % 3 == 0 ? "not_sure" : "good_fit"), ("comment", "")])
            }
            // validate
            #expect(statuses.allSatisfy { $0 == 303 }, "\(statuses)")
            #expect(try await FitCheck.query(on: app.db).filter(\.$mentorship.$id == fixture.a.pair).count() == 2)
        }
    }

    @Test func parallelTogglesAreEachAppliedOnce() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let (mentor, mentee) = try await Self.pairClients(app, fixture)
            // act: an even number of clicks on "done" and on "covered"
            let done = try await Self.postAtOnce(Self.parallel, from: [mentor, mentee]) { _ in ("/actions/\(fixture.a.action)/done", []) }
            let covered = try await Self.postAtOnce(Self.parallel, from: [mentor, mentee]) { _ in ("/agenda/\(fixture.a.agendaItem)/covered", []) }
            // validate: both are back where they started
            #expect((done + covered).allSatisfy { $0 == 303 }, "\(done) \(covered)")
            #expect(try await ActionItem.find(fixture.a.action, on: app.db)?.doneOn == nil)
            #expect(try await AgendaItem.find(fixture.a.agendaItem, on: app.db)?.covered == false)
        }
    }

    @Test func parallelNewConversationsCarryAnOpenAgendaItemOnce() async throws {
        try await withTestApp { app in
            // setup: the fixture's held conversation has one agenda item that was not covered
            let fixture = try await Fixture.make(on: app)
            let (mentor, mentee) = try await Self.pairClients(app, fixture)
            let day = ISO8601DateFormatter.string(from: Date(timeIntervalSinceNow: 86_400 * 14), timeZone: TimeZone(identifier: "Europe/Amsterdam")!,
                                                  formatOptions: [.withFullDate])
            // act
            let statuses = try await Self.postAtOnce(20, from: [mentor, mentee]) { index in
                ("/mentorships/\(fixture.a.pair)/conversations", [("date", day), ("time", String(format: "%02d:00", 8 + index % 10)),
                                                                  ("durationMinutes", "60"), ("place", "Room \(index)"), ("status", "planned"),
                                                                  ("initiative", "mentor")])
            }
            // validate
            #expect(statuses.allSatisfy { $0 == 303 }, "\(statuses)")
            #expect(try await Conversation.query(on: app.db).filter(\.$mentorship.$id == fixture.a.pair).count() == 21)
            #expect(try await AgendaItem.query(on: app.db).filter(\.$carriedFrom.$id == fixture.a.agendaItem).count() == 1)
        }
    }

    @Test func aUniqueConstraintRaceAnswersWithAConflictNotAnError() async throws {
        try await withTestApp { app in
            // setup: the mentor's fit check exists
            let fixture = try await Fixture.make(on: app)
            try await FitCheck(mentorshipID: fixture.a.pair, side: .mentor, answer: .goodFit, comment: "").create(on: app.db)
            // act: a second one for the same side, as a request that lost the race would write it
            do {
                try await app.db.writeTransaction(gate: app.writeGate) { db in
                    try await FitCheck(mentorshipID: fixture.a.pair, side: .mentor, answer: .notSure, comment: "").create(on: db)
                }
                Issue.record("the duplicate was written")
            } catch let refusal as UserError {
                // validate: refused as a conflict with the reader's message, and nothing was written
                #expect(refusal.status == .conflict)
                #expect(refusal.message == T.writeConflict)
            }
            #expect(try await FitCheck.query(on: app.db).filter(\.$mentorship.$id == fixture.a.pair).count() == 1)
        }
    }
}

extension TestClient {
    /// Another tab of the same browser: the same session and token, its own state.
    func tab() -> TestClient {
        let tab = TestClient(app, acceptLanguage: acceptLanguage)
        tab.cookie = cookie
        tab.csrf = csrf
        return tab
    }
}
