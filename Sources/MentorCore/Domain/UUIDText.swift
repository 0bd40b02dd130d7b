import Foundation

/// Reads the text form of a UUID (`8-4-4-4-12` hexadecimal digits, either case) by hand.
///
/// Foundation's `UUID(uuidString:)` goes through `sscanf`, which was the largest single cost
/// of the mirror page; this reader accepts exactly what Foundation accepts (the canonical
/// 36-character form, dashes in their four places) and answers the same UUID, in one pass
/// over the bytes without allocating.
public enum UUIDText {
    /// The UUID written in `text`, or nil when it is not one.
    @inlinable
    public static func parse(_ text: String) -> UUID? {
        var text = text
        return text.withUTF8 { parse(utf8: $0) }
    }

    /// The UUID written in `text`, or nil when it is not one.
    @inlinable
    public static func parse(_ text: Substring) -> UUID? {
        var text = text
        return text.withUTF8 { parse(utf8: $0) }
    }

    /// The UUID written in these UTF-8 bytes, or nil when they are not one.
    public static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> UUID? {
        guard bytes.count == 36,
              bytes[8] == dash, bytes[13] == dash, bytes[18] == dash, bytes[23] == dash
        else { return nil }
        var value: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        let ok = withUnsafeMutableBytes(of: &value) { out -> Bool in
            var index = 0
            for position in 0..<16 {
                // Skip the dash before bytes 4, 6, 8 and 10.
                if position == 4 || position == 6 || position == 8 || position == 10 { index += 1 }
                guard let high = digit(bytes[index]), let low = digit(bytes[index + 1]) else { return false }
                out[position] = high << 4 | low
                index += 2
            }
            return true
        }
        return ok ? UUID(uuid: value) : nil
    }

    @usableFromInline static let dash = UInt8(ascii: "-")

    /// The value of one hexadecimal digit, or nil.
    @inline(__always)
    static func digit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte &- UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte &- UInt8(ascii: "a") &+ 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte &- UInt8(ascii: "A") &+ 10
        default: nil
        }
    }
}

extension UUIDText {
    /// The canonical text of `id` in capitals, as Foundation's `uuidString` writes it (and as
    /// UUIDs are stored in SQLite's text columns), without going through a formatter.
    public static func uppercase(_ id: UUID) -> String {
        let digits: StaticString = "0123456789ABCDEF"
        return withUnsafeBytes(of: id.uuid) { source in
            String(unsafeUninitializedCapacity: 36) { out in
                digits.withUTF8Buffer { hex in
                    var index = 0
                    for position in 0..<16 {
                        if position == 4 || position == 6 || position == 8 || position == 10 {
                            out[index] = dash
                            index += 1
                        }
                        out[index] = hex[Int(source[position] >> 4)]
                        out[index + 1] = hex[Int(source[position] & 0x0F)]
                        index += 2
                    }
                }
                return 36
            }
        }
    }
}
