import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

@Suite struct MirrorServerTests {
    /// Adds two more held conversations with estimates so the fixture pair has figures.
    static func addConversations(_ fixture: Fixture, on db: any Database) async throws {
        for (days, share, initiator) in [(40.0, 0.7, PairSide.mentor), (20.0, 0.6, PairSide.mentee)] {
            let conversation = Conversation(mentorshipID: fixture.a.pair, scheduledAt: Date().addingTimeInterval(-days * 86_400), durationMinutes: 60,
                                            place: "", initiatedBy: initiator, status: .held)
            conversation.talkShareEstimate = share
            try await conversation.create(on: db)
            try await AgendaItem(conversationID: conversation.id!, authorSide: .mentee, text: "Topic", addedBeforehand: true, covered: true, position: 1).create(on: db)
        }
    }

    @Test func theMentorSeesTheFourQuestionsWithFiguresAndCharts() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            try await Self.addConversations(fixture, on: app.db)
            let mentor = TestClient(app, acceptLanguage: "en")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            let page = try await mentor.get("/mentorships/\(fixture.a.pair)/mirror")
            #expect(page.status == .ok)
            let body = page.body.string
            for text in ["1. Who brings the conversations", "2. What is your mentee counting on you for", "3. What does your mentee do in the conversations",
                         "4. What is your mentee working towards",
                         "Balance between too little and too much sending", "Based on 3 held conversations since", "<svg", "<title id=\"talk-title\">"] {
                #expect(body.contains(text), "\(text)")
            }
            // Held: the fixture's (mentor, no estimate), 40 days ago (mentor, 70 %), 20 days ago (mentee, 60 %): 1 of 3 by the mentee.
            #expect(body.contains("33%"))
            #expect(body.contains("65%"))
            let overview = try await mentor.get("/mirror")
            #expect(overview.status == .ok)
            #expect(overview.body.string.contains("Mentee A"))
        }
    }

    @Test func onlyThePairsMentorReachesItsMirror() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let mentee = TestClient(app)
            try await mentee.signIn(fixture.a.emails[.mentee]!)
            let stranger = TestClient(app)
            try await stranger.signIn(fixture.a.strangerEmail)
            let coordinator = TestClient(app)
            try await coordinator.signIn(fixture.a.emails[.coordinator]!)
            let path = "/mentorships/\(fixture.a.pair)/mirror"
            #expect(try await mentee.get(path).status == .forbidden)
            #expect(try await stranger.get(path).status == .notFound)
            #expect(try await coordinator.get(path).status == .forbidden)
            // The stranger's own overview does not list the pair either.
            #expect(!(try await stranger.get("/mirror").body.string.contains("Mentee A")))
        }
    }

    @Test func reflectionsAreSavedAndPrivateToTheirMentor() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let mentor = TestClient(app, acceptLanguage: "en")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            let empty = try await mentor.post("/mirror/reflections", [("from", "2026-01-01"), ("to", "2026-03-31")])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.body.string.contains("Answer at least one of the four questions."))
            let saved = try await mentor.post("/mirror/reflections", [("from", "2026-01-01"), ("to", "2026-03-31"), ("mentorship", fixture.a.pair.uuidString),
                                                                       ("initiative", "REFLECTION-55: I planned every conversation myself.")])
            #expect(saved.status == .seeOther)
            #expect(try await mentor.get("/mirror/reflections").body.string.contains("REFLECTION-55"))
            let stranger = TestClient(app)
            try await stranger.signIn(fixture.a.strangerEmail)
            #expect(!(try await stranger.get("/mirror/reflections").body.string.contains("REFLECTION-55")))
            // A mentor cannot file a reflection under someone else's pair.
            let foreign = try await stranger.post("/mirror/reflections", [("from", "2026-01-01"), ("to", "2026-03-31"), ("mentorship", fixture.a.pair.uuidString), ("initiative", "x")])
            #expect(foreign.status == .notFound)
            #expect(try await Reflection.query(on: app.db).count() == 1)
        }
    }

    @Test func theMenteesProgressLeavesOutTheMentorsFigures() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            try await Self.addConversations(fixture, on: app.db)
            let mentee = TestClient(app, acceptLanguage: "en")
            try await mentee.signIn(fixture.a.emails[.mentee]!)
            let body = try await mentee.get("/mentorships/\(fixture.a.pair)/progress").body.string
            #expect(body.contains("Conversations you prepared"))
            #expect(body.contains("Plan my work"))
            #expect(!body.contains("Your share of the talking"))
            #expect(!body.contains("Balance between"))
        }
    }

    @Test func organisationGuidanceReplacesTheBuiltInText() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            try await AttitudeObservation(conversationID: fixture.a.conversation, pattern: "waits_for_others", effect: .hinders, note: "").create(on: app.db)
            let admin = TestClient(app, acceptLanguage: "en")
            try await admin.signIn(fixture.a.emails[.admin]!)
            #expect(try await admin.post("/admin/guidance", [("nl-waits_for_others", "Laat de stilte vallen."), ("en-waits_for_others", "Let the silence fall.")]).status == .seeOther)
            let mentor = TestClient(app, acceptLanguage: "en")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            let body = try await mentor.get("/mentorships/\(fixture.a.pair)/mirror").body.string
            #expect(body.contains("Let the silence fall."))
            #expect(body.contains("Hand back the initiative"))
        }
    }

    @Test func aBadPeriodGetsAMessage() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let mentor = TestClient(app, acceptLanguage: "nl")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            let response = try await mentor.get("/mirror?from=2026-05-01&to=2026-01-01")
            #expect(response.status == .badRequest)
            #expect(response.body.string.contains("De begindatum moet vóór de einddatum liggen."))
        }
    }

    @Test func talkBandIsAnOrganisationSetting() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let admin = TestClient(app, acceptLanguage: "en")
            try await admin.signIn(fixture.a.emails[.admin]!)
            let bad = try await admin.post("/admin/organisation", [("name", "Alpha"), ("defaultLanguage", "nl"), ("talkBandLow", "50"), ("talkBandHigh", "30")])
            #expect(bad.status == .unprocessableEntity)
            #expect(try await admin.post("/admin/organisation", [("name", "Alpha"), ("defaultLanguage", "nl"), ("talkBandLow", "20"), ("talkBandHigh", "40")]).status == .seeOther)
            let organisation = try await Organisation.find(fixture.a.id, on: app.db)
            #expect(organisation?.talkBandLow == 0.2 && organisation?.talkBandHigh == 0.4)
        }
    }

    @Test func theQueryLoadsEveryPairOfTheMentorInOneGo() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            try await Self.addConversations(fixture, on: app.db)
            let loaded = try await MirrorQuery.load(mentorID: fixture.a.mentor, organisationID: fixture.a.id, language: .en, on: app.db)
            #expect(loaded.pairs.count == 1)
            #expect(loaded.pairs[0].conversations.count == 3)
            #expect(loaded.pairs[0].conversations.flatMap(\.agenda).count == 3)
            #expect(loaded.pairs[0].goals.map(\.title) == ["Plan my work"])
            #expect(loaded.values.map(\.name) == ["Ownership"])
            let other = try await MirrorQuery.load(mentorID: fixture.a.mentor, organisationID: fixture.b.id, language: .en, on: app.db)
            #expect(other.pairs.isEmpty)
        }
    }
}

@Suite struct LeanRowTests {
    @Test func uuidTextIsParsedLikeFoundation() {
        for _ in 0..<100 {
            let id = UUID()
            #expect(LeanRow.uuid(id.uuidString) == id)
            #expect(LeanRow.uuid(id.uuidString.lowercased()) == id)
        }
        #expect(LeanRow.uuid("not-a-uuid") == nil)
        #expect(LeanRow.uuid("E621E1F8-C36C-495A-93FC-0C247A3E6E5") == nil)
        #expect(LeanRow.uuid("E621E1F8-C36C-495A-93FC-0C247A3E6E5FF") == nil)
        #expect(LeanRow.uuid("G621E1F8-C36C-495A-93FC-0C247A3E6E5F") == nil)
    }
}
