import Testing
import Foundation
import Vapor
@testable import MentorServer

/// What every request computes, written without Foundation's formatting and parsing.
@Suite struct HotPathTests {
    @Test func hexIsTwoLowercaseDigitsAByte() {
        #expect([0x00, 0x0f, 0xa0, 0xff].lowercaseHex == "000fa0ff")
        let digest = SHA256.hash(data: Data("mentor".utf8))
        #expect(digest.lowercaseHex == digest.map { String(format: "%02x", $0) }.joined())
        #expect(Sessions.hash(SessionID(string: "abc")).count == 64)
    }
}
