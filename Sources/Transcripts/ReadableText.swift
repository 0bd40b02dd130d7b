import Foundation

extension TranscriptParser {
    /// The readable text of an uploaded transcript, for the product to keep when the pair asks
    /// for it: a Word document's paragraphs (not its zip bytes), a text file decoded from UTF-8,
    /// UTF-16 or Windows-1252 (without a byte order mark), at most `maxBytes` bytes of UTF-8, cut
    /// at the last line end before the limit when there is one in its last quarter, and never
    /// inside a character.
    public static func readableText(_ data: Data, maxBytes: Int) throws(TranscriptError) -> String {
        guard !data.isEmpty else { throw .empty }
        var text: String
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            text = try docxText(data)
        } else if let decoded = TextDecoding.utf16(data) {
            text = String(decoding: decoded, as: UTF8.self)
        } else if data.contains(0) {
            throw .notText
        } else if let utf8 = String(data: data, encoding: .utf8) {
            text = utf8
        } else if let decoded = TextDecoding.windows1252(data) {
            text = String(decoding: decoded, as: UTF8.self)
        } else {
            throw .notText
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return capped(text, maxBytes: maxBytes)
    }

    static func capped(_ text: String, maxBytes: Int) -> String {
        guard text.utf8.count > maxBytes else { return text }
        let utf8 = Array(text.utf8)
        var end = max(0, maxBytes)
        while end > 0, utf8[end] & 0xC0 == 0x80 { end -= 1 }
        if let lineEnd = utf8[0..<end].lastIndex(of: 10), lineEnd >= end * 3 / 4 { end = lineEnd }
        return String(decoding: utf8[0..<end], as: UTF8.self)
    }
}
