import Foundation

/// Text that is not UTF-8: Windows exports are often UTF-16 (Notepad's "Unicode", with a byte
/// order mark) or Windows-1252 (Notepad's "ANSI"). Both are turned into UTF-8 before reading.
enum TextDecoding {
    /// Whether the file must be read whole before the readers see it: a Word document or UTF-16.
    static func needsWholeFile(_ start: [UInt8]) -> Bool {
        start.starts(with: [0x50, 0x4B, 0x03, 0x04]) || utf16Order(start) != nil
    }

    /// Little-endian (true) or big-endian (false) UTF-16: a byte order mark, or (without one)
    /// the zero bytes that ASCII text has in every other place.
    static func utf16Order<C: Collection>(_ bytes: C) -> Bool? where C.Element == UInt8 {
        let start = Array(bytes.prefix(64))
        if start.starts(with: [0xFF, 0xFE]) { return true }
        if start.starts(with: [0xFE, 0xFF]) { return false }
        guard start.count >= 16 else { return nil }
        let pairs = start.count / 2
        let evenZeros = (0..<pairs).filter { start[2 * $0] == 0 }.count
        let oddZeros = (0..<pairs).filter { start[2 * $0 + 1] == 0 }.count
        if oddZeros == pairs && evenZeros == 0 { return true }
        if evenZeros == pairs && oddZeros == 0 { return false }
        return nil
    }

    /// UTF-16 text as UTF-8 (without the byte order mark), or nil when `data` is not UTF-16.
    /// Unpaired surrogates become U+FFFD.
    static func utf16(_ data: Data) -> Data? {
        guard let little = utf16Order(data) else { return nil }
        let bytes = [UInt8](data)
        var start = 0
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) { start = 2 }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = start
        while index + 1 < bytes.count {
            units.append(little ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8 : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]))
            index += 2
        }
        var out = [UInt8]()
        out.reserveCapacity(units.count)
        _ = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: false) { out.append($0) }
        return Data(out)
    }

    /// Windows-1252 text as UTF-8, or nil when it holds control characters other than tab,
    /// line ends and form feed (then it is binary, not text).
    static func windows1252(_ data: Data) -> Data? {
        var out = [UInt8]()
        out.reserveCapacity(data.count + data.count / 8)
        for byte in data {
            if byte < 0x80 {
                if byte < 0x20, byte != 9, byte != 10, byte != 12, byte != 13 { return nil }
                out.append(byte)
                continue
            }
            let scalar = byte >= 0xA0 ? UInt32(byte) : high1252[Int(byte - 0x80)]
            out.append(contentsOf: String(Unicode.Scalar(scalar) ?? "\u{FFFD}").utf8)
        }
        return Data(out)
    }

    /// 0x80-0x9F in Windows-1252 (the five unassigned bytes as U+FFFD).
    private static let high1252: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
}

/// HTML character references as exports write them in names and text: `&amp;`, `&#237;`,
/// `&#xED;`, `&eacute;` and the other named letters of Dutch and English names.
enum CharacterReferences {
    /// Copies `raw` into `out`, removing tags (`<...>`) when `tags` is set and decoding references.
    static func decode(_ raw: Bytes, into out: ByteBuffer, tags: Bool) {
        out.removeAll()
        var index = 0
        let count = raw.count
        while index < count {
            var next = index
            while next < count, raw[next] != UInt8(ascii: "&"), !(tags && raw[next] == UInt8(ascii: "<")) { next += 1 }
            out.append(raw.part(index, next))
            guard next < count else { return }
            if raw[next] == UInt8(ascii: "<") {
                guard let close = raw.firstIndex(of: UInt8(ascii: ">"), from: next + 1) else { return }
                index = close + 1
                continue
            }
            index = next + 1
            guard let semicolon = raw.firstIndex(of: UInt8(ascii: ";"), from: index), semicolon - index <= 10, semicolon > index else {
                out.append(UInt8(ascii: "&"))
                continue
            }
            let name = raw.part(index, semicolon)
            guard let scalar = scalar(name) else {
                out.append(UInt8(ascii: "&"))
                continue
            }
            for byte in String(scalar).utf8 { out.append(byte) }
            index = semicolon + 1
        }
    }

    /// The character a reference's name (between `&` and `;`) stands for.
    static func scalar(_ name: Bytes) -> Unicode.Scalar? {
        guard name.count > 0 else { return nil }
        if name[0] == UInt8(ascii: "#") {
            let hex = name.count > 1 && (name[1] | 0x20) == UInt8(ascii: "x")
            var value: UInt32 = 0
            let digits = name.part(hex ? 2 : 1, name.count)
            guard digits.count > 0, digits.count <= 7 else { return nil }
            for byte in digits {
                let digit: UInt32
                switch byte {
                case 48...57: digit = UInt32(byte - 48)
                case 97...102 where hex: digit = UInt32(byte - 87)
                case 65...70 where hex: digit = UInt32(byte - 55)
                default: return nil
                }
                value = value * (hex ? 16 : 10) + digit
            }
            // A non-breaking space reads as a space; control characters are not text.
            if value == 0xA0 { return " " }
            guard value >= 32 else { return nil }
            return Unicode.Scalar(value)
        }
        return named[name.string].flatMap { Unicode.Scalar($0) }
    }

    private static let named: [String: UInt32] = {
        var table: [String: UInt32] = ["amp": 38, "lt": 60, "gt": 62, "quot": 34, "apos": 39, "nbsp": 32, "ndash": 0x2013, "mdash": 0x2014,
                                       "lsquo": 0x2018, "rsquo": 0x2019, "ldquo": 0x201C, "rdquo": 0x201D, "hellip": 0x2026, "euro": 0x20AC,
                                       "szlig": 0xDF, "ccedil": 0xE7, "Ccedil": 0xC7, "ntilde": 0xF1, "Ntilde": 0xD1, "oslash": 0xF8, "Oslash": 0xD8,
                                       "aring": 0xE5, "Aring": 0xC5, "aelig": 0xE6, "AElig": 0xC6, "ij": 0x133]
        // The accented vowels: grave, acute, circumflex and diaeresis of a, e, i, o, u.
        let vowels: [(String, UInt32)] = [("a", 0xE0), ("e", 0xE8), ("i", 0xEC), ("o", 0xF2), ("u", 0xF9)]
        for (letter, grave) in vowels {
            let marks = letter == "o" ? [("grave", 0), ("acute", 1), ("circ", 2), ("tilde", 3), ("uml", 4)]
                : letter == "a" ? [("grave", 0), ("acute", 1), ("circ", 2), ("tilde", 3), ("uml", 4)]
                : [("grave", 0), ("acute", 1), ("circ", 2), ("uml", 3)]
            for (mark, offset) in marks {
                table[letter + mark] = grave + UInt32(offset)
                table[letter.uppercased() + mark] = grave + UInt32(offset) - 32
            }
        }
        return table
    }()
}
