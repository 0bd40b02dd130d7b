import Foundation
import Vapor
import VaporTesting
@testable import MentorServer

/// A small browser for tests: keeps the session cookie, reads the CSRF token from pages
/// and sends forms the way a browser does.
final class TestClient: @unchecked Sendable {
    let app: Application
    var cookie: String?
    var csrf: String?
    var acceptLanguage: String?

    init(_ app: Application, acceptLanguage: String? = nil) {
        self.app = app
        self.acceptLanguage = acceptLanguage
    }

    @discardableResult
    func get(_ path: String) async throws -> TestingHTTPResponse {
        try await send(.GET, path, body: nil, contentType: nil)
    }

    /// Posts a form; the session's CSRF token is added unless the form sets `_csrf` itself.
    @discardableResult
    func post(_ path: String, _ form: [(String, String)] = []) async throws -> TestingHTTPResponse {
        if csrf == nil { try await get("/signin") }
        var fields = form
        if !fields.contains(where: { $0.0 == "_csrf" }) { fields.append(("_csrf", csrf ?? "")) }
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await send(.POST, path, body: body, contentType: "application/x-www-form-urlencoded")
    }

    /// Posts a multipart form with one file, the way a browser uploads.
    @discardableResult
    func upload(_ path: String, field: String, filename: String, content: String, fields: [(String, String)] = []) async throws -> TestingHTTPResponse {
        if csrf == nil { try await get("/signin") }
        let boundary = "----mentor-test-boundary"
        var body = ""
        for (name, value) in fields + [("_csrf", csrf ?? "")] {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"; filename=\"\(filename)\"\r\nContent-Type: text/plain\r\n\r\n\(content)\r\n--\(boundary)--\r\n"
        return try await send(.POST, path, body: body, contentType: "multipart/form-data; boundary=\(boundary)")
    }

    /// Signs in and loads a page, so the next form has the new session's token.
    @discardableResult
    func signIn(_ email: String, password: String = Fixture.password) async throws -> TestingHTTPResponse {
        let response = try await post("/signin", [("email", email), ("password", password)])
        csrf = nil
        if response.status == .seeOther { try await get("/account") }
        return response
    }

    private func send(_ method: HTTPMethod, _ path: String, body: String?, contentType: String?) async throws -> TestingHTTPResponse {
        let response = try await app.testing().sendRequest(method, path, beforeRequest: { request in
            if let cookie { request.headers.replaceOrAdd(name: .cookie, value: cookie) }
            if let acceptLanguage { request.headers.replaceOrAdd(name: .acceptLanguage, value: acceptLanguage) }
            if let contentType { request.headers.replaceOrAdd(name: .contentType, value: contentType) }
            if let body { request.body = ByteBuffer(string: body) }
        })
        for header in response.headers[.setCookie] {
            let pair = header.split(separator: ";").first.map(String.init) ?? ""
            if pair.hasPrefix("mentor-session=") {
                cookie = header.contains("Expires=Thu, 01 Jan 1970") || pair == "mentor-session=" ? nil : pair
                if cookie == nil { csrf = nil }
            }
        }
        if let token = Self.csrfToken(in: response.body.string) { csrf = token }
        return response
    }

    static func csrfToken(in html: String) -> String? {
        guard let range = html.range(of: "name=\"_csrf\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
