import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

/// The administrator finds people by name or address, role, practice group and status, a page
/// at a time, from the search form as the browser sends it.
@Suite struct PeopleSearchTests {
    /// Submits the page's search form with `typed` filled in, as a browser sends a GET form.
    static func search(_ client: TestClient, from page: String, _ typed: [String: String]) async throws -> String {
        let form = try #require(BrowserForm.all(in: page).first { $0.method == "get" && $0.action == "/admin/people" })
        let query = form.sent(typed).map { "\(TestClient.encode($0.0))=\(TestClient.encode($0.1))" }.joined(separator: "&")
        let response = try await client.get("/admin/people?" + query)
        #expect(response.status == .ok)
        return response.body.string
    }

    @Test func searchFiltersAndPages() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let hash = try await app.password.async.hash("unused-password")
            for index in 1...60 {
                let person = Person(organisationID: fixture.a.id, name: String(format: "Zoë Tester %02d", index), email: "zt\(index)@a.example",
                                    passwordHash: hash)
                person.practiceGroup = index.isMultiple(of: 2) ? "Tax" : "Audit"
                person.active = index != 7
                try await person.create(on: app.db)
                try await PersonRole(personID: try person.requireID(), role: index <= 5 ? .mentor : .mentee).create(on: app.db)
            }
            // In the other organisation: never found.
            let stranger = Person(organisationID: fixture.b.id, name: "Zoë Tester 99", email: "zt99@b.example", passwordHash: hash)
            try await stranger.create(on: app.db)

            let client = TestClient(app, acceptLanguage: "nl")
            try await client.signIn(fixture.a.emails[.admin]!)
            let start = try await client.get("/admin/people").body.string

            let all = try await Self.search(client, from: start, ["q": "zoë tester"])
            #expect(all.contains("60 mensen, pagina 1 van 2"))
            #expect(all.contains("Zoë Tester 01") && !all.contains("Zoë Tester 51") && !all.contains("Zoë Tester 99"))
            #expect(all.contains("page=2") && all.contains(T.nextPage(.nl)))
            let second = try await client.get("/admin/people?q=zo%C3%AB%20tester&page=2").body.string
            #expect(second.contains("Zoë Tester 51") && second.contains("Zoë Tester 60") && !second.contains("Zoë Tester 01"))

            let mentors = try await Self.search(client, from: start, ["q": "TESTER", "role": "mentor"])
            #expect(mentors.contains("5 mensen") && mentors.contains("Zoë Tester 05") && !mentors.contains("Zoë Tester 06"))
            let tax = try await Self.search(client, from: start, ["q": "tester", "group": "Tax", "status": "active"])
            #expect(tax.contains("30 mensen"))
            let inactive = try await Self.search(client, from: start, ["q": "tester", "status": "inactive"])
            #expect(inactive.contains("1 persoon") && inactive.contains("Zoë Tester 07"))
            // A search for the e-mail address, and wildcards that stand for themselves.
            #expect(try await Self.search(client, from: start, ["q": "zt12@"]).contains("Zoë Tester 12"))
            let wildcard = try await Self.search(client, from: start, ["q": "%"])
            #expect(wildcard.contains(T.noPeopleMatch(.nl)))
            // Nonsense in the address is ignored, never an error.
            let odd = try await client.get("/admin/people?role=king&status=maybe&page=-3")
            #expect(odd.status == .ok && odd.body.string.contains("mensen"))
        }
    }

    @Test func onlyAnAdministratorSearches() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app)
            try await client.signIn(fixture.a.emails[.coordinator]!)
            #expect(try await client.get("/admin/people?q=a").status == .forbidden)
        }
    }
}
