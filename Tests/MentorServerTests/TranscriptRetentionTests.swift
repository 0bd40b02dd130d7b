import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore
import Transcripts

/// The stored transcript figures through retention and the data download.
@Suite struct TranscriptRetentionTests {
    @Test func retentionRemovesEverySpeakersNameAThirdOneToo() async throws {
        try await withTestApp { app in
            // setup: a transcript with the pair and a guest; the pair ended 40 days ago, retention 30 days.
            let fixture = try await Fixture.make(on: app)
            let mentee = TestClient(app, acceptLanguage: "en")
            try await mentee.signIn(fixture.a.emails[.mentee]!)
            let path = "/conversations/\(fixture.a.conversation)/transcript"
            #expect(try await mentee.upload(path, field: "file", filename: "meeting.vtt", content: TranscriptServerTests.vtt,
                                            fields: [("keep", "on")]).status == .seeOther)
            let before = try #require(try await TranscriptAnalysis.query(on: app.db).first())
            #expect(before.figures.contains("Guest") && before.figures.contains("Mentor A"))
            try await Organisation.query(on: app.db).set(\.$retentionDays, to: 30).update()
            try await Mentorship.query(on: app.db).filter(\.$id == fixture.a.pair).set(\.$status, to: .ended)
                .set(\.$endedOn, to: Date(timeIntervalSinceNow: -86_400 * 40)).update()
            // act
            #expect(try await Retention.run(now: Date(), on: app.db) == 1)
            // validate: no name of any speaker is left; the figures still read, with the share kept.
            let after = try #require(try await TranscriptAnalysis.query(on: app.db).first())
            for name in ["Mentor A", "Mentee A", "Guest", "wrong room"] {
                #expect(!after.figures.contains(name), "\(name) survived retention")
            }
            #expect(after.rawText == nil)
            #expect(after.mentorSpeaker == "mentor" && after.menteeSpeaker == "mentee" && after.mentorShare == 0.75)
            let stored = try #require(after.storedFigures)
            #expect(Set(stored.figures.speakers.map(\.name)) == ["mentor", "mentee", "speaker 2"])
            #expect(stored.figures.pairShare(SpeakerMapping(mentor: after.mentorSpeaker, mentee: after.menteeSpeaker)) == 0.75)
            #expect(after.measuredTalk.openQuestions == 2)
        }
    }

    @Test func figuresThatCannotBeReadAreEmptiedByRetention() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let analysis = TranscriptAnalysis()
            analysis.$conversation.id = fixture.a.conversation
            analysis.format = "webvtt"; analysis.language = "en"; analysis.timed = true
            analysis.mentorSpeaker = "Mentor A"; analysis.menteeSpeaker = "Mentee A"; analysis.mentorShare = 0.6
            analysis.figures = "{\"speakers\":[{\"name\":\"Mentor A\"},{\"name\":\"Third Person\"}]}"
            try await analysis.save(on: app.db)
            try await Organisation.query(on: app.db).set(\.$retentionDays, to: 30).update()
            try await Mentorship.query(on: app.db).filter(\.$id == fixture.a.pair).set(\.$status, to: .ended)
                .set(\.$endedOn, to: Date(timeIntervalSinceNow: -86_400 * 40)).update()
            // act
            #expect(try await Retention.run(now: Date(), on: app.db) == 1)
            // validate
            let after = try #require(try await TranscriptAnalysis.query(on: app.db).first())
            #expect(!after.figures.contains("Third Person") && after.mentorShare == 0.6 && after.menteeSpeaker == "mentee")
        }
    }

    @Test func theDataDownloadHoldsTheFiguresAsValues() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let mentor = TestClient(app, acceptLanguage: "en")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            #expect(try await mentor.upload("/conversations/\(fixture.a.conversation)/transcript", field: "file", filename: "meeting.vtt",
                                            content: TranscriptServerTests.vtt).status == .seeOther)
            // act
            let data = try await PersonalData.collect(personID: fixture.a.mentor, language: .en, now: app.now, on: app.db)
            // validate
            let transcript = try #require(data.pairs.first?.conversations.compactMap(\.transcript).first)
            #expect(Set(transcript.figures?.figures.speakers.map(\.name) ?? []) == ["Mentor A", "Mentee A", "Guest"])
            #expect(transcript.figures?.mentorOpenQuestions == 2)
            #expect(try data.json().contains("\"mentorOpenQuestions\" : 2"))
        }
    }
}
