import Testing
import Foundation
@testable import MentorCore

/// The hand-written UUID reader reads the canonical text as Foundation does, and refuses every
/// other text. It is stricter than Foundation on Linux: there `UUID(uuidString:)` goes through
/// `sscanf`, which also lets through a short last group or a space (the cases below show it).
@Suite struct UUIDTextTests {
    @Test func readsWhatFoundationWrites() {
        for _ in 0..<500 {
            let id = UUID()
            #expect(UUIDText.parse(id.uuidString) == id)
            #expect(UUIDText.parse(id.uuidString.lowercased()) == id)
        }
    }

    @Test func readsMixedCaseAndTheEdges() {
        #expect(UUIDText.parse("00000000-0000-0000-0000-000000000000") == UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)))
        #expect(UUIDText.parse("FFFFFFFF-ffff-FfFf-fFfF-ffffffffffff") == UUID(uuidString: "ffffffff-ffff-ffff-ffff-ffffffffffff"))
        #expect(UUIDText.parse("0123abCD-4567-89ef-ABCD-0123456789af") == UUID(uuidString: "0123ABCD-4567-89EF-ABCD-0123456789AF"))
        #expect(UUIDText.parse(Substring("x00000000-0000-4000-8000-000000000001y").dropFirst().dropLast())
                == UUID(uuidString: "00000000-0000-4000-8000-000000000001"))
    }

    @Test(arguments: [
        "",                                          // empty
        "not-a-uuid",
        "00000000-0000-0000-0000-00000000000",       // 35 characters
        "00000000-0000-0000-0000-0000000000000",     // 37 characters
        "000000000000-0000-0000-0000-00000000",      // dashes in the wrong places
        "00000000000000000000000000000000",          // no dashes
        "00000000-0000-0000-0000_000000000000",      // another separator
        "0000000g-0000-0000-0000-000000000000",      // not a hexadecimal digit
        "00000000-0000-0000-0000-00000000000G",
        " 0000000-0000-0000-0000-000000000000",      // a space
        "+0000000-0000-0000-0000-000000000000",      // a sign
        "{00000000-0000-0000-0000-000000000000}",    // braces
        "00000000-0000-0000-0000-0000000000é",       // a two-byte character making 36 bytes
        "00000000-0000-0000-0000-00000000000é",      // ... or 37
        "0000-00000000-0000-0000-000000000000",
        "00000000--000-0000-0000-000000000000",
        "-0000000-0000-0000-0000-000000000000",
    ])
    func refusesEverythingButTheCanonicalForm(_ text: String) {
        #expect(UUIDText.parse(text) == nil, "\(text)")
    }

    /// Text in the canonical form: 36 bytes, dashes at 8, 13, 18 and 23, hexadecimal digits elsewhere.
    static func isCanonical(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 36 else { return false }
        return bytes.indices.allSatisfy { index in
            [8, 13, 18, 23].contains(index) ? bytes[index] == UInt8(ascii: "-") : bytes[index] < 128 && Character(Unicode.Scalar(bytes[index])).isHexDigit
        }
    }

    /// Every single-byte change of a good UUID: read as Foundation reads it when the text is still
    /// canonical, refused otherwise.
    @Test func readsEveryOneByteChangeAsFoundationOrRefusesIt() {
        let good = Array("6ba7b810-9dad-11d1-80b4-00c04fd430c8".utf8)
        let replacements: [UInt8] = Array("0aF-gG: z+".utf8) + [0, 0x7f, 0xff]
        var canonical = 0
        for position in good.indices {
            for replacement in replacements {
                var bytes = good
                bytes[position] = replacement
                let text = String(decoding: bytes, as: UTF8.self)
                if Self.isCanonical(text) {
                    canonical += 1
                    #expect(UUIDText.parse(text) != nil && UUIDText.parse(text) == UUID(uuidString: text), "\(text)")
                } else {
                    #expect(UUIDText.parse(text) == nil, "\(text)")
                }
            }
        }
        #expect(canonical > 32 * 2)
    }
}

extension UUIDTextTests {
    @Test func writesWhatFoundationWrites() {
        #expect(UUIDText.uppercase(UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))) == "00000000-0000-0000-0000-000000000000")
        for _ in 0..<500 {
            let id = UUID()
            #expect(UUIDText.uppercase(id) == id.uuidString)
            #expect(UUIDText.parse(UUIDText.uppercase(id)) == id)
        }
    }
}
