import Benchmark
import Foundation
import MentorCore
import MentorServer
import Vapor

/// The mirror's hot paths: the pure computation for a busy mentor, and the `/mirror` page
/// served from SQLite through the whole application (middleware, session, queries, HTML).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .mallocCountTotal, .throughput], maxDuration: .seconds(10), maxIterations: 2_000)

    // 12 mentees x 40 held conversations, with agenda, actions, scores, goals, evidence, observations.
    let (pairs, values) = SyntheticMentor.make(mentees: 12, conversations: 40)
    let settings = MirrorSettings(period: DateInterval(start: SyntheticMentor.now.addingTimeInterval(-600 * 86_400), end: SyntheticMentor.now),
                                  now: SyntheticMentor.now)
    Benchmark("Mirror: 12 mentees x 40 conversations") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(pairs.map { Mirror.compute($0, values: values, settings: settings) })
        }
    }

    Benchmark("GET /mirror on SQLite: busy mentor (12 x 40) in demo x5",
              configuration: .init(metrics: [.wallClock, .throughput], maxDuration: .seconds(15), maxIterations: 500,
                                   setup: { try await PageFixture.shared.start() })) { benchmark in
        let fixture = PageFixture.shared
        for _ in benchmark.scaledIterations {
            blackHole(try await fixture.getMirror())
        }
    }

    // One pair's mirror: the page with the charts, their legends and tables, and what stands out.
    Benchmark("GET /mentorships/:id/mirror on SQLite: a pair of the busy mentor (40 conversations) in demo x5",
              configuration: .init(metrics: [.wallClock, .throughput], maxDuration: .seconds(15), maxIterations: 500,
                                   setup: { try await PageFixture.shared.start() })) { benchmark in
        let fixture = PageFixture.shared
        for _ in benchmark.scaledIterations {
            blackHole(try await fixture.getPairMirror())
        }
    }

    Benchmark("GET /programmes/:id/health on SQLite: 12 pairs x 40 conversations in demo x5",
              configuration: .init(metrics: [.wallClock, .throughput], maxDuration: .seconds(15), maxIterations: 500,
                                   setup: { try await PageFixture.shared.start() })) { benchmark in
        let fixture = PageFixture.shared
        for _ in benchmark.scaledIterations {
            blackHole(try await fixture.getHealth())
        }
    }

    // The other signed-in pages of issue 18, same fixture and the same signed-in busy mentor
    // (mentor of 12 pairs and coordinator of their programme). Each path is found once from
    // the rendered links, as a browser would follow them.
    let pages: [(name: String, path: @Sendable (PageFixture) async throws -> String)] = [
        ("GET / on SQLite: home of the busy mentor (12 pairs, also coordinator) in demo x5", { _ in "/" }),
        ("GET /mentorships on SQLite: the pairs list of the busy mentor and coordinator in demo x5", { _ in "/mentorships" }),
        ("GET /mentorships/:id on SQLite: a pair page of the busy mentor (40 conversations) in demo x5",
         { try await $0.link(on: "/mentorships", matching: #"/mentorships/[0-9A-Fa-f-]{36}(?=")"#) }),
        ("GET /conversations/:id on SQLite: a held conversation of the busy mentor in demo x5",
         { fixture in try await fixture.link(on: try await fixture.link(on: "/mentorships", matching: #"/mentorships/[0-9A-Fa-f-]{36}(?=")"#),
                                             matching: #"/conversations/[0-9A-Fa-f-]{36}(?=")"#) }),
        ("GET /health on SQLite: the load balancer's check (no session) in demo x5", { _ in "/health" }),
    ]
    for page in pages {
        Benchmark(page.name,
                  configuration: .init(metrics: [.wallClock, .throughput], maxDuration: .seconds(15), maxIterations: 1_000,
                                       setup: { try await PageFixture.shared.start() })) { benchmark in
            let fixture = PageFixture.shared
            let path = try await page.path(fixture)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                blackHole(try await fixture.get(path))
            }
        }
    }
}

/// A mentor's records made in memory, deterministic.
enum SyntheticMentor {
    static let now = Date(timeIntervalSince1970: 1_780_000_000)

    static func make(mentees: Int, conversations: Int) -> ([PairRecord], [CoreValueRecord]) {
        var random = SystemRandomNumberGenerator()
        let values = (0..<4).map { CoreValueRecord(id: UUID(), name: "Value \($0)") }
        let pairs = (0..<mentees).map { index -> PairRecord in
            let goal = GoalRecord(id: UUID(), title: "Goal", theme: index % 3 == 0 ? "work_organisation" : "expertise", status: .inProgress)
            var records: [ConversationRecord] = []
            var scores: [ScoreRecord] = [], evidence: [EvidenceRecord] = [], actions: [ActionRecord] = [], observations: [ObservationRecord] = []
            for number in 0..<conversations {
                let date = now.addingTimeInterval(-Double(conversations - number) * 14 * 86_400)
                let id = UUID()
                records.append(ConversationRecord(id: id, date: date, status: .held, initiator: Bool.random(using: &random) ? .mentee : .mentor,
                                                  agenda: [AgendaRecord(author: .mentee, addedBeforehand: Bool.random(using: &random)),
                                                           AgendaRecord(author: .mentor, addedBeforehand: true)],
                                                  estimatedTalkShare: Double.random(in: 0.2...0.7, using: &random)))
                scores.append(ScoreRecord(valueID: values[number % 4].id, conversationID: id, date: date, score: Int.random(in: 1...5, using: &random)))
                if number % 3 == 0 { evidence.append(EvidenceRecord(goalID: goal.id, conversationID: id, date: date)) }
                actions.append(ActionRecord(owner: .mentee, due: date.addingTimeInterval(7 * 86_400), done: Bool.random(using: &random) ? date : nil))
                if number % 4 == 0 { observations.append(ObservationRecord(conversationID: id, date: date, pattern: "waits_for_others", effect: .hinders)) }
            }
            return PairRecord(pairID: UUID(), menteeName: "Mentee \(index)", conversations: records,
                              agreement: AgreementRecord(discussedOn: now.addingTimeInterval(-400 * 86_400), mentorConfirmedAt: nil, menteeConfirmedAt: nil),
                              scores: scores, goals: [goal], evidence: evidence, actions: actions, observations: observations)
        }
        return (pairs, values)
    }
}

/// The real application on a temporary SQLite file with the demo five times over and a busy
/// mentor, signed in once; each iteration is one GET /mirror through the responder.
final class PageFixture: @unchecked Sendable {
    static let shared = PageFixture()
    private var app: Application?
    private var cookie = ""
    private var cookies: [String: String] = [:]

    func start() async throws {
        guard app == nil else { return }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mentor-bench-\(UUID().uuidString).sqlite").path
        let app = try await Application.make(.production)
        app.logger.logLevel = .error
        try await configure(app, settings: AppSettings(storage: .sqlite(path: path), bcryptCost: 4))
        try await LoadData.prepare(app, demoCopies: 5, busyMentorEmail: "busy@load.example", password: "benchmark-password")
        try await app.asyncBoot()
        self.app = app
        // Sign in: a GET for the session and its token, then the form.
        let first = try await send(.GET, "/signin")
        let token = Self.token(first.body.string ?? "") ?? ""
        let signIn = try await send(.POST, "/signin", body: "email=busy%40load.example&password=benchmark-password&_csrf=\(token)")
        guard signIn.status == .seeOther else { fatalError("sign-in failed: \(signIn.status)") }
        let page = try await send(.GET, "/mirror")
        guard page.status == .ok, (page.body.string ?? "").contains("Mentee 12") else { fatalError("mirror page failed: \(page.status)") }
    }

    func getMirror() async throws -> Int {
        let response = try await send(.GET, "/mirror")
        return response.body.count
    }

    /// The first pair's mirror linked from the overview.
    private var pairMirrorPath: String?

    func getPairMirror() async throws -> Int {
        if pairMirrorPath == nil {
            let overview = try await send(.GET, "/mirror").body.string ?? ""
            guard let range = overview.range(of: #"/mentorships/[0-9A-Fa-f-]{36}/mirror"#, options: .regularExpression) else { fatalError("no pair mirror link") }
            pairMirrorPath = String(overview[range])
        }
        let response = try await send(.GET, pairMirrorPath!)
        guard response.status == .ok else { fatalError("pair mirror failed: \(response.status)") }
        return response.body.count
    }

    /// The busy mentor also coordinates the programme; its health page is linked from home.
    private var healthPath: String?

    func getHealth() async throws -> Int {
        if healthPath == nil {
            let home = try await send(.GET, "/").body.string ?? ""
            guard let range = home.range(of: #"/programmes/[0-9A-Fa-f-]{36}/health"#, options: .regularExpression) else { fatalError("no health link") }
            healthPath = String(home[range])
        }
        let response = try await send(.GET, healthPath!)
        guard response.status == .ok else { fatalError("health page failed: \(response.status)") }
        return response.body.count
    }

    /// Links found once per page and pattern, so every iteration sends the same request.
    private var links: [String: String] = [:]

    /// The first link on the page at `source` that matches `pattern` (a regular expression).
    func link(on source: String, matching pattern: String) async throws -> String {
        let key = source + " " + pattern
        if let known = links[key] { return known }
        let html = try await send(.GET, source).body.string ?? ""
        guard let range = html.range(of: pattern, options: .regularExpression) else { fatalError("no link like \(pattern) on \(source)") }
        links[key] = String(html[range])
        return String(html[range])
    }

    /// One signed-in GET; anything but 200 stops the run, so no figure is taken from an error page.
    func get(_ path: String) async throws -> Int {
        let response = try await send(.GET, path)
        guard response.status == .ok else { fatalError("GET \(path) answered \(response.status)") }
        return response.body.count
    }

    private func send(_ method: HTTPMethod, _ path: String, body: String? = nil) async throws -> Response {
        guard let app else { fatalError("not started") }
        var headers = HTTPHeaders()
        if !cookie.isEmpty { headers.add(name: .cookie, value: cookie) }
        if body != nil { headers.contentType = .urlEncodedForm }
        let request = Request(application: app, method: method, url: URI(path: path), headers: headers,
                              collectedBody: body.map { ByteBuffer(string: $0) }, on: app.eventLoopGroup.next())
        let response = try await app.responder.current.respond(to: request).get()
        // Every cookie, as a browser keeps them: the sign-in form's token is bound to the `mentor-csrf` cookie.
        for value in response.headers[.setCookie] {
            let pair = value.split(separator: ";")[0]
            guard let name = pair.split(separator: "=", maxSplits: 1).first.map(String.init) else { continue }
            cookies[name] = String(pair)
        }
        cookie = cookies.values.sorted().joined(separator: "; ")
        return response
    }

    static func token(_ html: String) -> String? {
        guard let range = html.range(of: "name=\"_csrf\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]).addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "" }
    }
}
