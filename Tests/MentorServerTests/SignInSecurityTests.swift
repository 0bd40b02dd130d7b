import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

/// Attacks on signing in: parallel guessing, telling accounts apart, floods from one
/// address, and floods that used to stall every other page (issue 11, items 4 and 5).
@Suite struct SignInSecurityTests {
    /// Clients that have loaded the sign-in page, so each holds its own form token.
    static func browsers(_ count: Int, on app: Application, headers: [(String, String)] = []) async throws -> [TestClient] {
        var clients: [TestClient] = []
        for _ in 0..<count {
            let client = TestClient(app, acceptLanguage: "en")
            client.headers = headers
            try await client.get("/signin")
            clients.append(client)
        }
        return clients
    }

    /// Sends one sign-in from each client at the same time; the statuses in any order.
    static func signInAtOnce(_ clients: [TestClient], email: @escaping @Sendable (Int) -> String,
                             password: @escaping @Sendable (Int) -> String) async throws -> [UInt] {
        try await withThrowingTaskGroup(of: UInt.self) { group in
            for (index, client) in clients.enumerated() {
                group.addTask {
                    try await client.post("/signin", [("email", email(index)), ("password", password(index))]).status.code
                }
            }
            var statuses: [UInt] = []
            for try await status in group { statuses.append(status) }
            return statuses
        }
    }

    @Test func parallelWrongGuessesLockTheAccountAndTheRightPasswordIsRefused() async throws {
        try await withTestApp { app in
            // setup
            // WAL and the busy timeout, as `serve` sets them: parallel writes wait for each other.
            try await app.prepareStorage()
            let fixture = try await Fixture.make(on: app)
            let email = fixture.a.emails[.mentee]!
            let realHash = try #require(try await Person.find(fixture.a.mentee, on: app.db)).passwordHash
            let realChecks = Tally()
            await app.passwordPools.replace(with: PasswordPool(threads: 2, waiting: 40, cost: 4) { password, hash in
                if hash == realHash { realChecks.record(1) }
                return try Bcrypt.verify(password, created: hash)
            })
            app.settings.signIn.attemptsPerAddress = 1000
            let attackers = try await Self.browsers(23, on: app)
            // act
            let statuses = try await Self.signInAtOnce(attackers, email: { _ in email }, password: { "wrong-guess-\($0)" })
            let withRightPassword = try await TestClient(app, acceptLanguage: "en").signIn(email)
            // validate
            #expect(statuses.count == 23)
            #expect(statuses.allSatisfy { $0 == 401 })
            // Counted before checking: only the first 5 guesses ever met the real hash.
            #expect(realChecks.count(1) == 5)
            #expect(withRightPassword.status == .unauthorized)
            let person = try #require(try await Person.find(fixture.a.mentee, on: app.db))
            #expect(person.lockedUntil != nil)
            #expect(person.failedSignIns == 24)
            let locks = try await AuditEvent.query(on: app.db).filter(\.$action == "lock").count()
            #expect(locks == 1)
        }
    }

    @Test func unknownInactiveLockedAndWrongPasswordGetTheSameAnswer() async throws {
        try await withTestApp { app in
            // setup: a locked mentee, an inactive spare, a normal mentor
            let fixture = try await Fixture.make(on: app)
            for _ in 0..<5 { try await TestClient(app).signIn(fixture.a.emails[.mentee]!, password: "wrong-password") }
            let spare = try #require(try await Person.find(fixture.a.spare, on: app.db))
            spare.active = false
            try await spare.save(on: app.db)
            let client = TestClient(app, acceptLanguage: "en")
            let tries: [(String, String)] = [
                ("nobody@a.example", "some-password-1"),
                (spare.email, Fixture.password),
                (fixture.a.emails[.mentee]!, Fixture.password),
                (fixture.a.emails[.mentee]!, "wrong-again-1"),
                (fixture.a.emails[.mentor]!, "wrong-password"),
            ]
            // act
            var answers: [(UInt, String)] = []
            for (email, password) in tries {
                let response = try await client.post("/signin", [("email", email), ("password", password)])
                answers.append((response.status.code, response.body.string.replacingOccurrences(of: email, with: "")))
            }
            // validate
            #expect(answers.allSatisfy { $0.0 == 401 })
            #expect(Set(answers.map(\.1)).count == 1)
            #expect(answers[0].1.contains("That email address and password do not match."))
        }
    }

    // The limit only guards against a hang (a page that never answers); what the test asserts is
    // the order of events, not a duration. In the whole bundle on 2 cores its setup alone can
    // take over two minutes, so the limit is generous.
    @Test(.timeLimit(.minutes(10)))
    func signInFloodDoesNotStallOtherPages() async throws {
        try await withTestApp { app in
            // setup: a signed-in reader, and a pool whose checks wait at a gate as slow bcrypt would
            // WAL and the busy timeout, as `serve` sets them: parallel writes wait for each other.
            try await app.prepareStorage()
            let fixture = try await Fixture.make(on: app)
            let reader = TestClient(app, acceptLanguage: "en")
            try await reader.signIn(fixture.a.emails[.mentor]!)
            // As many held threads as Vapor's shared pool has: were bcrypt still on that pool,
            // which runs every SQLite query, the page below could not answer.
            let threads = max(2, app.threadPool.numberOfThreads)
            let (waiting, turnedAway) = (6, 24)
            let gate = Gate()
            await app.passwordPools.replace(with: PasswordPool(threads: threads, waiting: waiting, cost: 4, check: gate.check()))
            app.settings.signIn.attemptsPerAddress = 1000
            let attackers = try await Self.browsers(threads + waiting + turnedAway, on: app)
            let mentee = fixture.a.emails[.mentee]!
            let tally = Tally()
            gate.close()
            // act (should the page never answer, the time limit cancels the test and the gate
            // opens, so the failure is reported instead of holding the threads for ever)
            let (page, refusedBeforePage, inFlight) = try await withTaskCancellationHandler {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for (index, attacker) in attackers.enumerated() {
                        group.addTask {
                            let email = index.isMultiple(of: 2) ? mentee : "nobody\(index)@a.example"
                            tally.record(try await attacker.post("/signin", [("email", email), ("password", "wrong-guess-\(index)")]).status.code)
                        }
                    }
                    // Every pool thread is held and every sign-in past the queue has been answered.
                    while gate.holding < threads || tally.count(429) < turnedAway { try await Task.sleep(for: .milliseconds(5)) }
                    let page = try await reader.get("/")
                    let refusedBeforePage = tally.count(401)
                    let inFlight = app.passwordPool.occupied
                    gate.open()
                    try await group.waitForAll()
                    return (page, refusedBeforePage, inFlight)
                }
            } onCancel: {
                gate.open()
            }
            // validate
            #expect(app.passwordPool.threadPool !== app.threadPool)
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Mentor A"))
            // The page finished while every admitted sign-in was still running or queued.
            #expect(refusedBeforePage == 0)
            #expect(inFlight == threads + waiting)
            #expect(tally.count(401) == threads + waiting)
            #expect(tally.count(429) == turnedAway)
        }
    }

    @Test(.timeLimit(.minutes(10)))
    func busyPoolAnswersAtOnceInTheReadersLanguage() async throws {
        try await withTestApp { app in
            // setup
            // WAL and the busy timeout, as `serve` sets them: parallel writes wait for each other.
            try await app.prepareStorage()
            let fixture = try await Fixture.make(on: app)
            let gate = Gate()
            await app.passwordPools.replace(with: PasswordPool(threads: 1, waiting: 0, cost: 4, check: gate.check()))
            let first = TestClient(app)
            try await first.get("/signin")
            let dutch = TestClient(app, acceptLanguage: "nl")
            let english = TestClient(app, acceptLanguage: "en")
            gate.close()
            // act
            let (nl, en, heldStatus) = try await withTaskCancellationHandler {
                async let held = first.post("/signin", [("email", fixture.a.emails[.mentor]!), ("password", "wrong-password")])
                while gate.holding < 1 { try await Task.sleep(for: .milliseconds(5)) }
                let nl = try await dutch.signIn(fixture.a.emails[.mentor]!)
                let en = try await english.signIn(fixture.a.emails[.mentor]!)
                gate.open()
                return (nl, en, try await held.status)
            } onCancel: {
                gate.open()
            }
            // validate
            #expect(nl.status == .tooManyRequests)
            #expect(nl.headers.first(name: .retryAfter) == "5")
            #expect(nl.body.string.contains("Er loggen nu veel mensen tegelijk in."))
            #expect(en.status == .tooManyRequests)
            #expect(en.body.string.contains("Many people are signing in right now."))
            #expect(heldStatus == .unauthorized)
            // Turned away before anything was counted.
            let mentor = try #require(try await Person.find(fixture.a.mentor, on: app.db))
            #expect(mentor.failedSignIns == 1)
        }
    }

    @Test func oneAddressIsLimitedEvenInParallelAndAForgedProxyEntryDoesNotHelp() async throws {
        try await withTestApp { app in
            // setup: behind a proxy that appends the client's address to X-Forwarded-For
            // WAL and the busy timeout, as `serve` sets them: parallel writes wait for each other.
            try await app.prepareStorage()
            let fixture = try await Fixture.make(on: app)
            app.settings.signIn.attemptsPerAddress = 6
            app.settings.signIn.clientAddressHeader = "X-Forwarded-For"
            let attacker = [("X-Forwarded-For", "203.0.113.7")]
            let attackers = try await Self.browsers(10, on: app, headers: attacker)
            // act
            let statuses = try await Self.signInAtOnce(attackers, email: { "guess\($0)@a.example" }, password: { "wrong-guess-\($0)" })
            let forged = TestClient(app, acceptLanguage: "nl")
            forged.headers = [("X-Forwarded-For", "192.0.2.1, 203.0.113.7")]
            let forgedAnswer = try await forged.signIn(fixture.a.emails[.mentor]!)
            let colleague = TestClient(app)
            colleague.headers = [("X-Forwarded-For", "198.51.100.2")]
            let colleagueAnswer = try await colleague.signIn(fixture.a.emails[.mentor]!)
            // validate
            #expect(statuses.filter { $0 == 401 }.count == 6)
            #expect(statuses.filter { $0 == 429 }.count == 4)
            // Counted before the password is checked: the right password does not get through either.
            #expect(forgedAnswer.status == .tooManyRequests)
            #expect(forgedAnswer.body.string.contains("Te veel inlogpogingen vanaf je netwerk. Wacht 15 minuten"))
            #expect(colleagueAnswer.status == .seeOther)
        }
    }

    @Test func successfulSignInsGiveTheirAttemptBack() async throws {
        try await withTestApp { app in
            // setup: an office behind one address
            let fixture = try await Fixture.make(on: app)
            app.settings.signIn.attemptsPerAddress = 2
            // act
            var statuses: [UInt] = []
            for role in [Role.admin, .coordinator, .mentor, .mentee] {
                statuses.append(try await TestClient(app).signIn(fixture.a.emails[role]!).status.code)
            }
            // validate
            #expect(statuses == [303, 303, 303, 303])
        }
    }

    @Test func aSuccessEndsTheRunOfFailures() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let email = fixture.a.emails[.mentor]!
            // act
            for _ in 0..<4 { try await TestClient(app).signIn(email, password: "wrong-password") }
            let between = try await TestClient(app).signIn(email)
            for _ in 0..<4 { try await TestClient(app).signIn(email, password: "wrong-password") }
            let after = try await TestClient(app).signIn(email)
            // validate
            #expect(between.status == .seeOther)
            #expect(after.status == .seeOther)
        }
    }

    @Test func lockRunsOutAndCountingStartsAgain() async throws {
        try await withTestApp { app in
            // setup: locked, and the lock has just run out
            let fixture = try await Fixture.make(on: app)
            let email = fixture.a.emails[.mentor]!
            for _ in 0..<5 { try await TestClient(app).signIn(email, password: "wrong-password") }
            let person = try #require(try await Person.find(fixture.a.mentor, on: app.db))
            #expect(person.lockedUntil != nil)
            person.lockedUntil = Date(timeIntervalSinceNow: -60)
            try await person.save(on: app.db)
            // act
            let response = try await TestClient(app).signIn(email)
            // validate
            #expect(response.status == .seeOther)
            let after = try #require(try await Person.find(fixture.a.mentor, on: app.db))
            #expect(after.failedSignIns == 0)
            #expect(after.lockedUntil == nil)
        }
    }

    @Test func clientAddressComesFromTheConfiguredHeaderOnly() async throws {
        try await withTestApp { app in
            // setup
            let request = Request(application: app, headers: ["X-Forwarded-For": "10.1.1.1, 203.0.113.9"], on: app.eventLoopGroup.next())
            // act
            let withoutSetting = request.clientAddress
            app.settings.signIn.clientAddressHeader = "X-Forwarded-For"
            let withSetting = request.clientAddress
            // validate
            #expect(withoutSetting == "unknown")
            #expect(withSetting == "203.0.113.9")
            let parsed = try AppSettings.fromEnvironment(["MENTOR_CLIENT_IP_HEADER": "X-Real-IP"])
            #expect(parsed.signIn.clientAddressHeader == "X-Real-IP")
            #expect(throws: AppSettings.Problems.self) { try AppSettings.fromEnvironment(["MENTOR_CLIENT_IP_HEADER": "X Real: IP"]) }
        }
    }
}
