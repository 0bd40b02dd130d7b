import Foundation
import Vapor
import VaporTesting
import Fluent
@testable import MentorServer

/// A SCIM client for tests: bearer token, JSON bodies, the answer parsed as SCIM JSON.
struct SCIMTestClient {
    let app: Application
    var token: String?

    struct Answer {
        var status: HTTPStatus
        var contentType: String
        var json: SCIMJSON
        var object: [String: SCIMJSON] { json.object ?? [:] }
    }

    /// Makes a token for `organisationID` the way the administrator's page stores one.
    static func make(_ app: Application, organisationID: UUID, label: String = "Entra ID") async throws -> SCIMTestClient {
        let token = SCIMAuthentication.makeToken()
        try await SCIMToken(organisationID: organisationID, label: label, tokenHash: CalendarToken.hash(token), createdBy: nil).create(on: app.db)
        return SCIMTestClient(app: app, token: token)
    }

    @discardableResult
    func send(_ method: HTTPMethod, _ path: String, _ body: String? = nil, headers extra: [(String, String)] = []) async throws -> Answer {
        let token = token
        let response = try await app.testing().sendRequest(method, path, beforeRequest: { request in
            if let token { request.headers.replaceOrAdd(name: .authorization, value: "Bearer \(token)") }
            for (name, value) in extra { request.headers.replaceOrAdd(name: name, value: value) }
            if let body {
                request.headers.replaceOrAdd(name: .contentType, value: "application/scim+json")
                request.body = ByteBuffer(string: body)
            }
        })
        let data = Data(response.body.readableBytesView)
        return Answer(status: response.status, contentType: response.headers.first(name: .contentType) ?? "",
                      json: data.isEmpty ? .null : (SCIMJSON.parse(data) ?? .string(String(decoding: data, as: UTF8.self))))
    }

    func json(_ object: [String: Any]) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }
}

extension SCIMTestClient.Answer {
    /// Whether the answer is a SCIM error with this status (and `scimType`, when given).
    func isError(_ expected: HTTPStatus, type: String? = nil) -> Bool {
        status == expected && contentType.hasPrefix("application/scim+json")
            && json["schemas"]?.array?.first?.string == SCIM.errorSchema
            && json["status"]?.string == "\(expected.code)"
            && (type == nil || json["scimType"]?.string == type)
    }
}
