import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

/// A coordinator finds pairs by mentor, mentee, programme and status, a page at a time, from
/// the search form as the browser sends it; ended pairs stay out of sight unless asked for.
@Suite struct PairsSearchTests {
    /// Submits the page's search form with `typed` filled in (a select by its option's value).
    static func search(_ client: TestClient, from page: String, _ typed: [String: String]) async throws -> String {
        let form = try #require(BrowserForm.all(in: page).first { $0.method == "get" && $0.action == "/mentorships" })
        let query = form.sent(typed).map { "\(TestClient.encode($0.0))=\(TestClient.encode($0.1))" }.joined(separator: "&")
        let response = try await client.get("/mentorships?" + query)
        #expect(response.status == .ok)
        return response.body.string
    }

    /// `value` after checking that the select called `name` offers it, as a person choosing it would.
    static func offered(_ value: String, in page: String, select name: String) throws -> String {
        let form = try #require(BrowserForm.all(in: page).first { $0.method == "get" && $0.action == "/mentorships" })
        let field = try #require(form.fields.first { $0.name == name })
        #expect(field.options.contains(value))
        return value
    }

    @Test func searchFiltersAndPages() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let hash = try await app.password.async.hash("unused-password")
            let second = Programme(organisationID: fixture.a.id, name: "Traineeship <B>", startsOn: Date(timeIntervalSinceNow: -86_400),
                                   endsOn: Date(timeIntervalSinceNow: 86_400 * 200), cadenceDays: 28)
            try await second.create(on: app.db)
            for index in 1...60 {
                let mentee = Person(organisationID: fixture.a.id, name: String(format: "Zoë Mentee %02d", index), email: "zm\(index)@a.example",
                                    passwordHash: hash)
                try await mentee.create(on: app.db)
                let programme = index <= 10 ? try second.requireID() : fixture.a.programme
                let status: MentorshipStatus = index <= 5 ? .ended : index <= 8 ? .paused : .active
                try await Mentorship(organisationID: fixture.a.id, programmeID: programme, mentorID: index.isMultiple(of: 2) ? fixture.a.mentor : fixture.a.strangerMentor,
                                     menteeID: try mentee.requireID(), status: status).create(on: app.db)
            }
            // In the other organisation: never found.
            let stranger = Person(organisationID: fixture.b.id, name: "Zoë Mentee 99", email: "zm99@b.example", passwordHash: hash)
            try await stranger.create(on: app.db)
            try await Mentorship(organisationID: fixture.b.id, programmeID: fixture.b.programme, mentorID: fixture.b.mentor,
                                 menteeID: try stranger.requireID(), status: .active).create(on: app.db)

            let client = TestClient(app, acceptLanguage: "nl")
            try await client.signIn(fixture.a.emails[.coordinator]!)
            let start = try await client.get("/mentorships").body.string
            // 55 current pairs of the test mentees plus the fixture's own pair: two pages, ended ones left out.
            #expect(start.contains("56 koppels, pagina 1 van 2"))
            #expect(!start.contains("Zoë Mentee 01") && !start.contains("Zoë Mentee 99"))

            let named = try await Self.search(client, from: start, ["mentee": "zoë mentee 1"])
            #expect(named.contains("10 koppels") && named.contains("Zoë Mentee 10") && !named.contains("Zoë Mentee 20"))

            let ended = try await Self.search(client, from: start, ["status": "ended"])
            #expect(ended.contains("5 koppels") && ended.contains("Zoë Mentee 01") && !ended.contains("Zoë Mentee 06"))
            let everything = try await Self.search(client, from: start, ["status": "all", "mentee": "zoë"])
            #expect(everything.contains("60 koppels, pagina 1 van 2") && everything.contains("page=2"))
            let next = try await client.get("/mentorships?status=all&mentee=zo%C3%AB&page=2").body.string
            #expect(next.contains(T.previousPage(.nl)) && !next.contains(T.nextPage(.nl)))

            let programme = try Self.offered(try second.requireID().uuidString, in: start, select: "programme")
            let trainees = try await Self.search(client, from: start, ["programme": programme, "status": "paused"])
            #expect(trainees.contains("3 koppels") && trainees.contains("Zoë Mentee 06") && !trainees.contains("Zoë Mentee 09"))

            let byMentor = try await Self.search(client, from: start, ["mentor": "MENTOR A", "mentee": "zoë"])
            // Even-numbered mentees 10 to 60 are active or paused with the fixture's mentor ("Mentor A"): 28.
            #expect(byMentor.contains("28 koppels"))
            // Wildcards stand for themselves, nonsense is ignored, never an error.
            #expect(try await Self.search(client, from: start, ["mentor": "%"]).contains(T.noPairsMatch(.nl)))
            let odd = try await client.get("/mentorships?status=king&programme=nope&page=-3")
            #expect(odd.status == .ok && odd.body.string.contains("56 koppels"))
        }
    }

    @Test func onlyACoordinatorSeesTheWholeList() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            for role in [Role.mentor, .mentee] {
                let client = TestClient(app)
                try await client.signIn(fixture.a.emails[role]!)
                let page = try await client.get("/mentorships?status=all&mentee=a").body.string
                #expect(!page.contains(T.findPairs(.en)) && !page.contains("Mentee B"))
            }
        }
    }
}
