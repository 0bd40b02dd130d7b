import Vapor

/// Protection of every form against requests made from other sites. Every state-changing
/// request must send back the page's token in the hidden field `_csrf` (or the
/// `X-CSRF-Token` header); `SameSite=Lax` cookies are a second line of defence.
///
/// - Signed in: the synchroniser-token pattern. The session row holds a random token, made
///   at sign-in.
/// - Not signed in (the sign-in page and other anonymous forms): no database row. The
///   browser holds a random `mentor-csrf` cookie and the form carries
///   HMAC-SHA256(server secret, cookie value). Another site can neither read the cookie nor
///   compute the token; a token copied from one browser does not fit another's cookie. The
///   secret is made once and kept in the database (`ServerSecrets`), so every server on
///   one database accepts every other server's tokens.
enum CSRF {
    static let fieldName = "_csrf"
    static let sessionKey = "csrf"
    static let cookieName = "mentor-csrf"

    /// A fresh random token or cookie value: 32 bytes, URL-safe base64 (43 characters).
    static func newToken() -> String { [UInt8].random(count: 32).base64URLEncoded }

    /// The signed-in session's token; sessions made at sign-in have one already.
    static func sessionToken(for request: Request) -> String {
        if let token = request.session.data[sessionKey] { return token }
        let token = newToken()
        request.session.data[sessionKey] = token
        return token
    }

    /// The anonymous visitor's token for their `mentor-csrf` cookie value.
    static func visitorToken(cookie: String, key: SymmetricKey) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data("csrf-v1:\(cookie)".utf8), using: key)
        return Array(code).base64URLEncoded
    }

    /// Only values this server could have made are used as the cookie; anything else is replaced.
    static func isWellFormedCookie(_ value: String) -> Bool {
        value.utf8.count == 43 && value.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D || byte == 0x5F
        }
    }

    static func cookie(_ value: String, secure: Bool) -> HTTPCookies.Value {
        HTTPCookies.Value(string: value, expires: Date(timeIntervalSinceNow: 30 * 86_400), maxAge: 30 * 86_400, domain: nil, path: "/",
                          isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }

    /// Whether the request carries this request's expected token (worked out by
    /// `ViewerMiddleware` as `viewer.csrfToken`). Compared in constant time.
    static func isValid(_ request: Request) -> Bool {
        let expected = request.viewer.csrfToken
        guard !expected.isEmpty else { return false }
        let sent = request.headers.first(name: "X-CSRF-Token")
            ?? (try? request.content.get(String.self, at: fieldName))
        guard let sent else { return false }
        let a = Array(expected.utf8), b = Array(sent.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}

extension Array where Element == UInt8 {
    var base64URLEncoded: String {
        Data(self).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
