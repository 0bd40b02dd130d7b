import Testing
import Foundation
import Fluent
import Vapor
import VaporTesting
@testable import MentorServer
import MentorCore

/// The JSON API's operations one by one: what each answers, its paging, ETags and problems.
@Suite struct APITests {
    static let privateNote = "SECRET-PRIVATE-NOTE-4711"

    /// The fixture with a private note in the pair's conversation and a token for each of A's people.
    struct Setup {
        var fixture: Fixture
        var mentor, mentee, coordinator, admin, readOnlyMentee: APIClient
    }

    static func setUp(_ app: Application) async throws -> Setup {
        let fixture = try await Fixture.make(on: app)
        let conversation = try #require(try await Conversation.find(fixture.a.conversation, on: app.db))
        conversation.privateNotes = privateNote
        conversation.sharedNotes = "Shared with both"
        try await conversation.save(on: app.db)
        func client(_ id: UUID, _ scope: AccessTokenScope = .write) async throws -> APIClient {
            APIClient(app: app, token: try await Fixture.token(for: id, scope: scope, on: app.db))
        }
        return Setup(fixture: fixture, mentor: try await client(fixture.a.mentor), mentee: try await client(fixture.a.mentee),
                     coordinator: try await client(fixture.a.coordinator), admin: try await client(fixture.a.admin),
                     readOnlyMentee: try await client(fixture.a.mentee, .read))
    }

    @Test func openAPIDocumentIsServedByteForByteAsTheFileInTheRepository() async throws {
        try await withTestApp { app in
            // setup
            let expected = try Data(contentsOf: APIClient.documentFile)
            // act
            let response = try await app.testing().sendRequest(.GET, "/api/openapi.json")
            // validate
            #expect(response.status == .ok)
            #expect(response.headers.contentType == .json)
            #expect(Data(response.body.readableBytesView) == expected, "run scripts/embed-openapi after changing openapi.json")
            let document = try #require(try JSONSerialization.jsonObject(with: expected) as? [String: Any])
            #expect(document["openapi"] as? String == "3.1.0")
        }
    }

    @Test func meNamesTheTokensOwnerAndScope() async throws {
        try await withTestApp { app in
            let setup = try await Self.setUp(app)
            // act
            let response = try await setup.readOnlyMentee.get("/api/v1/me")
            // validate
            #expect(response.status == .ok)
            let me = APIClient.object(response)
            #expect(me["email"] as? String == "mentee@a.example")
            #expect(me["roles"] as? [String] == ["mentee"])
            #expect(me["tokenScope"] as? String == "read")
            #expect(me["language"] as? String == "nl")
        }
    }

    @Test func pairsAreListedInPagesWithACursor() async throws {
        try await withTestApp { app in
            // setup: a second pair of the same mentor
            let setup = try await Self.setUp(app)
            let second = Mentorship(organisationID: setup.fixture.a.id, programmeID: setup.fixture.a.programme, mentorID: setup.fixture.a.mentor,
                                    menteeID: setup.fixture.a.spare, status: .active, startedOn: nil)
            try await second.create(on: app.db)
            // act
            let first = try await setup.mentor.get("/api/v1/pairs?limit=1")
            let cursor = try #require(APIClient.object(first)["nextCursor"] as? String)
            let next = try await setup.mentor.get("/api/v1/pairs?limit=1&cursor=\(cursor)")
            let menteeList = try await setup.mentee.get("/api/v1/pairs")
            // validate
            let firstItems = try #require(APIClient.object(first)["items"] as? [[String: Any]])
            let nextItems = try #require(APIClient.object(next)["items"] as? [[String: Any]])
            #expect(firstItems.count == 1 && nextItems.count == 1)
            #expect(firstItems[0]["id"] as? String != nextItems[0]["id"] as? String)
            #expect(APIClient.object(next)["nextCursor"] == nil)
            #expect(firstItems[0]["yourPlace"] as? String == "mentor")
            let menteeItems = try #require(APIClient.object(menteeList)["items"] as? [[String: Any]])
            #expect(menteeItems.map { $0["id"] as? String } == [setup.fixture.a.pair.uuidString])
            #expect(menteeItems[0]["yourPlace"] as? String == "mentee")
        }
    }

    @Test func onePairCarriesAnETag() async throws {
        try await withTestApp { app in
            let setup = try await Self.setUp(app)
            let response = try await setup.mentee.get("/api/v1/pairs/\(setup.fixture.a.pair)")
            #expect(response.status == .ok)
            #expect(response.headers.first(name: .eTag)?.hasPrefix("\"") == true)
            #expect((APIClient.object(response)["mentor"] as? [String: Any])?["name"] as? String == "Mentor A")
        }
    }

    @Test func mentorReadsTheirPrivateNotesAndTheMenteeNever() async throws {
        try await withTestApp { app in
            let setup = try await Self.setUp(app)
            let path = "/api/v1/conversations/\(setup.fixture.a.conversation)"
            // act
            let mentor = try await setup.mentor.get(path)
            let mentee = try await setup.mentee.get(path)
            // validate
            #expect(mentor.status == .ok && mentee.status == .ok)
            #expect(APIClient.object(mentor)["privateNotes"] as? String == Self.privateNote)
            #expect(!mentee.body.string.contains(Self.privateNote))
            #expect(APIClient.object(mentee)["sharedNotes"] as? String == "Shared with both")
            let agenda = try #require(APIClient.object(mentee)["agendaItems"] as? [[String: Any]])
            #expect(agenda.first?["text"] as? String == "How do I plan my week?")
            let actions = try #require(APIClient.object(mentee)["actions"] as? [[String: Any]])
            #expect(actions.first?["id"] as? String == setup.fixture.a.action.uuidString)
        }
    }

    @Test func conversationsOfAPairAreListed() async throws {
        try await withTestApp { app in
            let setup = try await Self.setUp(app)
            let response = try await setup.mentee.get("/api/v1/pairs/\(setup.fixture.a.pair)/conversations")
            let items = try #require(APIClient.object(response)["items"] as? [[String: Any]])
            #expect(items.map { $0["id"] as? String } == [setup.fixture.a.conversation.uuidString])
            #expect(items[0]["status"] as? String == "held")
            #expect(!response.body.string.contains(Self.privateNote))
        }
    }

    @Test func anAgendaItemIsAddedAndAStaleIfMatchIsRefused() async throws {
        try await withTestApp { app in
            let setup = try await Self.setUp(app)
            let path = "/api/v1/conversations/\(setup.fixture.a.conversation)"
            let tag = try #require(try await setup.mentee.get(path).headers.first(name: .eTag))
            // act
            let added = try await setup.mentee.send(.POST, path + "/agenda-items", json: #"{"text":"Feedback on my report"}"#, headers: [("If-Match", tag)])
            let stale = try await setup.mentee.send(.POST, path + "/agenda-items", json: #"{"text":"Another"}"#, headers: [("If-Match", tag)])
            let empty = try await setup.mentee.send(.POST, path + "/agenda-items", json: #"{"text":"   "}"#)
            let readOnly = try await setup.readOnlyMentee.send(.POST, path + "/agenda-items", json: #"{"text":"Read only"}"#)
            // validate
            #expect(added.status == .created)
            #expect(APIClient.object(added)["broughtBy"] as? String == "mentee")
            #expect(APIClient.object(added)["position"] as? Int == 2)
            #expect(stale.status == .preconditionFailed)
            #expect(empty.status == .unprocessableEntity)
            #expect(readOnly.status == .forbidden)
            let texts = try await AgendaItem.query(on: app.db).filter(\.$conversation.$id == setup.fixture.a.conversation).all().map(\.text)
            #expect(Set(texts) == ["How do I plan my week?", "Feedback on my report"])
        }
    }

    @Test func anActionIsMarkedDoneOnlyWithItsCurrentETag() async throws {
        try await withTestApp { app in
            let setup = try await Self.setUp(app)
            let path = "/api/v1/actions/\(setup.fixture.a.action)"
            let read = try await setup.mentee.get(path)
            let tag = try #require(read.headers.first(name: .eTag))
            // act
            let missing = try await setup.mentee.send(.PATCH, path, json: #"{"done":true}"#)
            let wrong = try await setup.mentee.send(.PATCH, path, json: #"{"done":true}"#, headers: [("If-Match", "\"nope\"")])
            let done = try await setup.mentee.send(.PATCH, path, json: #"{"done":true}"#, headers: [("If-Match", tag)])
            let again = try await setup.mentee.send(.PATCH, path, json: #"{"done":false}"#, headers: [("If-Match", tag)])
            // validate
            #expect(missing.status == .preconditionRequired)
            #expect(wrong.status == .preconditionFailed)
            #expect(done.status == .ok)
            #expect(APIClient.object(done)["doneOn"] != nil)
            #expect(done.headers.first(name: .eTag) != tag)
            #expect(again.status == .preconditionFailed)
            let action = try #require(try await ActionItem.find(setup.fixture.a.action, on: app.db))
            #expect(action.doneOn != nil)
        }
    }

    @Test func theMenteeWritesAGoalAndTheMentorMayNot() async throws {
        try await withTestApp { app in
            let setup = try await Self.setUp(app)
            let path = "/api/v1/pairs/\(setup.fixture.a.pair)/goals"
            // act
            let created = try await setup.mentee.send(.POST, path, json: #"{"title":"Present at the partner meeting","successCriteria":"Twice"}"#)
            let byMentor = try await setup.mentor.send(.POST, path, json: #"{"title":"Not mine to write"}"#)
            let untitled = try await setup.mentee.send(.POST, path, json: #"{"title":"  "}"#)
            let list = try await setup.mentor.get(path)
            // validate
            #expect(created.status == .created)
            #expect(created.headers.first(name: .eTag) != nil)
            let id = try #require(APIClient.object(created)["id"] as? String)
            #expect(byMentor.status == .forbidden)
            #expect(untitled.status == .unprocessableEntity)
            #expect(untitled.headers.contentType?.subType == "problem+json")
            let titles = (APIClient.object(list)["items"] as? [[String: Any]])?.compactMap { $0["title"] as? String }
            #expect(titles == ["Plan my work", "Present at the partner meeting"])
            let one = try await setup.mentor.get("/api/v1/goals/\(id)")
            #expect(APIClient.object(one)["successCriteria"] as? String == "Twice")
        }
    }

    @Test func theMirrorIsTheMentorsInTheCommandsShape() async throws {
        try await withTestApp { app in
            let setup = try await Self.setUp(app)
            let response = try await setup.mentor.get("/api/v1/pairs/\(setup.fixture.a.pair)/mirror")
            #expect(response.status == .ok)
            let mirror = APIClient.object(response)
            #expect((mirror["pairID"] as? String)?.lowercased() == setup.fixture.a.pair.uuidString.lowercased())
            #expect(mirror["menteeName"] as? String == "Mentee A")
            #expect(mirror["talkShare"] != nil && mirror["coreValues"] != nil)
            #expect(!response.body.string.contains(Self.privateNote))
        }
    }

    @Test func programmeHealthIsFiguresOnlyForTheCoordinator() async throws {
        try await withTestApp { app in
            let setup = try await Self.setUp(app)
            let programmes = try await setup.coordinator.get("/api/v1/programmes")
            let health = try await setup.coordinator.get("/api/v1/programmes/\(setup.fixture.a.programme)/health")
            #expect((APIClient.object(programmes)["items"] as? [[String: Any]])?.first?["name"] as? String == "Programme a")
            #expect(health.status == .ok)
            #expect((APIClient.object(health)["statusCounts"] as? [String: Int])?["active"] == 1)
            #expect(!health.body.string.contains("Mentor A") && !health.body.string.contains("Mentee A"))
        }
    }

    @Test func theAdministratorListsPeopleInPages() async throws {
        try await withTestApp { app in
            let setup = try await Self.setUp(app)
            var seen: [String] = []
            var path = "/api/v1/people?limit=4"
            for _ in 0..<5 {
                let response = try await setup.admin.get(path)
                #expect(response.status == .ok)
                let body = APIClient.object(response)
                seen += (body["items"] as? [[String: Any]] ?? []).compactMap { $0["email"] as? String }
                guard let cursor = body["nextCursor"] as? String else { break }
                path = "/api/v1/people?limit=4&cursor=\(cursor)"
            }
            #expect(seen.count == 6 && Set(seen).count == 6)
            #expect(seen.allSatisfy { $0.hasSuffix("@a.example") })
        }
    }

    @Test func badInputIsAProblemInTheOwnersLanguageNeverA500() async throws {
        try await withTestApp { app in
            let setup = try await Self.setUp(app)
            let english = APIClient(app: app, token: try await Fixture.token(for: setup.fixture.b.mentor, on: app.db))
            let cases: [(APIClient, HTTPMethod, String, String?, UInt)] = [
                (setup.mentor, .GET, "/api/v1/pairs/not-a-uuid", nil, 404),
                (setup.mentor, .GET, "/api/v1/pairs?limit=0", nil, 400),
                (setup.mentor, .GET, "/api/v1/pairs?limit=abc", nil, 400),
                (setup.mentor, .GET, "/api/v1/pairs?cursor=%21%21", nil, 400),
                (setup.mentor, .GET, "/api/v1/pairs?cursor=bm9wZQ", nil, 400),
                (setup.mentee, .POST, "/api/v1/conversations/\(setup.fixture.a.conversation)/agenda-items", "{not json", 400),
                (setup.mentee, .POST, "/api/v1/conversations/\(setup.fixture.a.conversation)/agenda-items", #"{"text":5}"#, 400),
                (setup.mentee, .POST, "/api/v1/conversations/\(setup.fixture.a.conversation)/agenda-items", #"{"text":"x","broughtBy":"boss"}"#, 400),
                (setup.mentee, .PATCH, "/api/v1/actions/\(setup.fixture.a.action)", #"{}"#, 400),
                (english, .GET, "/api/v1/goals/\(UUID())", nil, 404),
            ]
            for (client, method, path, json, status) in cases {
                let response = try await client.send(method, path, json: json)
                #expect(response.status.code == status, "\(method) \(path): \(response.status.code) \(response.body.string)")
                #expect(response.headers.contentType?.description.hasPrefix("application/problem+json") == true, "\(path)")
                let problem = APIClient.object(response)
                #expect(problem["status"] as? Int == Int(status))
                #expect(problem["type"] is String && problem["title"] is String && problem["detail"] is String)
            }
            let dutch = APIClient.object(try await setup.mentor.get("/api/v1/goals/\(UUID())"))
            #expect(dutch["title"] as? String == "Niet gevonden")
            let inEnglish = APIClient.object(try await english.get("/api/v1/goals/\(UUID())"))
            #expect(inEnglish["title"] as? String == "Not found")
        }
    }
}
