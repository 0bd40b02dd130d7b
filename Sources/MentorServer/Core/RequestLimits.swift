import Vapor

/// The most a request to one route may send. Declared with the route (`Endpoint.maxBody`):
/// every form is small; only the two uploads (a CSV file of people, a meeting transcript) may
/// send more. The body is read up to the limit and no further, before anything else happens,
/// so twenty anonymous posts of 15 MB cost twenty times the small limit, not 300 MB.
struct BodyLimit: Sendable, Equatable {
    let bytes: Int
    /// How the limit is written in messages.
    let label: String

    /// Every form. The largest form (two notes of 10,000 characters) fits with room to spare, even
    /// when every letter is accented and so sent as six bytes.
    static let form = BodyLimit(bytes: 128 * 1024, label: "128 kB")
    /// The CSV import and the transcript upload.
    static let upload = BodyLimit(bytes: 16 * 1024 * 1024, label: "16 MB")
}

/// The most characters one form field may hold, checked for every url-encoded and multipart
/// form before its handler runs, so no handler can forget it and an over-long value is never
/// written. Files in a multipart form are bounded by the route's body limit instead.
///
/// A field is a single line (200 characters) unless it is listed here: the text areas (5,000, or
/// 10,000 for the notes and expectations that hold a conversation's worth of text) and a few
/// short fields with a known shape. `FieldLimitTests` renders every page and fails when a text
/// area is missing from this list.
enum FieldLimits {
    static let singleLine = 200
    static let textArea = 5_000
    static let longText = 10_000

    static let byName: [String: Int] = [
        // Conversations and the agreement
        "sharedNotes": longText, "privateNotes": longText,
        "menteeExpectations": longText, "mentorExpectations": longText,
        "preparation": textArea, "confidentiality": textArea,
        "evidenceText": textArea, "behaviour": textArea, "observationNote": textArea,
        // Goals, fit check, pulse
        "description": textArea, "successCriteria": textArea, "comment": textArea, "improvement": 1_000,
        // The mentor's reflections (one text area per self-check question)
        "initiative": longText, "expectations": longText, "coreValues": longText, "learningGoals": longText,
        // Administration
        "descriptionNL": textArea, "descriptionEN": textArea, "behavioursNL": textArea, "behavioursEN": textArea,
        "expertise": textArea,
        // A goal theme's synonyms (issue 14), as `ListItemFormPage.Form.maxSynonymsLength`
        "synonyms": 2_000,
        // The CSV text of an import, bounded by the upload's body limit
        "csv": BodyLimit.upload.bytes,
        // Short fields with a known shape
        "email": 254, "name": 120,
    ]

    /// Fields whose name carries a key, such as the guidance texts `nl-<pattern>`, `en-<pattern>`.
    static let byPrefix: [(String, Int)] = [("nl-", textArea), ("en-", textArea)]

    /// Fields of the rows of the one-page conversation log (`evidence[0][text]`), by list and
    /// field, with the limits of the small forms they stand for.
    static let byRowField: [String: Int] = [
        "evidence.text": textArea, "scores.behaviour": textArea, "observations.note": textArea,
    ]

    static func limit(for name: String) -> Int {
        if let limit = byName[name] { return limit }
        if let prefixed = byPrefix.first(where: { name.hasPrefix($0.0) }) { return prefixed.1 }
        if let open = name.firstIndex(of: "["), name.hasSuffix("]"), let last = name.lastIndex(of: "[") {
            let key = name[..<open] + "." + name[name.index(after: last)..<name.index(before: name.endIndex)]
            if let limit = byRowField[String(key)] { return limit }
        }
        return singleLine
    }

    /// The first field longer than its limit, as (limit, length in characters).
    static func firstOverLong(_ fields: [(name: String, value: String)]) -> (limit: Int, length: Int)? {
        for field in fields {
            let limit = limit(for: field.name)
            // UTF-8 never has fewer bytes than characters, so most values need no counting.
            guard field.value.utf8.count > limit else { continue }
            let length = field.value.unicodeScalars.count
            if length > limit { return (limit, length) }
        }
        return nil
    }

    /// The text fields of a url-encoded or multipart form body; files and other bodies give none.
    static func fields(of body: ByteBuffer, contentType: HTTPMediaType?) throws -> [(name: String, value: String)] {
        guard let contentType else { return [] }
        if contentType == .urlEncodedForm {
            return urlEncodedFields(String(buffer: body))
        }
        if contentType.type == "multipart", contentType.subType == "form-data", let boundary = contentType.parameters["boundary"] {
            return try multipartFields(body, boundary: boundary)
        }
        return []
    }

    static func urlEncodedFields(_ text: String) -> [(name: String, value: String)] {
        text.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String {
                let spaced = part.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }

    private static func multipartFields(_ body: ByteBuffer, boundary: String) throws -> [(name: String, value: String)] {
        var fields: [(name: String, value: String)] = []
        var name: String?
        var isFile = false
        var value = ByteBuffer()
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { header, headerValue in
            guard header.lowercased() == "content-disposition" else { return }
            name = Self.parameter("name", in: headerValue)
            isFile = Self.parameter("filename", in: headerValue) != nil
        }
        parser.onBody = { chunk in
            if !isFile { value.writeBuffer(&chunk) }
        }
        parser.onPartComplete = {
            if let name, !isFile { fields.append((name, String(buffer: value))) }
            name = nil
            isFile = false
            value.clear()
        }
        try parser.execute(body)
        return fields
    }

    /// `name` in `form-data; name="agendaText"; filename="x.vtt"`.
    private static func parameter(_ key: String, in header: String) -> String? {
        for part in header.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == key else { continue }
            return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }
}

extension Request {
    /// Reads the body up to the route's limit, and refuses it (413, naming the limit) beyond.
    /// Runs first, for every route, so no later step can read an unbounded body.
    func collectBody(upTo limit: BodyLimit) async throws {
        let body: ByteBuffer?
        do {
            body = try await eventLoop.flatSubmit { self.body.collect(max: limit.bytes + 1) }.get()
        } catch let abort as any AbortError where abort.status == .payloadTooLarge {
            throw UserError(.payloadTooLarge, T.bodyTooLarge(limit.label))
        }
        // A body that arrived in one piece was collected before the route saw it.
        if let body, body.readableBytes > limit.bytes { throw UserError(.payloadTooLarge, T.bodyTooLarge(limit.label)) }
    }

    /// Refuses (422, naming the limit) a form with a field longer than its `FieldLimits`.
    func checkFieldLengths() throws {
        guard let body = body.data else { return }
        let fields: [(name: String, value: String)]
        do { fields = try FieldLimits.fields(of: body, contentType: headers.contentType) } catch { throw PageError.badRequest }
        if let overLong = FieldLimits.firstOverLong(fields) {
            throw UserError(.unprocessableEntity, T.fieldTooLong(limit: overLong.limit, sent: overLong.length))
        }
    }
}
