import Foundation

/// The encodings a CSV file from Excel or another program arrives in, as detected.
public enum TextEncoding: Equatable, Sendable {
    /// UTF-8; Excel's "CSV UTF-8" starts with a byte order mark, most other programs write none.
    case utf8(byteOrderMark: Bool)
    /// UTF-16, as Excel's "Unicode text" (little-endian, with a byte order mark, tab-separated).
    case utf16(littleEndian: Bool, byteOrderMark: Bool)
    /// The Windows code page of Western Europe: what Excel on Dutch or English Windows writes
    /// for plain "CSV" (semicolon- or comma-separated).
    case windows1252

    /// Decodes `data`, trying in turn:
    /// 1. a byte order mark (UTF-8, UTF-16 little- or big-endian);
    /// 2. valid UTF-8 without NUL bytes (pure ASCII counts as UTF-8);
    /// 3. UTF-16 without a byte order mark, only when it is clearly so: of the first
    ///    characters, at least 90 % have a NUL in the same half and at most 5 % in the other,
    ///    as text of Latin letters in UTF-16 has;
    /// 4. otherwise Windows-1252, which gives every byte a character; but a file with NUL bytes
    ///    is no text at all and is refused.
    /// The byte order mark is not part of the returned text.
    public static func decode(_ data: Data) throws(SpreadsheetError) -> (text: String, encoding: TextEncoding) {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (String(decoding: bytes.dropFirst(3), as: UTF8.self), .utf8(byteOrderMark: true))
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return (utf16(bytes.dropFirst(2), littleEndian: true), .utf16(littleEndian: true, byteOrderMark: true))
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return (utf16(bytes.dropFirst(2), littleEndian: false), .utf16(littleEndian: false, byteOrderMark: true))
        }
        let hasNUL = bytes.contains(0)
        if !hasNUL, let text = String(bytes: bytes, encoding: .utf8) {
            return (text, .utf8(byteOrderMark: false))
        }
        if let littleEndian = utf16WithoutMark(bytes) {
            return (utf16(bytes[...], littleEndian: littleEndian), .utf16(littleEndian: littleEndian, byteOrderMark: false))
        }
        if hasNUL { throw .notText }
        return (Windows1252.decode(bytes), .windows1252)
    }

    /// True for little-endian, false for big-endian, nil when the bytes do not clearly look like UTF-16.
    static func utf16WithoutMark(_ bytes: [UInt8]) -> Bool? {
        let pairs = min(bytes.count / 2, 2048)
        guard pairs >= 2 else { return nil }
        var nulFirst = 0
        var nulSecond = 0
        for index in 0..<pairs {
            if bytes[2 * index] == 0 { nulFirst += 1 }
            if bytes[2 * index + 1] == 0 { nulSecond += 1 }
        }
        func clearly(_ many: Int, _ few: Int) -> Bool { many * 10 >= pairs * 9 && few * 20 <= pairs }
        if clearly(nulSecond, nulFirst) { return true }
        if clearly(nulFirst, nulSecond) { return false }
        return nil
    }

    static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}

/// Windows code page 1252: Latin-1, except that 0x80-0x9F hold typographic characters
/// (euro sign, curly quotes, dashes, Š, Ž, Œ, Ÿ ...). Written out here because Foundation on
/// Linux refuses a whole file for the five bytes the code page leaves unassigned; those are
/// read as the control characters of the same number, as Windows itself does.
enum Windows1252 {
    static let high: [Unicode.Scalar] = [
        "\u{20AC}", "\u{0081}", "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", "\u{008D}", "\u{017D}", "\u{008F}",
        "\u{0090}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", "\u{009D}", "\u{017E}", "\u{0178}",
    ]

    static func decode(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            if (0x80...0x9F).contains(byte) {
                scalars.append(high[Int(byte) - 0x80])
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }
}
