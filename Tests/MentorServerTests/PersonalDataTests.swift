import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

/// The mentee's data download holds nothing meant for the mentor alone (issue 11).
@Suite struct PersonalDataTests {
    @Test func theMenteesDownloadHasNeitherTheMentorsTalkEstimateNorPrivateNotes() async throws {
        try await withTestApp { app in
            // setup: the mentor estimated 73 % and wrote a private note.
            let fixture = try await Fixture.make(on: app)
            let conversation = try #require(try await Conversation.find(fixture.a.conversation, on: app.db))
            conversation.talkShareEstimate = 0.73
            conversation.privateNotes = "MENTOR-ONLY-NOTE"
            conversation.sharedNotes = "SHARED-NOTE"
            try await conversation.save(on: app.db)
            func download(_ email: String) async throws -> (json: String, page: String) {
                let client = TestClient(app, acceptLanguage: "en")
                try await client.signIn(email)
                let json = try await client.get("/account/export.json")
                let page = try await client.get("/account/export")
                #expect(json.status == .ok && page.status == .ok)
                return (json.body.string, page.body.string)
            }
            // act
            let mentee = try await download(fixture.a.emails[.mentee]!)
            let mentor = try await download(fixture.a.emails[.mentor]!)
            // validate: the mentee sees the shared notes only.
            #expect(mentee.json.contains("SHARED-NOTE") && mentee.page.contains("SHARED-NOTE"))
            for text in [mentee.json, mentee.page] {
                #expect(!text.contains("MENTOR-ONLY-NOTE"))
                #expect(!text.contains("talkShareEstimate") && !text.contains("0.73") && !text.contains(": 73"))
                #expect(!text.contains(T.talkShareEstimate(.en)))
            }
            let record = try #require(try conversations(in: mentee.json).first)
            #expect(record["talkShareEstimate"] == nil && record["privateNotes"] == nil)
            // The mentor finds their own estimate and notes, in the download and on the page.
            let own = try #require(try conversations(in: mentor.json).first)
            #expect(own["talkShareEstimate"] as? Double == 0.73 && own["privateNotes"] as? String == "MENTOR-ONLY-NOTE")
            #expect(mentor.page.contains("MENTOR-ONLY-NOTE") && mentor.page.contains(T.talkShareEstimate(.en) + ": 73"))
        }
    }

    /// The conversations of the first pair in a JSON download.
    func conversations(in json: String) throws -> [[String: Any]] {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let pair = try #require((root["pairs"] as? [[String: Any]])?.first)
        return try #require(pair["conversations"] as? [[String: Any]])
    }
}
