import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

/// Body limits per route and length limits per form field: an attack with a large body or an
/// over-long text is refused with the limit in the reader's language, and nothing is written.
@Suite struct SizeLimitTests {
    @Test func aLargeAnonymousPostIsReadOnlyUpToTheFormLimit() async throws {
        try await withTestApp { app in
            // setup: the real HTTP server, which streams the body to the route
            let body = "email=someone%40a.example&password=" + String(repeating: "x", count: 1_000_000)
            for (language, expected) in [("en", "at most 128 kB"), ("nl", "maximaal 128 kB")] {
                // act
                let response = try await app.testing(method: .running(hostname: "127.0.0.1", port: 0)).sendRequest(.POST, "/signin", beforeRequest: { request in
                    request.headers.replaceOrAdd(name: .contentType, value: "application/x-www-form-urlencoded")
                    request.headers.replaceOrAdd(name: .acceptLanguage, value: language)
                    request.body = ByteBuffer(string: body)
                })
                // validate
                #expect(response.status == .payloadTooLarge)
                #expect(response.body.string.contains(expected))
            }
        }
    }

    @Test func aLargeFormIsRefusedBeforeItsHandler() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let mentor = TestClient(app, acceptLanguage: "en")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            // act
            let response = try await mentor.post("/conversations/\(fixture.a.conversation)/notes", [("sharedNotes", String(repeating: "a", count: 200_000))])
            // validate
            #expect(response.status == .payloadTooLarge)
            #expect(response.body.string.contains("at most 128 kB"))
            #expect(try await Conversation.find(fixture.a.conversation, on: app.db)?.sharedNotes == "")
        }
    }

    @Test func theUploadRoutesTakeFilesAboveTheFormLimit() async throws {
        try await withTestApp { app in
            // setup: a CSV file of 2,000 people, about 200 kB
            let fixture = try await Fixture.make(on: app)
            let admin = TestClient(app, acceptLanguage: "en")
            try await admin.signIn(fixture.a.emails[.admin]!)
            let rows = (0..<2_000).map { "Person \($0) with a long enough name,person\($0)@a.example,mentee,junior,Audit and assurance practice,\(String(repeating: "x", count: 40))" }
            let csv = "name,email,roles,seniority,practice group,expertise\n" + rows.joined(separator: "\n")
            #expect(csv.utf8.count > BodyLimit.form.bytes)
            // act
            let response = try await admin.upload("/admin/people/import", field: "file", filename: "people.csv", content: csv)
            // validate: read and previewed, not refused for its size
            #expect(response.status != .payloadTooLarge)
            #expect(response.status.code < 500)
        }
    }

    @Test func overLongFieldsAreRefusedWithTheirLimitInBothLanguages() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let line = String(repeating: "é", count: FieldLimits.singleLine + 1)
            let notes = String(repeating: "n", count: FieldLimits.longText + 1)
            let agendaBefore = try await AgendaItem.query(on: app.db).count()
            let goalsBefore = try await LearningGoal.query(on: app.db).count()
            for (language, single, long) in [("en", "at most 200", "at most 10,000"), ("nl", "maximaal 200", "maximaal 10.000")] {
                let mentor = TestClient(app, acceptLanguage: language)
                try await mentor.signIn(fixture.a.emails[.mentor]!)
                let mentee = TestClient(app, acceptLanguage: language)
                try await mentee.signIn(fixture.a.emails[.mentee]!)
                let anonymous = TestClient(app, acceptLanguage: language)
                // act
                let refusals: [(TestingHTTPResponse, String)] = [
                    (try await mentee.post("/conversations/\(fixture.a.conversation)/agenda", [("agendaText", line)]), single),
                    (try await mentor.post("/conversations/\(fixture.a.conversation)/notes", [("sharedNotes", notes), ("privateNotes", ""), ("talkShare", "")]), long),
                    (try await mentee.post("/mentorships/\(fixture.a.pair)/goals", [("title", line), ("description", ""), ("successCriteria", ""),
                                                                                   ("targetDate", ""), ("theme", ""), ("status", "open")]), single),
                    (try await mentor.post("/mentorships/\(fixture.a.pair)/agreement", [("menteeExpectations", "Feedback"), ("frequency", line)]), single),
                    (try await anonymous.post("/signin", [("email", String(repeating: "e", count: 250) + "@a.example"), ("password", "x")]), "254"),
                    (try await mentor.upload("/conversations/\(fixture.a.conversation)/transcript", field: "file", filename: "talk.vtt",
                                             content: "WEBVTT\n\n00:00.000 --> 00:02.000\n<v Mentor>Hello\n", fields: [("keep", line)]), single),
                ]
                // validate
                for (response, limit) in refusals {
                    #expect(response.status == .unprocessableEntity)
                    #expect(response.body.string.contains(limit), "\(response.body.string.prefix(2_000))")
                }
            }
            // nothing was written
            #expect(try await AgendaItem.query(on: app.db).count() == agendaBefore)
            #expect(try await LearningGoal.query(on: app.db).count() == goalsBefore)
            #expect(try await Conversation.find(fixture.a.conversation, on: app.db)?.sharedNotes == "")
            #expect(try await Agreement.query(on: app.db).count() == 0)
            #expect(try await TranscriptAnalysis.query(on: app.db).count() == 0)
        }
    }

    @Test func fieldsAtTheirLimitAreSaved() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let mentor = TestClient(app, acceptLanguage: "en")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            let item = String(repeating: "ë", count: FieldLimits.singleLine)
            let notes = String(repeating: "n", count: FieldLimits.longText)
            // act
            let agenda = try await mentor.post("/conversations/\(fixture.a.conversation)/agenda", [("agendaText", item)])
            let saved = try await mentor.post("/conversations/\(fixture.a.conversation)/notes", [("sharedNotes", notes), ("privateNotes", notes), ("talkShare", "")])
            // validate
            #expect(agenda.status == .seeOther)
            #expect(saved.status == .seeOther)
            #expect(try await AgendaItem.query(on: app.db).filter(\.$text == item).count() == 1)
            #expect(try await Conversation.find(fixture.a.conversation, on: app.db)?.sharedNotes == notes)
        }
    }

    /// A text area left out of `FieldLimits` would refuse anything past 200 characters: every
    /// page of every role is read, and each text area on it must have a text area's limit.
    @Test func everyTextAreaOnEveryPageHasATextAreasLimit() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let people = [fixture.a.emails[.admin]!, fixture.a.emails[.coordinator]!, fixture.a.emails[.mentor]!, fixture.a.emails[.mentee]!]
            var seen: Set<String> = []
            var short: Set<String> = []
            for email in people {
                let client = TestClient(app)
                try await client.signIn(email)
                for endpoint in endpoints() where endpoint.method == .GET && !endpoint.path.contains(":token") && !endpoint.path.contains(":file") {
                    let path = "/" + endpoint.path.replacingOccurrences(of: ":id", with: AccessTests.recordID(for: endpoint.access, in: fixture.a).uuidString)
                    // act
                    let page = try await client.get(path).body.string
                    // validate
                    for name in Self.textAreaNames(in: page) {
                        seen.insert(name)
                        if FieldLimits.limit(for: name) < 1_000 { short.insert(name) }
                    }
                }
            }
            #expect(seen.count >= 10, "\(seen)")
            #expect(short.isEmpty, "text areas with a single line's limit: \(short.sorted())")
        }
    }

    /// The rows of the one-page log have the limits of the small forms they stand for; a row's
    /// one-line fields and names that only look like rows keep a single line's limit.
    @Test func rowFieldsOfTheLogHaveTheSmallFormsLimits() {
        #expect(FieldLimits.limit(for: "evidence[3][text]") == FieldLimits.limit(for: "evidenceText"))
        #expect(FieldLimits.limit(for: "scores[0][behaviour]") == FieldLimits.limit(for: "behaviour"))
        #expect(FieldLimits.limit(for: "observations[12][note]") == FieldLimits.limit(for: "observationNote"))
        #expect(FieldLimits.limit(for: "actions[0][text]") == FieldLimits.singleLine)
        #expect(FieldLimits.limit(for: "evidence[0][text") == FieldLimits.singleLine)
        #expect(FieldLimits.limit(for: "[text]") == FieldLimits.singleLine)
    }

    static func textAreaNames(in html: String) -> [String] {
        html.components(separatedBy: "<textarea").dropFirst().compactMap { tag in
            guard let range = tag.range(of: "name=\"") else { return nil }
            let rest = tag[range.upperBound...]
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }
    }
}
