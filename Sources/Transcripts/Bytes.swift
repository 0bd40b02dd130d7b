import Foundation

/// Text as the readers see it: UTF-8 bytes, never copied into `String` on the hot path.
typealias Bytes = UnsafeBufferPointer<UInt8>

extension UnsafeBufferPointer where Element == UInt8 {
    /// The bytes from `start` up to `end`, indexed from zero.
    @inline(__always)
    func part(_ start: Int, _ end: Int) -> Bytes { Bytes(rebasing: self[start..<end]) }

    /// Without spaces and tabs at both ends.
    @inline(__always)
    func trimmed() -> Bytes {
        var start = 0, end = count
        while start < end, self[start] == 32 || self[start] == 9 { start += 1 }
        while end > start, self[end - 1] == 32 || self[end - 1] == 9 { end -= 1 }
        return part(start, end)
    }

    @inline(__always)
    func firstIndex(of byte: UInt8, from start: Int = 0) -> Int? {
        var index = start
        while index < count {
            if self[index] == byte { return index }
            index += 1
        }
        return nil
    }

    /// Where the ASCII `pattern` first starts (candidates for its first byte found eight bytes at a time).
    func find(_ pattern: StaticString, from start: Int = 0) -> Int? {
        let length = pattern.utf8CodeUnitCount
        guard length > 0, let base = baseAddress else { return nil }
        let needle = pattern.utf8Start
        var index = start
        while index + length <= count {
            guard let found = part(0, count - length + 1).firstIndex(of: needle[0], or: needle[0], from: index) else { return nil }
            index = found
            if memcmp(base + index, needle, length) == 0 { return index }
            index += 1
        }
        return nil
    }

    /// Where the first byte that is `one` or `other` is, from `start` on. Eight bytes at a
    /// time: a byte equal to the one looked for becomes zero after `^`, and the lowest zero
    /// byte of a word is marked exactly by `(v - 0x01…) & ~v & 0x80…`.
    @inline(__always)
    func firstIndex(of one: UInt8, or other: UInt8, from start: Int = 0) -> Int? {
        guard let base = baseAddress else { return nil }
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        let first = UInt64(one) &* ones, second = UInt64(other) &* ones
        var index = start
        while index + 8 <= count {
            let bytes = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let a = bytes ^ first, b = bytes ^ second
            let found = ((a &- ones) & ~a | (b &- ones) & ~b) & high
            if found != 0 { return index + found.trailingZeroBitCount >> 3 }
            index += 8
        }
        if index < count, count >= 8 {
            // The last bytes in one load of the last eight, the ones already looked at masked off.
            let bytes = UnsafeRawPointer(base + count - 8).loadUnaligned(as: UInt64.self)
            let a = bytes ^ first, b = bytes ^ second
            let seen = UInt64(index - (count - 8)) * 8
            let found = ((a &- ones) & ~a | (b &- ones) & ~b) & high & ~((1 &<< seen) &- 1)
            return found != 0 ? count - 8 + found.trailingZeroBitCount >> 3 : nil
        }
        while index < count {
            if base[index] == one || base[index] == other { return index }
            index += 1
        }
        return nil
    }

    @inline(__always)
    func hasSuffix(_ pattern: StaticString) -> Bool {
        let length = pattern.utf8CodeUnitCount
        return count >= length && part(count - length, count).hasPrefix(pattern)
    }

    @inline(__always)
    func hasPrefix(_ pattern: StaticString) -> Bool {
        let length = pattern.utf8CodeUnitCount
        guard count >= length else { return false }
        let needle = pattern.utf8Start
        for offset in 0..<length where self[offset] != needle[offset] { return false }
        return true
    }

    @inline(__always)
    func equals(_ pattern: StaticString) -> Bool { count == pattern.utf8CodeUnitCount && hasPrefix(pattern) }

    @inline(__always)
    func sameBytes(as other: Bytes) -> Bool {
        guard count == other.count else { return false }
        guard count > 0, let mine = baseAddress, let theirs = other.baseAddress else { return true }
        // Names are short: eight bytes at a time, then the rest, without a call to `memcmp`.
        var index = 0
        while index + 8 <= count {
            if UnsafeRawPointer(mine + index).loadUnaligned(as: UInt64.self) != UnsafeRawPointer(theirs + index).loadUnaligned(as: UInt64.self) { return false }
            index += 8
        }
        if index < count, count >= 8 {
            // The last eight bytes (overlapping those compared), in one load each.
            return UnsafeRawPointer(mine + count - 8).loadUnaligned(as: UInt64.self) == UnsafeRawPointer(theirs + count - 8).loadUnaligned(as: UInt64.self)
        }
        while index < count {
            if mine[index] != theirs[index] { return false }
            index += 1
        }
        return true
    }

    var string: String { String(decoding: self, as: UTF8.self) }
}

/// A growable byte buffer with reference semantics, so a reader can hand out its bytes while
/// it keeps working on its own state.
final class ByteBuffer {
    private(set) var pointer: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 256) {
        self.capacity = max(16, capacity)
        pointer = .allocate(capacity: self.capacity)
    }

    deinit { pointer.deallocate() }

    var bytes: Bytes { Bytes(start: pointer, count: count) }
    var isEmpty: Bool { count == 0 }

    func removeAll() { count = 0 }

    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        pointer[count] = byte
        count += 1
    }

    func append(_ bytes: Bytes) {
        guard bytes.count > 0 else { return }
        if count + bytes.count > capacity { grow(to: count + bytes.count) }
        (pointer + count).update(from: bytes.baseAddress!, count: bytes.count)
        count += bytes.count
    }

    private func grow(to needed: Int) {
        var next = capacity * 2
        while next < needed { next *= 2 }
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: next)
        larger.update(from: pointer, count: count)
        pointer.deallocate()
        pointer = larger
        capacity = next
    }
}

enum UTF8Check {
    /// Whether `bytes` is well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
    static func isValid(_ bytes: Bytes) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return false
            }
            guard index + length <= count else { return false }
            let second = bytes[index + 1]
            guard second >= low && second <= high else { return false }
            for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }

    /// The scalar starting at `index` of valid UTF-8, and its length in bytes.
    @inline(__always)
    static func decode(_ bytes: Bytes, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        let count = bytes.count
        func continuation(_ offset: Int) -> UInt32 { index + offset < count ? UInt32(bytes[index + offset]) & 0x3F : 0 }
        let value: UInt32, length: Int
        if lead < 0xE0 { value = (lead & 0x1F) << 6 | continuation(1); length = 2 }
        else if lead < 0xF0 { value = (lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2); length = 3 }
        else { value = (lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3); length = 4 }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
