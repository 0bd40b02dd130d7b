import Vapor

/// Synchroniser-token protection for every form: the session holds a random token, every
/// form carries it in the hidden field `_csrf`, and every state-changing request must
/// send it back. SameSite=Lax cookies are a second line of defence.
enum CSRF {
    static let fieldName = "_csrf"
    static let sessionKey = "csrf"

    /// The session's token, created on first use.
    static func token(for request: Request) -> String {
        if let token = request.session.data[sessionKey] { return token }
        let token = [UInt8].random(count: 32).base64URLEncoded
        request.session.data[sessionKey] = token
        return token
    }

    /// Whether the request carries the session's token, in the form body or the
    /// `X-CSRF-Token` header. Compared in constant time.
    static func isValid(_ request: Request) -> Bool {
        guard let expected = request.session.data[sessionKey] else { return false }
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
