import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

@Suite struct TranscriptServerTests {
    static let vtt = "WEBVTT\n\n00:00:00.000 --> 00:00:30.000\n<v Mentor A>How did the week go? What would you change?</v>\n\n00:00:30.000 --> 00:00:40.000\n<v Mentee A>Planning, I think.</v>\n\n00:00:40.000 --> 00:00:50.000\n<v Guest>Sorry, wrong room.</v>\n"

    @Test func anUploadedTranscriptFeedsTheMirrorAndItsTextStaysWithThePair() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let mentee = TestClient(app, acceptLanguage: "en")
            try await mentee.signIn(fixture.a.emails[.mentee]!)
            let path = "/conversations/\(fixture.a.conversation)/transcript"
            // act
            let response = try await mentee.upload(path, field: "file", filename: "meeting.vtt", content: Self.vtt, fields: [("keep", "on")])
            // validate: Mentor A 30 s, Mentee A 10 s, the guest left out: mentor share 30 / 40 = 0.75
            #expect(response.status == .seeOther)
            let analysis = try #require(try await TranscriptAnalysis.query(on: app.db).first())
            #expect(analysis.mentorSpeaker == "Mentor A" && analysis.menteeSpeaker == "Mentee A")
            #expect(analysis.mentorShare == 0.75)
            #expect(analysis.rawText?.contains("wrong room") == true)
            let loaded = try await MirrorQuery.load(mentorID: fixture.a.mentor, organisationID: fixture.a.id, language: .en, on: app.db)
            let measured = try #require(loaded.pairs[0].conversations.first { $0.id == fixture.a.conversation }?.measured)
            #expect(measured.mentorShare == 0.75 && measured.openQuestions == 2)
            let page = try await mentee.get("/conversations/\(fixture.a.conversation)").body.string
            #expect(page.contains("wrong room"))
            // A stranger never sees it; the mapping can be corrected; the kept text can be deleted.
            let stranger = TestClient(app)
            try await stranger.signIn(fixture.a.strangerEmail)
            #expect(try await stranger.get("/conversations/\(fixture.a.conversation)").status == .notFound)
            #expect(try await mentee.post(path + "/mapping", [("mentorSpeaker", "Guest"), ("menteeSpeaker", "Guest")]).status == .unprocessableEntity)
            #expect(try await mentee.post(path + "/mapping", [("mentorSpeaker", "Mentor A"), ("menteeSpeaker", "Guest")]).status == .seeOther)
            #expect(try await TranscriptAnalysis.query(on: app.db).first()?.mentorShare == 0.75)
            #expect(try await mentee.post(path + "/delete-text").status == .seeOther)
            #expect(try await TranscriptAnalysis.query(on: app.db).first()?.rawText == nil)
        }
    }

    @Test func anUnreadableFileIsRefusedWithItsLine() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let mentor = TestClient(app, acceptLanguage: "en")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            let response = try await mentor.upload("/conversations/\(fixture.a.conversation)/transcript", field: "file", filename: "x.vtt",
                                                   content: "WEBVTT\n\n00:00:01.000 --> soon\nA: hi\n")
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("line 3"))
            #expect(try await TranscriptAnalysis.query(on: app.db).count() == 0)
        }
    }
}
