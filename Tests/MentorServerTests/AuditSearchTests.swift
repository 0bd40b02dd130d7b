import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

/// The administrator filters the audit log on who, the kind of record and the days, a page at a time.
@Suite struct AuditSearchTests {
    @Test func filtersAndPagesTheLog() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let admin = try #require(try await Person.find(fixture.a.admin, on: app.db))
            for index in 0..<130 {
                try await Audit.record("update", index < 120 ? "core_value" : "programme", id: nil, summary: "Waarde \(index)",
                                       organisationID: fixture.a.id, actorID: index.isMultiple(of: 2) ? admin.id : nil, on: app.db)
            }
            try await Audit.record("update", "core_value", id: nil, summary: "Waarde van B", organisationID: fixture.b.id, actorID: nil, on: app.db)

            let client = TestClient(app, acceptLanguage: "nl")
            try await client.signIn(fixture.a.emails[.admin]!)
            let start = try await client.get("/admin/audit").body.string
            let form = try #require(BrowserForm.all(in: start).first { $0.method == "get" && $0.action == "/admin/audit" })
            #expect(Set(form.fields.map(\.name)) == ["who", "record", "from", "to"])
            #expect(!start.contains("Waarde van B"))

            func search(_ typed: [String: String]) async throws -> String {
                let query = form.sent(typed).map { "\(TestClient.encode($0.0))=\(TestClient.encode($0.1))" }.joined(separator: "&")
                let response = try await client.get("/admin/audit?" + query)
                #expect(response.status == .ok)
                return response.body.string
            }
            let values = try await search(["record": "core_value"])
            #expect(values.contains("pagina 1 van 2") && values.contains("Waarde 119") && !values.contains("Waarde 125"))
            #expect(values.contains(T.nextPage(.nl)))
            let byName = try await search(["who": admin.name.lowercased(), "record": "programme"])
            #expect(byName.contains("5 gebeurtenissen") && byName.contains("Waarde 120") && !byName.contains("Waarde 121"))
            let today = Formats(language: .nl, timeZone: app.settings.timeZone).isoDay(app.now)
            #expect(try await search(["from": today, "to": today, "record": "programme"]).contains("10 gebeurtenissen"))
            #expect(try await search(["to": "2000-01-01"]).contains(T.noEventsMatch(.nl)))
            // Nonsense is ignored, never an error.
            let odd = try await client.get("/admin/audit?record=people%27--&from=gisteren&page=0")
            #expect(odd.status == .ok)
        }
    }
}
