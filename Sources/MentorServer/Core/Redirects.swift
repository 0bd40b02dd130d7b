import Foundation

/// Where a form or a sign-in may send the reader afterwards.
///
/// A target is taken only as a path on this site. Checking the text's first characters is
/// not enough: browsers drop tabs and line breaks anywhere in a URL and read `\` as `/`, so
/// `/<TAB>/evil.example` reached another site. The target is therefore refused when it holds
/// any control character, white space or backslash, and must then parse as a URL with no
/// scheme, no host and a path that starts with one `/`.
enum Redirects {
    static func sameSitePath(_ target: String?, fallback: String = SiteURL.home.path) -> String {
        guard let target, isSameSitePath(target) else { return fallback }
        return target
    }

    static func isSameSitePath(_ target: String) -> Bool {
        let bytes = Array(target.utf8)
        guard bytes.count >= 1, bytes.count <= 2_000, bytes[0] == UInt8(ascii: "/") else { return false }
        if bytes.count > 1, bytes[1] == UInt8(ascii: "/") { return false }
        for byte in bytes where byte <= 0x20 || byte == 0x7F || byte == UInt8(ascii: "\\") {
            return false
        }
        guard let components = URLComponents(string: target) else { return false }
        guard components.scheme == nil, components.host == nil, components.user == nil, components.port == nil else { return false }
        let path = components.percentEncodedPath
        guard path.hasPrefix("/"), !path.hasPrefix("//") else { return false }
        // `/%2F/x` and `/%5C/x` are paths here, but some proxies decode them before a browser sees them.
        let lowered = path.lowercased()
        return !lowered.hasPrefix("/%2f") && !lowered.hasPrefix("/%5c")
    }
}
