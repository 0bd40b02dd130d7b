import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

/// Calls the JSON API the way another program does: a bearer token, JSON in and out, no cookies.
struct APIClient {
    let app: Application
    var token: String?

    func send(_ method: HTTPMethod, _ path: String, json: String? = nil, headers: [(String, String)] = []) async throws -> TestingHTTPResponse {
        let token = token
        return try await app.testing().sendRequest(method, path, beforeRequest: { request in
            if let token { request.headers.replaceOrAdd(name: .authorization, value: "Bearer \(token)") }
            request.headers.replaceOrAdd(name: .accept, value: "application/json")
            if let json {
                request.headers.replaceOrAdd(name: .contentType, value: "application/json")
                request.body = ByteBuffer(string: json)
            }
            for (name, value) in headers { request.headers.replaceOrAdd(name: name, value: value) }
        })
    }

    func get(_ path: String, headers: [(String, String)] = []) async throws -> TestingHTTPResponse {
        try await send(.GET, path, headers: headers)
    }

    /// Sources/MentorAPI/openapi.json of this checkout.
    static var documentFile: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/MentorAPI/openapi.json")
    }

    /// The body as a JSON object.
    static func object(_ response: TestingHTTPResponse) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))) as? [String: Any] ?? [:]
    }
}

extension Fixture {
    /// A usable token for a person of the fixture.
    static func token(for personID: UUID, scope: AccessTokenScope = .write, on db: any Database) async throws -> String {
        try await AccessTokens.create(personID: personID, name: "test", scope: scope, expiresAt: nil, on: db).secret
    }
}
