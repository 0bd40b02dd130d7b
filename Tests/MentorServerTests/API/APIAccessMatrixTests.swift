import Testing
import Foundation
import Fluent
import Vapor
import VaporTesting
@testable import MentorServer
import MentorCore

/// Every operation of the JSON API x every actor, with the status each must get, as
/// `AccessTests` does for the pages; and the mentor's private notes in no answer but the mentor's
/// own conversation.
@Suite struct APIAccessMatrixTests {
    enum Actor: String, CaseIterable, CustomStringConvertible {
        case mentor, mentee
        /// Organisation A's mentor and mentee outside the fixture's pair.
        case otherMentor, otherMentee
        case coordinator, admin
        /// Organisation B's people, reaching for A's records.
        case otherOrgAdmin, otherOrgCoordinator, otherOrgMentor, otherOrgMentee
        case noToken
        /// The mentor's token, revoked.
        case revokedToken
        /// The mentee's token with the read scope.
        case readOnlyMentee
        var description: String { rawValue }
    }

    struct Operation {
        var id: String
        var method: HTTPMethod
        var path: String
        var json: String? = nil
        var headers: [(String, String)] = []
        var expected: [Actor: UInt]
    }

    /// Start from `base` for every actor with a token, 401 without a usable one.
    static func row(_ base: UInt, _ overrides: [Actor: UInt]) -> [Actor: UInt] {
        var statuses: [Actor: UInt] = [:]
        for actor in Actor.allCases { statuses[actor] = base }
        statuses[.noToken] = 401
        statuses[.revokedToken] = 401
        for (actor, status) in overrides { statuses[actor] = status }
        return statuses
    }

    /// A record of the fixture's pair for its mentor and mentee (the pages' `pair: [.mentor, .mentee]`):
    /// outsiders holding a member's role get 404, other roles 403.
    static func members(_ status: UInt, readOnly: UInt? = nil) -> [Actor: UInt] {
        row(403, [.mentor: status, .mentee: status, .otherMentor: 404, .otherMentee: 404, .otherOrgMentor: 404, .otherOrgMentee: 404,
                  .readOnlyMentee: readOnly ?? status])
    }

    static func operations(_ a: Fixture.Organisation) -> [Operation] {
        let anyTag = [("If-Match", "*")]
        return [
            Operation(id: "getMe", method: .GET, path: "/api/v1/me", expected: row(200, [:])),
            Operation(id: "listPairs", method: .GET, path: "/api/v1/pairs", expected: row(200, [:])),
            Operation(id: "getPair", method: .GET, path: "/api/v1/pairs/\(a.pair)", expected: members(200)),
            Operation(id: "listConversations", method: .GET, path: "/api/v1/pairs/\(a.pair)/conversations", expected: members(200)),
            Operation(id: "getConversation", method: .GET, path: "/api/v1/conversations/\(a.conversation)", expected: members(200)),
            Operation(id: "addAgendaItem", method: .POST, path: "/api/v1/conversations/\(a.conversation)/agenda-items",
                      json: #"{"text":"From the matrix"}"#, expected: members(201, readOnly: 403)),
            Operation(id: "getAction", method: .GET, path: "/api/v1/actions/\(a.action)", expected: members(200)),
            Operation(id: "changeAction", method: .PATCH, path: "/api/v1/actions/\(a.action)", json: #"{"done":true}"#, headers: anyTag,
                      expected: members(200, readOnly: 403)),
            Operation(id: "listGoals", method: .GET, path: "/api/v1/pairs/\(a.pair)/goals", expected: members(200)),
            // The mentee writes their own goals: a mentor's role is not enough (403), another mentee is an outsider (404).
            Operation(id: "createGoal", method: .POST, path: "/api/v1/pairs/\(a.pair)/goals", json: #"{"title":"From the matrix"}"#,
                      expected: row(403, [.mentee: 201, .otherMentee: 404, .otherOrgMentee: 404])),
            Operation(id: "getGoal", method: .GET, path: "/api/v1/goals/\(a.goal)", expected: members(200)),
            // The mirror is the pair's mentor's alone.
            Operation(id: "getMirror", method: .GET, path: "/api/v1/pairs/\(a.pair)/mirror",
                      expected: row(403, [.mentor: 200, .otherMentor: 404, .otherOrgMentor: 404])),
            Operation(id: "listProgrammes", method: .GET, path: "/api/v1/programmes",
                      expected: row(403, [.coordinator: 200, .admin: 200, .otherOrgAdmin: 200, .otherOrgCoordinator: 200])),
            // Figures for coordinators; B's coordinator does not find A's programme.
            Operation(id: "getProgrammeHealth", method: .GET, path: "/api/v1/programmes/\(a.programme)/health",
                      expected: row(403, [.coordinator: 200, .otherOrgCoordinator: 404])),
            Operation(id: "listPeople", method: .GET, path: "/api/v1/people", expected: row(403, [.admin: 200, .otherOrgAdmin: 200])),
        ]
    }

    @Test func everyOperationOfTheDocumentHasARow() throws {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: APIClient.documentFile)) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let inDocument = Set(paths.values.flatMap { $0.values.compactMap { ($0 as? [String: Any])?["operationId"] as? String } })
        let fixtureIDs = Fixture.Organisation(id: UUID(), admin: UUID(), coordinator: UUID(), mentor: UUID(), mentee: UUID(), spare: UUID(),
                                              strangerMentor: UUID(), value: UUID(), programme: UUID(), emails: [:], pair: UUID(),
                                              conversation: UUID(), agendaItem: UUID(), action: UUID(), goal: UUID(), listItem: UUID(),
                                              strangerEmail: "")
        let inMatrix = Set(Self.operations(fixtureIDs).map(\.id))
        #expect(inDocument == inMatrix, "missing: \(inDocument.subtracting(inMatrix).sorted()), extra: \(inMatrix.subtracting(inDocument).sorted())")
    }

    @Test func everyOperationGivesEachActorTheExpectedStatusAndNobodyElsesPrivateNotes() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let a = fixture.a, b = fixture.b
            let conversation = try #require(try await Conversation.find(a.conversation, on: app.db))
            conversation.privateNotes = APITests.privateNote
            try await conversation.save(on: app.db)
            let db = app.db
            func token(_ person: UUID, _ scope: AccessTokenScope = .write) async throws -> String { try await Fixture.token(for: person, scope: scope, on: db) }
            let revoked = try await AccessTokens.create(personID: a.mentor, name: "old", scope: .write, expiresAt: nil, on: db)
            revoked.record.revokedAt = Date()
            try await revoked.record.save(on: db)
            let tokens: [Actor: String?] = [
                .mentor: try await token(a.mentor), .mentee: try await token(a.mentee),
                .otherMentor: try await token(a.strangerMentor), .otherMentee: try await token(a.spare),
                .coordinator: try await token(a.coordinator), .admin: try await token(a.admin),
                .otherOrgAdmin: try await token(b.admin), .otherOrgCoordinator: try await token(b.coordinator),
                .otherOrgMentor: try await token(b.mentor), .otherOrgMentee: try await token(b.mentee),
                .noToken: nil, .revokedToken: revoked.secret, .readOnlyMentee: try await token(a.mentee, .read),
            ]
            var failures: [String] = []
            for operation in Self.operations(a) {
                for actor in Actor.allCases {
                    // act
                    let client = APIClient(app: app, token: tokens[actor] ?? nil)
                    let response = try await client.send(operation.method, operation.path, json: operation.json, headers: operation.headers)
                    // validate
                    let expected = operation.expected[actor]!
                    if response.status.code != expected {
                        failures.append("\(operation.id) as \(actor): expected \(expected), got \(response.status.code) \(response.body.string.prefix(200))")
                    }
                    if response.status.code >= 400, response.headers.contentType?.subType != "problem+json" {
                        failures.append("\(operation.id) as \(actor): a \(response.status.code) without problem details")
                    }
                    let mayReadNotes = actor == .mentor && operation.id == "getConversation"
                    if response.body.string.contains(APITests.privateNote) != mayReadNotes {
                        failures.append("\(operation.id) as \(actor): private notes \(mayReadNotes ? "missing" : "shown")")
                    }
                }
            }
            #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        }
    }
}
