import Testing
import Foundation
@testable import Spreadsheets

@Suite struct EncodingTests {
    static let dutch = "naam;e-mail\r\nJoëlle de Bruïne;joelle@x.nl\r\n"

    @Test func utf8WithAndWithoutByteOrderMark() throws {
        let plain = try TextEncoding.decode(Data(Self.dutch.utf8))
        #expect(plain.text == Self.dutch)
        #expect(plain.encoding == .utf8(byteOrderMark: false))
        let marked = try TextEncoding.decode(Data([0xEF, 0xBB, 0xBF]) + Data(Self.dutch.utf8))
        #expect(marked.text == Self.dutch)
        #expect(marked.encoding == .utf8(byteOrderMark: true))
    }

    @Test func utf16InBothByteOrdersWithAndWithoutMark() throws {
        let units = Array(Self.dutch.utf16)
        let little = Data(units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let big = Data(units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        #expect(try TextEncoding.decode(Data([0xFF, 0xFE]) + little) == (Self.dutch, .utf16(littleEndian: true, byteOrderMark: true)))
        #expect(try TextEncoding.decode(Data([0xFE, 0xFF]) + big) == (Self.dutch, .utf16(littleEndian: false, byteOrderMark: true)))
        #expect(try TextEncoding.decode(little) == (Self.dutch, .utf16(littleEndian: true, byteOrderMark: false)))
        #expect(try TextEncoding.decode(big) == (Self.dutch, .utf16(littleEndian: false, byteOrderMark: false)))
    }

    @Test func windows1252FromDutchExcelIncludingItsTypographicBytes() throws {
        // "Joëlle de Bruïne;€ 5 – ‘x’" as Excel on Dutch Windows saves it, plus the unassigned 0x81.
        let bytes: [UInt8] = [0x4A, 0x6F, 0xEB, 0x6C, 0x6C, 0x65, 0x20, 0x64, 0x65, 0x20, 0x42, 0x72, 0x75, 0xEF, 0x6E, 0x65, 0x3B,
                              0x80, 0x20, 0x35, 0x20, 0x96, 0x20, 0x91, 0x78, 0x92, 0x81]
        let decoded = try TextEncoding.decode(Data(bytes))
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.text == "Joëlle de Bruïne;€ 5 – ‘x’\u{81}")
    }

    @Test func everyHighByteOfWindows1252HasItsCharacter() {
        let text = Windows1252.decode(Array(0x80...0xFF))
        let scalars = Array(text.unicodeScalars)
        #expect(scalars.count == 128)
        #expect(scalars[0] == "€" && scalars[0x8A - 0x80] == "Š" && scalars[0x9F - 0x80] == "Ÿ")
        #expect(scalars[0xE9 - 0x80] == "é" && scalars[0xFF - 0x80] == "ÿ")
    }

    @Test func bytesWithNULsThatAreNotUTF16AreNoText() {
        #expect(throws: SpreadsheetError.notText) { try TextEncoding.decode(Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A, 0x00, 0x41])) }
    }

    @Test func asciiTextIsUTF8() throws {
        #expect(try TextEncoding.decode(Data("name,email\n".utf8)).encoding == .utf8(byteOrderMark: false))
    }
}
