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

    /// A WebVTT transcript in which `speakers` people each say a sentence.
    static func vtt(speakers: Int, name: (Int) -> String = { "Speaker \($0)" }) -> String {
        var text = "WEBVTT\n\n"
        for index in 0..<speakers {
            text += "00:\(String(format: "%02d", index / 60)):\(String(format: "%02d", index % 60)).000 --> 00:\(String(format: "%02d", index / 60)):\(String(format: "%02d", index % 60)).900\n"
            text += "<v \(name(index))>I think we should perhaps plan this, what do you expect?</v>\n\n"
        }
        return text
    }

    @Test func aTranscriptWithSixtySpeakersIsRefusedAndNothingIsStored() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let mentor = TestClient(app, acceptLanguage: "en")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            let dutch = TestClient(app, acceptLanguage: "nl")
            try await dutch.signIn(fixture.a.emails[.mentee]!)
            let path = "/conversations/\(fixture.a.conversation)/transcript"
            // act
            let response = try await mentor.upload(path, field: "file", filename: "crowd.vtt", content: Self.vtt(speakers: 60), fields: [("keep", "on")])
            let inDutch = try await dutch.upload(path, field: "file", filename: "crowd.vtt", content: Self.vtt(speakers: 60))
            // validate: a clear message in the reader's language, and nothing stored
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("more than 50 speakers"))
            #expect(inDutch.status == .unprocessableEntity)
            #expect(inDutch.body.string.contains("meer dan 50 sprekers"))
            #expect(try await TranscriptAnalysis.query(on: app.db).count() == 0)
            // Fifty is still a conversation the product takes.
            #expect(try await mentor.upload(path, field: "file", filename: "fifty.vtt", content: Self.vtt(speakers: 50)).status == .seeOther)
            #expect(try await TranscriptAnalysis.query(on: app.db).count() == 1)
        }
    }

    @Test func theStoredFiguresStaySmallForTheLargestTranscriptAccepted() async throws {
        try await withTestApp { app in
            // setup: the most speakers allowed, each with the longest name allowed and every kind of signal
            let fixture = try await Fixture.make(on: app)
            let mentor = TestClient(app, acceptLanguage: "en")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            let longName = { (index: Int) in "Speaker \(index) " + String(repeating: "x", count: TranscriptIntake.maxNameLength - 12) }
            // act
            let response = try await mentor.upload("/conversations/\(fixture.a.conversation)/transcript", field: "file", filename: "big.vtt",
                                                   content: Self.vtt(speakers: TranscriptIntake.maxSpeakers, name: longName))
            // validate: all 50 kept, and their JSON within the bound (it was 142 MB for a crafted file)
            #expect(response.status == .seeOther)
            let analysis = try #require(try await TranscriptAnalysis.query(on: app.db).first())
            let stored = try #require(analysis.storedFigures)
            #expect(stored.figures.speakers.count == 50)
            #expect(analysis.figures.utf8.count < 64 * 1024, "stored figures are \(analysis.figures.utf8.count) bytes")
            #expect(analysis.figures.utf8.count <= TranscriptIntake.maxStoredBytes)
            let page = try await mentor.get("/conversations/\(fixture.a.conversation)")
            #expect(page.status == .ok && page.body.readableBytes < 512 * 1024)
        }
    }

    @Test func aSpeakerNameLongerThanTheLimitIsRefused() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let mentor = TestClient(app, acceptLanguage: "en")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            let name = String(repeating: "n", count: 5_000)
            let response = try await mentor.upload("/conversations/\(fixture.a.conversation)/transcript", field: "file", filename: "x.vtt",
                                                   content: "WEBVTT\n\n00:00:00.000 --> 00:00:05.000\n<v \(name)>Hello there.</v>\n")
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("longer than 120 characters"))
            #expect(!response.body.string.contains(name))
            #expect(try await TranscriptAnalysis.query(on: app.db).count() == 0)
        }
    }

    @Test func keptTextLongerThanTheLimitIsRefusedButTheFiguresCanStillBeMeasured() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let mentor = TestClient(app, acceptLanguage: "en")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            let path = "/conversations/\(fixture.a.conversation)/transcript"
            var long = "WEBVTT\n\n"
            var second = 0
            while long.utf8.count <= TranscriptIntake.maxKeptCharacters {
                long += "00:\(String(format: "%02d", second / 60 % 60)):\(String(format: "%02d", second % 60)).000 --> 00:\(String(format: "%02d", second / 60 % 60)):\(String(format: "%02d", second % 60)).500\n"
                long += "<v \(second % 2 == 0 ? "Mentor A" : "Mentee A")>" + String(repeating: "word ", count: 100) + "</v>\n\n"
                second += 1
            }
            let kept = try await mentor.upload(path, field: "file", filename: "long.vtt", content: long, fields: [("keep", "on")])
            #expect(kept.status == .unprocessableEntity)
            #expect(kept.body.string.contains("without keeping the text"))
            #expect(try await TranscriptAnalysis.query(on: app.db).count() == 0)
            #expect(try await mentor.upload(path, field: "file", filename: "long.vtt", content: long).status == .seeOther)
            #expect(try await TranscriptAnalysis.query(on: app.db).first()?.rawText == nil)
        }
    }

    @Test func aWordDocumentKeepsItsDocumentTextNotItsZipBytes() async throws {
        try await withTestApp { app in
            // setup: a Teams-style Word transcript
            let fixture = try await Fixture.make(on: app)
            let mentee = TestClient(app, acceptLanguage: "en")
            try await mentee.signIn(fixture.a.emails[.mentee]!)
            let docx = StoredZip.docx(["Mentor A\t0:00", "What would you like to talk about today?", "Mentee A\t0:06", "My planning, and the audit."])
            // act
            let response = try await mentee.upload("/conversations/\(fixture.a.conversation)/transcript", field: "file", filename: "meeting.docx",
                                                   bytes: docx, fields: [("keep", "on")])
            // validate: the kept text is what the document says (it was "PK\u{3}\u{4}" and a few bytes)
            #expect(response.status == .seeOther)
            let analysis = try #require(try await TranscriptAnalysis.query(on: app.db).first())
            #expect(analysis.format == "docx")
            let text = try #require(analysis.rawText)
            #expect(text.contains("What would you like to talk about today?"))
            #expect(text.contains("My planning, and the audit."))
            #expect(text.contains("Mentor A") && text.contains("Mentee A"))
            #expect(!text.hasPrefix("PK") && !text.contains("word/document.xml") && !text.contains("<w:"))
            #expect(try await mentee.get("/conversations/\(fixture.a.conversation)").body.string.contains("My planning, and the audit."))
        }
    }

    @Test func whenEveryAnalysisPlaceIsTakenAnUploadIsRefusedAtOnceWithAMessage() async throws {
        try await withTestApp { app in
            // setup: as many analyses running as the server allows
            let fixture = try await Fixture.make(on: app)
            let mentor = TestClient(app, acceptLanguage: "en")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            let path = "/conversations/\(fixture.a.conversation)/transcript"
            let gate = app.transcriptGate
            for _ in 0..<TranscriptIntake.concurrentLimit { #expect(gate.tryEnter()) }
            // act
            let busy = try await mentor.upload(path, field: "file", filename: "meeting.vtt", content: Self.vtt)
            // validate: refused with "try again", not queued, nothing stored; once a place is free it works
            #expect(busy.status == .serviceUnavailable)
            #expect(busy.body.string.contains("Try again in a moment"))
            #expect(try await TranscriptAnalysis.query(on: app.db).count() == 0)
            gate.leave()
            #expect(try await mentor.upload(path, field: "file", filename: "meeting.vtt", content: Self.vtt).status == .seeOther)
            // The upload gave its place back: one place is still free.
            #expect(gate.tryEnter())
            #expect(!gate.tryEnter())
        }
    }

    @Test func readingProblemsAreSaidInBothLanguagesWithTheirLine() {
        let problem = T.transcriptProblem(.badTiming(line: 3, found: "00:00:01.000 --> soon"))
        #expect(problem.en.contains("line 3") && problem.en.contains("--> soon"))
        #expect(problem.nl.contains("regel 3") && problem.nl.contains("verwacht"))
        #expect(T.transcriptProblem(.notText).nl.contains("geen tekst"))
        #expect(T.transcriptProblem(.wordDocument(.cannotOpen)).en.contains("Word document"))
    }
}
