import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small JSON reader that keeps numbers, booleans and null apart (Foundation's reader
/// blurs booleans and numbers on some platforms) and reads millions of scores quickly.
/// Errors name the byte offset.
enum JSONValue: Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    struct SyntaxError: Error {
        var offset: Int
        var expected: String
    }

    static func parse(_ data: Data) throws(SyntaxError) -> JSONValue {
        var bytes = [UInt8](data)
        bytes.append(0) // strtod stops at the terminator
        var reader = Reader(bytes: bytes)
        reader.skipSpace()
        let value = try reader.value(depth: 0)
        reader.skipSpace()
        guard reader.index == bytes.count - 1 else { throw SyntaxError(offset: reader.index, expected: "end of input") }
        return value
    }

    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
        }

        mutating func value(depth: Int) throws(SyntaxError) -> JSONValue {
            guard depth < 64 else { throw SyntaxError(offset: index, expected: "less deeply nested values") }
            guard index < bytes.count - 1 else { throw SyntaxError(offset: index, expected: "a value") }
            switch bytes[index] {
            case UInt8(ascii: "{"):
                index += 1
                var object: [String: JSONValue] = [:]
                skipSpace()
                if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(object) }
                while true {
                    skipSpace()
                    guard bytes[index] == UInt8(ascii: "\"") else { throw SyntaxError(offset: index, expected: "a key in quotes") }
                    let key = try string()
                    skipSpace()
                    guard bytes[index] == UInt8(ascii: ":") else { throw SyntaxError(offset: index, expected: "':'") }
                    index += 1
                    skipSpace()
                    object[key] = try value(depth: depth + 1)
                    skipSpace()
                    if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                    if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(object) }
                    throw SyntaxError(offset: index, expected: "',' or '}'")
                }
            case UInt8(ascii: "["):
                index += 1
                var array: [JSONValue] = []
                skipSpace()
                if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(array) }
                while true {
                    skipSpace()
                    array.append(try value(depth: depth + 1))
                    skipSpace()
                    if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                    if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(array) }
                    throw SyntaxError(offset: index, expected: "',' or ']'")
                }
            case UInt8(ascii: "\""):
                return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return .number(try number())
            default:
                throw SyntaxError(offset: index, expected: "a value")
            }
        }

        mutating func literal(_ word: String) throws(SyntaxError) {
            for byte in word.utf8 {
                guard index < bytes.count - 1, bytes[index] == byte else { throw SyntaxError(offset: index, expected: word) }
                index += 1
            }
        }

        mutating func number() throws(SyntaxError) -> Double {
            let start = index
            var end: UnsafeMutablePointer<CChar>?
            let value = bytes.withUnsafeBufferPointer { buffer -> Double in
                let base = UnsafeMutableRawPointer(mutating: buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                let result = strtod(base + start, &end)
                index = base.distance(to: end!)
                return result
            }
            guard index > start, value.isFinite else { throw SyntaxError(offset: start, expected: "a number") }
            return value
        }

        mutating func string() throws(SyntaxError) -> String {
            index += 1 // opening quote
            var scalars: [UInt8] = []
            while index < bytes.count - 1 {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    index += 1
                    return String(decoding: scalars, as: UTF8.self)
                }
                if byte == UInt8(ascii: "\\") {
                    index += 1
                    guard index < bytes.count - 1 else { break }
                    switch bytes[index] {
                    case UInt8(ascii: "n"): scalars.append(0x0A)
                    case UInt8(ascii: "t"): scalars.append(0x09)
                    case UInt8(ascii: "r"): scalars.append(0x0D)
                    case UInt8(ascii: "b"): scalars.append(0x08)
                    case UInt8(ascii: "f"): scalars.append(0x0C)
                    case UInt8(ascii: "u"):
                        guard index + 4 < bytes.count - 1, let code = UInt32(String(decoding: bytes[(index + 1)...(index + 4)], as: UTF8.self), radix: 16)
                        else { throw SyntaxError(offset: index, expected: "four hex digits") }
                        scalars.append(contentsOf: Array(String(Unicode.Scalar(code) ?? "\u{FFFD}").utf8))
                        index += 4
                    default: scalars.append(bytes[index])
                    }
                    index += 1
                    continue
                }
                scalars.append(byte)
                index += 1
            }
            throw SyntaxError(offset: index, expected: "a closing quote")
        }
    }
}
