import Testing
import Foundation
import Vapor
import VaporTesting
@testable import MentorServer
import MentorCore

/// Every route x every role x own or other organisation, with the status each must get.
/// A new route fails `everyRouteHasExpectations` until its row is added here.
@Suite struct AccessTests {
    enum Actor: String, CaseIterable, CustomStringConvertible {
        case anonymous, admin, coordinator, mentor, mentee
        /// The administrator of organisation B, reaching for organisation A's records.
        case otherAdmin
        var description: String { rawValue }
    }

    /// Expected status per actor. `own` applies to every signed-in actor of organisation A
    /// unless listed; `otherAdmin` is organisation B's administrator using A's ids.
    struct Row {
        var anonymous: UInt
        var admin: UInt
        var coordinator: UInt
        var mentor: UInt
        var mentee: UInt
        var otherAdmin: UInt

        func status(for actor: Actor) -> UInt {
            switch actor {
            case .anonymous: anonymous
            case .admin: admin
            case .coordinator: coordinator
            case .mentor: mentor
            case .mentee: mentee
            case .otherAdmin: otherAdmin
            }
        }
    }

    static func everyone(_ status: UInt) -> Row { Row(anonymous: status, admin: status, coordinator: status, mentor: status, mentee: status, otherAdmin: status) }
    static func signedIn(_ status: UInt) -> Row { Row(anonymous: 303, admin: status, coordinator: status, mentor: status, mentee: status, otherAdmin: status) }
    /// Admin-only pages without an id: organisation B's admin sees their own organisation's page.
    static func adminOnly(_ status: UInt) -> Row { Row(anonymous: 303, admin: status, coordinator: 403, mentor: 403, mentee: 403, otherAdmin: status) }
    /// Admin-only pages about one of organisation A's records: B's admin gets "not found".
    static func adminRecord(_ status: UInt) -> Row { Row(anonymous: 303, admin: status, coordinator: 403, mentor: 403, mentee: 403, otherAdmin: 404) }

    static let expectations: [String: Row] = [
        "GET /health": everyone(200),
        "GET /metrics": everyone(200),
        "GET /assets/:file": everyone(200),
        "GET /signin": Row(anonymous: 200, admin: 303, coordinator: 303, mentor: 303, mentee: 303, otherAdmin: 303),
        "POST /signin": everyone(401),
        "POST /signout": signedIn(303),
        "GET /account": signedIn(200),
        "POST /account/password": signedIn(422),
        "POST /account/language": signedIn(303),
        "POST /language": everyone(400),
        "GET /": Row(anonymous: 303, admin: 200, coordinator: 200, mentor: 200, mentee: 200, otherAdmin: 200),
        "GET /admin/organisation": adminOnly(200),
        "POST /admin/organisation": adminOnly(422),
        "GET /admin/values": adminOnly(200),
        "GET /admin/values/new": adminOnly(200),
        "POST /admin/values": adminOnly(422),
        "GET /admin/values/:id/edit": adminRecord(200),
        "POST /admin/values/:id": adminRecord(422),
        "POST /admin/values/:id/move": adminRecord(400),
        "POST /admin/values/:id/retire": adminRecord(303),
        "GET /admin/people": adminOnly(200),
        "GET /admin/people/new": adminOnly(200),
        "POST /admin/people": adminOnly(422),
        "GET /admin/people/:id/edit": adminRecord(200),
        "POST /admin/people/:id": adminRecord(422),
        "POST /admin/people/:id/active": adminRecord(303),
        "GET /admin/people/import": adminOnly(200),
        "POST /admin/people/import": adminOnly(422),
        "POST /admin/people/import/confirm": adminOnly(422),
        "GET /admin/programmes": adminOnly(200),
        "GET /admin/programmes/new": adminOnly(200),
        "POST /admin/programmes": adminOnly(422),
        "GET /admin/programmes/:id/edit": adminRecord(200),
        "POST /admin/programmes/:id": adminRecord(422),
    ]

    static func key(_ endpoint: Endpoint) -> String { "\(endpoint.method.rawValue) /\(endpoint.path)" }

    @Test func everyRouteHasExpectations() {
        let keys = Set(endpoints().map(Self.key))
        #expect(keys.subtracting(Self.expectations.keys).isEmpty, "routes without a row: \(keys.subtracting(Self.expectations.keys).sorted())")
        #expect(Set(Self.expectations.keys).subtracting(keys).isEmpty, "rows without a route: \(Set(Self.expectations.keys).subtracting(keys).sorted())")
    }

    @Test func everyRouteGivesEachRoleTheExpectedStatus() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            var failures: [String] = []
            for endpoint in endpoints() {
                guard let row = Self.expectations[Self.key(endpoint)] else { continue }
                let path = "/" + endpoint.path
                    .replacingOccurrences(of: ":file", with: String(Stylesheet.path.split(separator: "/").last!))
                    .replacingOccurrences(of: ":id", with: Self.recordID(for: endpoint.path, in: fixture.a).uuidString)
                for actor in Actor.allCases {
                    let client = TestClient(app)
                    switch actor {
                    case .anonymous: break
                    case .otherAdmin: try await client.signIn(fixture.b.emails[.admin]!)
                    case .admin: try await client.signIn(fixture.a.emails[.admin]!)
                    case .coordinator: try await client.signIn(fixture.a.emails[.coordinator]!)
                    case .mentor: try await client.signIn(fixture.a.emails[.mentor]!)
                    case .mentee: try await client.signIn(fixture.a.emails[.mentee]!)
                    }
                    // act
                    let response = endpoint.method == .GET ? try await client.get(path) : try await client.post(path)
                    // validate
                    if response.status.code != row.status(for: actor) {
                        failures.append("\(endpoint.method.rawValue) \(path) as \(actor): expected \(row.status(for: actor)), got \(response.status.code)")
                    }
                }
            }
            #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        }
    }

    /// The id that a route with `:id` is about, taken from organisation A.
    static func recordID(for path: String, in organisation: Fixture.Organisation) -> UUID {
        if path.hasPrefix("admin/values") { return organisation.value }
        if path.hasPrefix("admin/people") { return organisation.spare }
        if path.hasPrefix("admin/programmes") { return organisation.programme }
        return UUID()
    }

    @Test func otherOrganisationCannotChangeRecordsByGuessingIDs() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let client = TestClient(app)
            try await client.signIn(fixture.b.emails[.admin]!)
            // act
            let response = try await client.post("/admin/programmes/\(fixture.a.programme)",
                                                 [("name", "Taken over"), ("startsOn", "2026-01-01"), ("endsOn", "2026-12-31"), ("cadenceDays", "28")])
            // validate
            #expect(response.status == .notFound)
            let programme = try await Programme.find(fixture.a.programme, on: app.db)
            #expect(programme?.name == "Programme a")
        }
    }
}
