import Foundation
import Vapor

/// The secret in a calendar feed's address. Only its SHA-256 is stored (in
/// `Person.calendarToken`), so the address is shown once, when it is made; the feed finds its
/// person by hashing the token in the address. A token has 256 random bits, so a plain hash
/// (no salt, no slow hashing) cannot be reversed by guessing.
enum CalendarToken {
    /// A new token: 32 random bytes, base64url (43 characters).
    static func make() -> String { [UInt8].random(count: 32).base64URLEncoded }

    /// What is stored: the SHA-256 of the token, 64 lower-case hex digits.
    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { byte in
            let digits = Array("0123456789abcdef")
            return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0f)]])
        }.joined()
    }

    /// Whether `value` has the stored form (made tokens are base64url and never 64 hex digits).
    static func isStoredHash(_ value: String) -> Bool {
        value.count == 64 && value.allSatisfy { $0.isHexDigit && !$0.isUppercase }
    }

    /// Whether `token` can be a token from an address (base64url, 32 to 128 characters);
    /// anything else is refused before the database is asked.
    static func isWellFormed(_ token: String) -> Bool {
        (32...128).contains(token.count) && token.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_=".contains($0)) }
    }

    /// The feed's full address, built from `MENTOR_BASE_URL`, never from the request's Host.
    static func feedURL(token: String, baseURL: String) -> String {
        baseURL + SiteURL.calendarFeed(token + ".ics").path
    }

    /// The address with its secret left out, for the account page once the token is no longer known.
    static func hiddenFeedURL(baseURL: String) -> String {
        baseURL + SiteURL.calendarFeed("").path + "…"
    }
}
