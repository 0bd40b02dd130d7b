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
        /// A mentor of organisation A who is not in the fixture's pair.
        case strangerMentor
        /// The administrator and coordinator of organisation B, reaching for organisation A's records.
        case otherAdmin, otherCoordinator
        /// A mentor and a mentee of organisation B, reaching for organisation A's pair.
        case otherMentor, otherMentee
        var description: String { rawValue }
    }

    /// Expected status per actor.
    struct Row {
        var statuses: [Actor: UInt]

        /// The status for `actor` on a route with `access`. Unless the row says otherwise, a mentor
        /// or mentee of organisation B gets what A's own mentor or mentee gets, except on a route
        /// about one of A's pairs: there a place they could hold (A's member gets anything but 403)
        /// is "not found", as for any outsider.
        func status(for actor: Actor, access: Access) -> UInt {
            if let status = statuses[actor] { return status }
            let own = actor == .otherMentor ? statuses[.mentor]! : statuses[.mentee]!
            guard case .pair = access else { return own }
            return own == 403 ? 403 : 404
        }

        /// Starts from `base` for every signed-in actor and 303 (to the sign-in page) for anonymous, then applies overrides.
        init(_ base: UInt, anonymous: UInt = 303, _ overrides: [Actor: UInt] = [:]) {
            var statuses: [Actor: UInt] = [:]
            for actor in Actor.allCases { statuses[actor] = actor == .anonymous ? anonymous : base }
            statuses[.otherMentor] = nil
            statuses[.otherMentee] = nil
            for (actor, status) in overrides { statuses[actor] = status }
            self.statuses = statuses
        }
    }

    static func everyone(_ status: UInt) -> Row { Row(status, anonymous: status) }
    static func signedIn(_ status: UInt) -> Row { Row(status) }
    /// Admin-only pages without an id: organisation B's admin sees their own organisation's page.
    static func adminOnly(_ status: UInt) -> Row { Row(403, [.admin: status, .otherAdmin: status]) }
    /// Admin-only pages about one of organisation A's records: B's admin gets "not found".
    static func adminRecord(_ status: UInt) -> Row { Row(403, [.admin: status, .otherAdmin: 404]) }
    /// Pages of the fixture's pair for its mentor and mentee: another mentor of A gets 404,
    /// roles without access 403.
    static func pairMembers(_ status: UInt) -> Row { Row(403, [.mentor: status, .mentee: status, .strangerMentor: 404]) }
    static func pairMentor(_ status: UInt) -> Row { Row(403, [.mentor: status, .strangerMentor: 404]) }
    static func pairMentee(_ status: UInt, mentor: UInt = 403) -> Row { Row(403, [.mentee: status, .mentor: mentor]) }
    static func coordinatorOnly(_ status: UInt) -> Row { Row(403, [.coordinator: status, .otherCoordinator: status]) }

    static let expectations: [String: Row] = [
        "GET /health": everyone(200),
        "GET /metrics": everyone(200),
        "GET /assets/:file": everyone(200),
        "GET /signin": Row(303, anonymous: 200),
        // Sign-in through the identity provider (issue 17): no organisation signs in the walk's empty
        // address (422), no organisation has the token as its slug (404), and an answer without
        // this browser's sign-in goes back to the sign-in page (303). The settings are each
        // administrator's own organisation's: B's admin reads and saves B's (OpenIDConnectTests).
        "POST /signin/provider": everyone(422),
        "GET /signin/provider/:token": everyone(404),
        "GET /signin/callback": everyone(303),
        "GET /admin/identity-provider": adminOnly(200),
        "POST /admin/identity-provider": adminOnly(303),
        "POST /signin": everyone(401),
        "POST /signout": signedIn(303),
        "POST /account/signout-everywhere": signedIn(303),
        "GET /account": signedIn(200),
        // Personal access tokens for the JSON API (an empty form: 422; a token id nobody has: 404),
        // and the API's OpenAPI document. The API itself is in APIAccessMatrixTests.
        "GET /account/tokens": signedIn(200),
        "POST /account/tokens": signedIn(422),
        "POST /account/tokens/:id/revoke": signedIn(404),
        "GET /api/openapi.json": everyone(200),
        "POST /account/password": signedIn(422),
        "POST /account/language": signedIn(303),
        "POST /account/time-zone": signedIn(303),
        "POST /language": everyone(400),
        "GET /": signedIn(200),
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
        // Invitations and password links
        // 303: the walk has deactivated the spare person by then, so the admin is sent back to the edit page.
        "POST /admin/people/:id/invitation": adminRecord(303),
        "POST /admin/people/invitations": adminOnly(303),
        "GET /password/forgot": everyone(200),
        "POST /password/forgot": everyone(422),
        "GET /password/new/:token": everyone(404),
        "POST /password/new/:token": everyone(404),
        "GET /admin/programmes": adminOnly(200),
        "GET /admin/programmes/new": adminOnly(200),
        "POST /admin/programmes": adminOnly(422),
        "GET /admin/programmes/:id/edit": adminRecord(200),
        "POST /admin/programmes/:id": adminRecord(422),
        "GET /admin/audit": adminOnly(200),
        "GET /admin/lists": adminOnly(200),
        "POST /admin/lists": adminOnly(400),
        "POST /admin/lists/:id/retire": adminRecord(303),
        // Pairs
        "GET /mentorships": Row(200, [.admin: 403, .otherAdmin: 403]),
        "GET /mentorships/new": coordinatorOnly(200),
        "POST /mentorships": coordinatorOnly(422),
        "GET /mentors": Row(403, [.mentee: 200]),
        "POST /mentorships/request": Row(403, [.mentee: 422]),
        "GET /mentorships/:id": Row(403, [.mentor: 200, .mentee: 200, .coordinator: 200, .strangerMentor: 404, .otherCoordinator: 404]),
        // Issue 15: the mentee answers a pair matching proposed as well; the fixture's pair is active, so 409.
        "POST /mentorships/:id/accept": pairMembers(409),
        "POST /mentorships/:id/decline": pairMembers(409),
        "POST /mentorships/:id/withdraw": pairMentee(409),
        // Only a coordinator of the pair's organisation; the fixture's pair is no proposal (409).
        "POST /mentorships/:id/withdraw-proposal": Row(403, [.coordinator: 409, .otherCoordinator: 404]),
        "POST /mentorships/:id/status": Row(403, [.mentor: 400, .coordinator: 400, .strangerMentor: 404, .otherCoordinator: 404]),
        "POST /mentorships/:id/fit-check": pairMembers(400),
        "GET /mentorships/:id/agreement": pairMembers(200),
        "POST /mentorships/:id/agreement": pairMembers(422),
        "POST /mentorships/:id/agreement/confirm": pairMembers(409),
        // Conversations
        "GET /mentorships/:id/conversations/new": pairMembers(200),
        "POST /mentorships/:id/conversations": pairMembers(422),
        "GET /conversations/:id": pairMembers(200),
        "POST /conversations/:id": pairMembers(422),
        "GET /conversations/:id/calendar.ics": pairMembers(200),
        "POST /conversations/:id/agenda": pairMembers(422),
        "POST /agenda/:id/covered": pairMembers(303),
        "POST /conversations/:id/notes": pairMembers(303),
        "POST /conversations/:id/actions": pairMembers(422),
        "POST /actions/:id/done": pairMembers(303),
        "POST /conversations/:id/evidence": pairMentor(422),
        "POST /conversations/:id/scores": pairMentor(422),
        "POST /conversations/:id/observations": pairMentor(422),
        "GET /conversations/:id/log": pairMentor(200),
        "POST /conversations/:id/log": pairMentor(422),
        // Correcting and removing (the fixture's conversation was held, so it cannot be moved or
        // cancelled: 409; a removal without its confirmation changes nothing: 422; the fixture's
        // agenda item is the mentee's, so its mentor may not change it: 403)
        "GET /conversations/:id/reschedule": pairMembers(409),
        "POST /conversations/:id/reschedule": pairMembers(409),
        "GET /conversations/:id/cancel": pairMembers(409),
        "POST /conversations/:id/cancel": pairMembers(409),
        "GET /agenda/:id/edit": Row(403, [.mentee: 200, .strangerMentor: 404, .otherMentor: 404]),
        "POST /agenda/:id/edit": Row(403, [.mentee: 422, .strangerMentor: 404, .otherMentor: 404]),
        "GET /agenda/:id/delete": Row(403, [.mentee: 200, .strangerMentor: 404, .otherMentor: 404]),
        "POST /agenda/:id/delete": Row(403, [.mentee: 422, .strangerMentor: 404, .otherMentor: 404]),
        "GET /actions/:id/edit": pairMembers(200),
        "POST /actions/:id/edit": pairMembers(422),
        "GET /actions/:id/delete": pairMembers(200),
        "POST /actions/:id/delete": pairMembers(422),
        "GET /evidence/:id/edit": pairMentor(200),
        "POST /evidence/:id/edit": pairMentor(422),
        "GET /evidence/:id/delete": pairMentor(200),
        "POST /evidence/:id/delete": pairMentor(422),
        "GET /scores/:id/edit": pairMentor(200),
        "POST /scores/:id/edit": pairMentor(422),
        "GET /scores/:id/delete": pairMentor(200),
        "POST /scores/:id/delete": pairMentor(422),
        "GET /observations/:id/edit": pairMentor(200),
        "POST /observations/:id/edit": pairMentor(422),
        "GET /observations/:id/delete": pairMentor(200),
        "POST /observations/:id/delete": pairMentor(422),
        "GET /goals/:id/delete": pairMentee(200),
        "POST /goals/:id/delete": pairMentee(422),
        "GET /admin/lists/:id/edit": adminRecord(200),
        "POST /admin/lists/:id/edit": adminRecord(422),
        "GET /admin/lists/:id/delete": adminRecord(200),
        "POST /admin/lists/:id/delete": adminRecord(422),
        // Goals
        "GET /mentorships/:id/goals/new": pairMentee(200),
        "POST /mentorships/:id/goals": pairMentee(422),
        "GET /goals/:id": pairMembers(200),
        "POST /goals/:id": pairMentee(422),
        "POST /goals/:id/comment": pairMentor(303),
        // Mirror
        "GET /mirror": Row(403, [.mentor: 200, .strangerMentor: 200]),
        "GET /mentorships/:id/mirror": pairMentor(200),
        "GET /mirror/reflections": Row(403, [.mentor: 200, .strangerMentor: 200]),
        "POST /mirror/reflections": Row(403, [.mentor: 422, .strangerMentor: 422]),
        // A reflection is its mentor's own, looked up by its owner: an id that is not theirs is "not found".
        "GET /mirror/reflections/:id/edit": Row(403, [.mentor: 404, .strangerMentor: 404]),
        "POST /mirror/reflections/:id/edit": Row(403, [.mentor: 404, .strangerMentor: 404]),
        "GET /mirror/reflections/:id/delete": Row(403, [.mentor: 404, .strangerMentor: 404]),
        "POST /mirror/reflections/:id/delete": Row(403, [.mentor: 404, .strangerMentor: 404]),
        "GET /mentorships/:id/progress": pairMentee(200),
        "GET /admin/guidance": adminOnly(200),
        "POST /admin/guidance": adminOnly(303),
        // Matching
        "GET /programmes/:id/matching": Row(403, [.coordinator: 200, .otherCoordinator: 404]),
        "POST /programmes/:id/matching/mark": Row(403, [.coordinator: 400, .otherCoordinator: 404]),
        "POST /programmes/:id/matching/publish": Row(403, [.coordinator: 303, .otherCoordinator: 404]),
        // Without a round's id in the form: a bad request.
        "POST /programmes/:id/matching/undo": Row(403, [.coordinator: 400, .otherCoordinator: 404]),
        "GET /account/availability": Row(403, [.mentor: 200, .strangerMentor: 200]),
        // An empty form keeps the mentor's capacity and makes them available.
        "POST /account/availability": Row(403, [.mentor: 303, .strangerMentor: 303]),
        "GET /account/preferences": Row(403, [.mentor: 200, .mentee: 200, .strangerMentor: 200]),
        "POST /account/preferences": Row(403, [.mentor: 303, .mentee: 303, .strangerMentor: 303]),
        // Transcripts
        "POST /conversations/:id/transcript": pairMembers(422),
        "POST /conversations/:id/transcript/mapping": pairMembers(404),
        "POST /conversations/:id/transcript/delete-text": pairMembers(404),
        "POST /conversations/:id/transcript/delete": pairMembers(404),
        "POST /conversations/:id/transcript/estimate": pairMentor(404),
        // The mentee's view: the pair's mentee only (422: the walk sends no answer / no setting).
        "GET /conversations/:id/mentee-view": pairMentee(200),
        "POST /conversations/:id/mentee-view": pairMentee(422),
        "POST /conversations/:id/mentee-view/setting": pairMentee(422),
        // Programme health, notifications and the pulse survey
        "GET /programmes/:id/health": Row(403, [.coordinator: 200, .otherCoordinator: 404]),
        "GET /programmes/:id/health/export": Row(403, [.coordinator: 400, .otherCoordinator: 404]),
        "GET /programmes/compare": coordinatorOnly(200),
        "GET /programmes/compare/export": coordinatorOnly(200),
        "GET /notifications": signedIn(200),
        "POST /notifications/:id/open": signedIn(404),
        "POST /notifications/read-all": signedIn(303),
        "POST /account/notifications": signedIn(400),
        "GET /mentorships/:id/pulse": pairMembers(200),
        "POST /mentorships/:id/pulse": pairMembers(409),
        // Data rights
        "GET /account/export": signedIn(200),
        "GET /account/export.json": signedIn(200),
        "GET /admin/people/:id/erase": adminRecord(200),
        "POST /admin/people/:id/erase": adminRecord(422),
        "GET /admin/outbox": adminOnly(200),
        "POST /admin/outbox/:id/retry": adminOnly(404),
        // SCIM provisioning tokens (issue 17): an empty form 422; a token id nobody has 404.
        "GET /admin/provisioning": adminOnly(200),
        "POST /admin/provisioning/tokens": adminOnly(422),
        "POST /admin/provisioning/tokens/:id/revoke": adminOnly(404),
        // SCIM itself takes an organisation's bearer token and nothing else: every actor here has only
        // a session cookie (or nothing), so every SCIM route answers 401 (SCIMTests has the token cases).
        "GET /scim/v2/ServiceProviderConfig": everyone(401),
        "POST /scim/v2/ServiceProviderConfig": everyone(401),
        "PUT /scim/v2/ServiceProviderConfig": everyone(401),
        "PATCH /scim/v2/ServiceProviderConfig": everyone(401),
        "DELETE /scim/v2/ServiceProviderConfig": everyone(401),
        "GET /scim/v2/ResourceTypes": everyone(401),
        "POST /scim/v2/ResourceTypes": everyone(401),
        "PUT /scim/v2/ResourceTypes": everyone(401),
        "PATCH /scim/v2/ResourceTypes": everyone(401),
        "DELETE /scim/v2/ResourceTypes": everyone(401),
        "GET /scim/v2/ResourceTypes/:token": everyone(401),
        "GET /scim/v2/Schemas": everyone(401),
        "POST /scim/v2/Schemas": everyone(401),
        "PUT /scim/v2/Schemas": everyone(401),
        "PATCH /scim/v2/Schemas": everyone(401),
        "DELETE /scim/v2/Schemas": everyone(401),
        "GET /scim/v2/Schemas/:token": everyone(401),
        "GET /scim/v2/Users": everyone(401),
        "POST /scim/v2/Users": everyone(401),
        "GET /scim/v2/Users/:token": everyone(401),
        "PUT /scim/v2/Users/:token": everyone(401),
        "PATCH /scim/v2/Users/:token": everyone(401),
        "DELETE /scim/v2/Users/:token": everyone(401),
        "GET /scim/v2/Groups": everyone(401),
        "POST /scim/v2/Groups": everyone(401),
        "GET /scim/v2/Groups/:token": everyone(401),
        "PATCH /scim/v2/Groups/:token": everyone(401),
        "POST /scim/v2/.search": everyone(401),
        "GET /scim/v2/**": everyone(401),
        "POST /scim/v2/**": everyone(401),
        "PUT /scim/v2/**": everyone(401),
        "PATCH /scim/v2/**": everyone(401),
        "DELETE /scim/v2/**": everyone(401),
        // Calendar
        "GET /calendar/:token": everyone(404),
        "POST /account/calendar": signedIn(200),  // the new feed address is shown once, in the answer itself
        "POST /account/calendar/revoke": signedIn(303),
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
            var fixture = try await Fixture.make(on: app)
            try await Fixture.addMentorRecords(to: &fixture.a, on: app.db)
            var failures: [String] = []
            for endpoint in endpoints() {
                guard let row = Self.expectations[Self.key(endpoint)] else { continue }
                let path = "/" + endpoint.path
                    .replacingOccurrences(of: ":file", with: String(Stylesheet.path.split(separator: "/").last!))
                    .replacingOccurrences(of: ":id", with: Self.recordID(for: endpoint.access, in: fixture.a).uuidString)
                    .replacingOccurrences(of: ":token", with: "not-a-real-token-but-long-enough-to-be-checked.ics")
                for actor in Actor.allCases {
                    let client = TestClient(app)
                    switch actor {
                    case .anonymous: break
                    case .otherAdmin: try await client.signIn(fixture.b.emails[.admin]!)
                    case .admin: try await client.signIn(fixture.a.emails[.admin]!)
                    case .coordinator: try await client.signIn(fixture.a.emails[.coordinator]!)
                    case .mentor: try await client.signIn(fixture.a.emails[.mentor]!)
                    case .mentee: try await client.signIn(fixture.a.emails[.mentee]!)
                    case .strangerMentor: try await client.signIn(fixture.a.strangerEmail)
                    case .otherCoordinator: try await client.signIn(fixture.b.emails[.coordinator]!)
                    case .otherMentor: try await client.signIn(fixture.b.emails[.mentor]!)
                    case .otherMentee: try await client.signIn(fixture.b.emails[.mentee]!)
                    }
                    // act
                    let response = endpoint.method == .GET ? try await client.get(path) : try await client.post(path)
                    // validate
                    let expected = row.status(for: actor, access: endpoint.access)
                    if response.status.code != expected {
                        failures.append("\(endpoint.method.rawValue) \(path) as \(actor): expected \(expected), got \(response.status.code)")
                    }
                }
            }
            #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        }
    }

    /// The id that a route with `:id` is about, taken from organisation A, chosen by the subject
    /// the route declares. A route that declares none gets an id nobody has.
    static func recordID(for access: Access, in organisation: Fixture.Organisation) -> UUID {
        switch access {
        case .pair(_, of: .pair): organisation.pair
        case .pair(_, of: .conversation): organisation.conversation
        case .pair(_, of: .agendaItem): organisation.agendaItem
        case .pair(_, of: .action): organisation.action
        case .pair(_, of: .goal): organisation.goal
        case .pair(_, of: .goalEvidence): organisation.evidence ?? UUID()
        case .pair(_, of: .valueScore): organisation.score ?? UUID()
        case .pair(_, of: .observation): organisation.observation ?? UUID()
        case .record(.coreValue, _): organisation.value
        case .record(.person, _): organisation.spare
        case .record(.programme, _): organisation.programme
        case .record(.listItem, _): organisation.listItem
        case .anyone, .signedIn, .roles, .bearer: UUID()
        }
    }

    /// Every route with an `:id` about a record of the organisation says which record it is, so
    /// the wrapper (and this test) loads it instead of each handler.
    @Test func everyRouteWithAnIDDeclaresItsSubject() {
        let undeclared = endpoints().filter { endpoint in
            guard endpoint.path.contains(":id") else { return false }
            switch endpoint.access {
            case .pair, .record: return false
            case .anyone, .signedIn, .roles: return true
            // A SCIM id names a person of the token's organisation, checked by the handler (SCIMPersonRecord.named).
            case .bearer: return false
            }
        }.map(Self.key)
        // A notification, a reflection and an API token are the viewer's own and an outbox message is not one of the
        // organisation's records for anyone else: each is looked up by its owner in the handler.
        #expect(Set(undeclared) == ["POST /notifications/:id/open", "POST /admin/outbox/:id/retry",
                                    "POST /account/tokens/:id/revoke", "POST /admin/provisioning/tokens/:id/revoke",
                                    "GET /mirror/reflections/:id/edit", "POST /mirror/reflections/:id/edit",
                                    "GET /mirror/reflections/:id/delete", "POST /mirror/reflections/:id/delete"], "\(undeclared.sorted())")
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
