import Foundation
import Vapor
import VaporTesting
@testable import MentorServer

/// A small browser for tests: keeps every cookie the server sets (and drops the ones it
/// expires), reads the CSRF token from pages and sends forms the way a browser does.
/// One client is one browser: to send requests in parallel, use a client each.
final class TestClient: @unchecked Sendable {
    let app: Application
    /// The cookie jar, by name.
    var cookies: [String: String] = [:]
    var csrf: String?
    var acceptLanguage: String?
    /// Extra headers sent with every request (e.g. `X-Forwarded-For` behind a proxy).
    var headers: [(String, String)] = []

    init(_ app: Application, acceptLanguage: String? = nil) {
        self.app = app
        self.acceptLanguage = acceptLanguage
    }

    /// The session cookie as `mentor-session=value`, nil when there is none. Setting it
    /// replaces (or with nil removes) only the session cookie.
    var cookie: String? {
        get { cookies[Sessions.cookieName].map { "\(Sessions.cookieName)=\($0)" } }
        set {
            guard let newValue, let equals = newValue.firstIndex(of: "=") else { cookies[Sessions.cookieName] = nil; return }
            cookies[String(newValue[..<equals])] = String(newValue[newValue.index(after: equals)...])
        }
    }

    @discardableResult
    func get(_ path: String) async throws -> TestingHTTPResponse {
        try await send(.GET, path, body: nil, contentType: nil)
    }

    /// Posts a form; the page's CSRF token is added unless the form sets `_csrf` itself.
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
        let cookieHeader = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        let extra = headers
        let response = try await app.testing().sendRequest(method, path, beforeRequest: { request in
            if !cookieHeader.isEmpty { request.headers.replaceOrAdd(name: .cookie, value: cookieHeader) }
            if let acceptLanguage { request.headers.replaceOrAdd(name: .acceptLanguage, value: acceptLanguage) }
            if let contentType { request.headers.replaceOrAdd(name: .contentType, value: contentType) }
            for (name, value) in extra { request.headers.replaceOrAdd(name: name, value: value) }
            if let body { request.body = ByteBuffer(string: body) }
        })
        let hadSession = cookies[Sessions.cookieName] != nil
        for header in response.headers[.setCookie] { store(setCookie: header) }
        // A page of the ended session's token no longer fits; the next form fetches a new one.
        if hadSession, cookies[Sessions.cookieName] == nil { csrf = nil }
        if let token = Self.csrfToken(in: response.body.string) { csrf = token }
        return response
    }

    /// Keeps or drops one `Set-Cookie`, as a browser does.
    private func store(setCookie header: String) {
        let parts = header.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let pair = parts.first, let equals = pair.firstIndex(of: "=") else { return }
        let name = String(pair[..<equals])
        let value = String(pair[pair.index(after: equals)...])
        let attributes = parts.dropFirst().map { $0.lowercased() }
        let expired = value.isEmpty
            || attributes.contains("max-age=0")
            || attributes.contains { $0.hasPrefix("expires=") && $0.contains("1970") }
        cookies[name] = expired ? nil : value
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
