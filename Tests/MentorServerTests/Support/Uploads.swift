import Foundation
import Vapor
import VaporTesting
@testable import MentorServer

extension TestClient {
    /// Uploads bytes as a browser would (multipart), for files that are not text, with extra
    /// request headers (a forged Host, say).
    @discardableResult
    func upload(_ path: String, field: String, filename: String, bytes: Data, fields: [(String, String)] = []) async throws -> TestingHTTPResponse {
        if csrf == nil { try await get("/signin") }
        let boundary = "----mentor-test-boundary-bytes"
        var body = Data()
        for (name, value) in fields + [("_csrf", csrf ?? "")] {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"; filename=\"\(filename)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8))
        body.append(bytes)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        let cookie = self.cookie
        return try await app.testing().sendRequest(.POST, path, beforeRequest: { request in
            if let cookie { request.headers.replaceOrAdd(name: .cookie, value: cookie) }
            request.headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
            request.body = ByteBuffer(bytes: body)
        })
    }

    /// A request with headers of the test's choosing, with the session's cookie; a POST carries the CSRF token.
    func send(_ method: HTTPMethod, _ path: String, headers: [(String, String)]) async throws -> TestingHTTPResponse {
        if csrf == nil { try await get("/signin") }
        let cookie = self.cookie, token = csrf ?? ""
        return try await app.testing().sendRequest(method, path, beforeRequest: { request in
            if let cookie { request.headers.replaceOrAdd(name: .cookie, value: cookie) }
            for (name, value) in headers { request.headers.replaceOrAdd(name: name, value: value) }
            if method == .POST {
                request.headers.replaceOrAdd(name: .contentType, value: "application/x-www-form-urlencoded")
                request.body = ByteBuffer(string: "_csrf=\(TestClient.encode(token))")
            }
        })
    }
}

/// A zip archive with its entries stored uncompressed: enough for a Word document in a test.
enum StoredZip {
    static func archive(_ entries: [(name: String, data: Data)]) -> Data {
        var out = Data(), central = Data()
        for entry in entries {
            let offset = UInt32(out.count)
            let crc = crc32(entry.data)
            let name = Data(entry.name.utf8)
            var local = Data([0x50, 0x4B, 0x03, 0x04])
            local.le(UInt16(20)); local.le(UInt16(0)); local.le(UInt16(0)); local.le(UInt16(0)); local.le(UInt16(0x21))
            local.le(crc); local.le(UInt32(entry.data.count)); local.le(UInt32(entry.data.count))
            local.le(UInt16(name.count)); local.le(UInt16(0))
            out.append(local); out.append(name); out.append(entry.data)
            var header = Data([0x50, 0x4B, 0x01, 0x02])
            header.le(UInt16(20)); header.le(UInt16(20)); header.le(UInt16(0)); header.le(UInt16(0)); header.le(UInt16(0)); header.le(UInt16(0x21))
            header.le(crc); header.le(UInt32(entry.data.count)); header.le(UInt32(entry.data.count))
            header.le(UInt16(name.count)); header.le(UInt16(0)); header.le(UInt16(0)); header.le(UInt16(0)); header.le(UInt16(0))
            header.le(UInt32(0)); header.le(offset)
            central.append(header); central.append(name)
        }
        let centralOffset = UInt32(out.count)
        out.append(central)
        var end = Data([0x50, 0x4B, 0x05, 0x06])
        end.le(UInt16(0)); end.le(UInt16(0)); end.le(UInt16(entries.count)); end.le(UInt16(entries.count))
        end.le(UInt32(central.count)); end.le(centralOffset); end.le(UInt16(0))
        out.append(end)
        return out
    }

    /// A Teams-style Word transcript: one paragraph per line, tabs as `w:tab`.
    static func docx(_ paragraphs: [String]) -> Data {
        let body = paragraphs.map { "<w:p><w:r><w:t>\($0.replacingOccurrences(of: "\t", with: "</w:t><w:tab/><w:t>"))</w:t></w:r></w:p>" }.joined()
        let xml = "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\(body)</w:body></w:document>"
        return archive([("word/document.xml", Data(xml.utf8))])
    }

    static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = (crc >> 1) ^ (0xEDB8_8320 & (0 &- (crc & 1))) }
        }
        return ~crc
    }
}

private extension Data {
    mutating func le<T: FixedWidthInteger>(_ value: T) {
        var little = value.littleEndian
        Swift.withUnsafeBytes(of: &little) { append(contentsOf: $0) }
    }
}
