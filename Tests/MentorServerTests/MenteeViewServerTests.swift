import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

/// The mentee's view (issue 14) through the server: the mentee answers from the rendered form,
/// once per conversation (a second answer corrects it, also when sent at once); only a held
/// conversation of the pair; the mentor sees nothing with two answers and the distribution with
/// three; switching the questions off stops them and keeps earlier answers.
@Suite struct MenteeViewServerTests {
    /// The page's answer form as the browser would send it with one radio button chosen per
    /// question: the hidden fields as rendered, and for each question the chosen button's value,
    /// which must be one the page offers.
    static func answerForm(_ page: String, conversation: UUID, room: Int, challenge: Int) throws -> (String, [(String, String)]) {
        let form = try #require(RenderedForm(in: page, actionPrefix: SiteURL.menteeView(conversation).path))
        #expect(form.action == SiteURL.menteeView(conversation).path)
        let radios = RenderedForm.tags(named: "input", in: page).filter { RenderedForm.attribute("type", in: $0) == "radio" }
        var fields = form.fields.filter { field in !MenteeViewQuestion.allCases.map(\.rawValue).contains(field.0) }
        for (name, value) in [("room", room), ("challenge", challenge)] {
            #expect(radios.contains { RenderedForm.attribute("name", in: $0) == name && RenderedForm.attribute("value", in: $0) == "\(value)" },
                    "the page offers \(name)=\(value)")
            fields.append((name, "\(value)"))
        }
        return (form.action, fields)
    }

    /// Answers `conversation` as the browser would, from its page.
    @discardableResult
    static func answer(_ client: TestClient, _ conversation: UUID, room: Int, challenge: Int) async throws -> TestingHTTPResponse {
        let page = try await client.get(SiteURL.menteeView(conversation).path).body.string
        let (action, fields) = try answerForm(page, conversation: conversation, room: room, challenge: challenge)
        return try await client.post(action, fields)
    }

    /// A held conversation of the fixture's pair `days` ago.
    static func heldConversation(_ fixture: Fixture, daysAgo: Double, status: ConversationStatus = .held, on db: any Database) async throws -> UUID {
        let conversation = Conversation(mentorshipID: fixture.a.pair, scheduledAt: Date(timeIntervalSinceNow: -daysAgo * 86_400), durationMinutes: 60,
                                        place: "Room 2", initiatedBy: .mentee, status: status)
        try await conversation.create(on: db)
        return try conversation.requireID()
    }

    static func answers(_ app: Application) async throws -> [MenteeViewAnswer] {
        try await MenteeViewAnswer.query(on: app.db).all()
    }

    @Test func theMenteeAnswersFromTheRenderedFormAndASecondAnswerCorrectsIt() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let mentee = TestClient(app, acceptLanguage: "nl")
            try await mentee.signIn(fixture.a.emails[.mentee]!)
            // act: the conversation page links to the questions; the mentee answers, then corrects
            let conversationPage = try await mentee.get(SiteURL.conversation(fixture.a.conversation).path).body.string
            #expect(conversationPage.contains(#"href="\#(SiteURL.menteeView(fixture.a.conversation).path)""#))
            let first = try await Self.answer(mentee, fixture.a.conversation, room: 4, challenge: 2)
            let afterFirst = try await mentee.get(SiteURL.menteeView(fixture.a.conversation).path).body.string
            let second = try await Self.answer(mentee, fixture.a.conversation, room: 5, challenge: 3)
            let afterSecond = try await mentee.get(SiteURL.menteeView(fixture.a.conversation).path).body.string
            // validate
            #expect(first.status == .seeOther && second.status == .seeOther)
            #expect(afterFirst.contains(PageRendering.escaped(T.menteeViewSaved(.nl))))
            #expect(afterSecond.contains(PageRendering.escaped(T.menteeViewCorrected(.nl))))
            #expect(afterSecond.contains(#"name="room" value="5" checked"#) && afterSecond.contains(#"name="challenge" value="3" checked"#))
            let stored = try await Self.answers(app)
            #expect(stored.count == 1)
            #expect(stored.first?.room == 5 && stored.first?.challenge == 3)
            #expect(stored.first?.$mentorship.id == fixture.a.pair && stored.first?.$conversation.id == fixture.a.conversation)
        }
    }

    @Test func aMissingOrOutOfRangeAnswerIsRefusedWithAMessageAndNothingIsStored() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let mentee = TestClient(app, acceptLanguage: "en")
            try await mentee.signIn(fixture.a.emails[.mentee]!)
            let page = try await mentee.get(SiteURL.menteeView(fixture.a.conversation).path).body.string
            let form = try #require(RenderedForm(in: page, actionPrefix: SiteURL.menteeView(fixture.a.conversation).path))
            let hidden = form.fields.filter { !["room", "challenge"].contains($0.0) }
            // act
            let none = try await mentee.post(form.action, hidden)
            let outOfRange = try await mentee.post(form.action, hidden + [("room", "6"), ("challenge", "0")])
            let text = try await mentee.post(form.action, hidden + [("room", "four"), ("challenge", "3")])
            // validate
            for response in [none, outOfRange, text] {
                #expect(response.status == .unprocessableEntity)
                #expect(response.body.string.contains(T.menteeViewChoose(.en)))
            }
            #expect(try await Self.answers(app).isEmpty)
        }
    }

    @Test func onlyAHeldConversationOfAnOpenPairIsAskedAbout() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let planned = try await Self.heldConversation(fixture, daysAgo: -3, status: .planned, on: app.db)
            let mentee = TestClient(app, acceptLanguage: "en")
            try await mentee.signIn(fixture.a.emails[.mentee]!)
            let heldPage = try await mentee.get(SiteURL.menteeView(fixture.a.conversation).path).body.string
            let (_, fields) = try Self.answerForm(heldPage, conversation: fixture.a.conversation, room: 3, challenge: 3)
            // act: the planned conversation's page has no questions; a post to it is refused
            let plannedPage = try await mentee.get(SiteURL.menteeView(planned).path)
            let plannedPost = try await mentee.post(SiteURL.menteeView(planned).path, fields)
            let plannedConversation = try await mentee.get(SiteURL.conversation(planned).path).body.string
            // B's conversation is not found for A's mentee.
            let otherOrganisation = try await mentee.post(SiteURL.menteeView(fixture.b.conversation).path, fields)
            // An ended pair's conversations are kept as they are.
            let pair = try #require(try await Mentorship.find(fixture.a.pair, on: app.db))
            pair.status = .ended
            try await pair.save(on: app.db)
            let ended = try await mentee.post(SiteURL.menteeView(fixture.a.conversation).path, fields)
            // validate
            #expect(plannedPage.status == .ok && plannedPage.body.string.contains(T.menteeViewNotHeld(.en)))
            #expect(!plannedPage.body.string.contains(#"name="room""#))
            #expect(plannedPost.status == .conflict && plannedPost.body.string.contains(T.menteeViewNotHeld(.en)))
            #expect(!plannedConversation.contains(SiteURL.menteeView(planned).path))
            #expect(otherOrganisation.status == .notFound)
            #expect(ended.status == .conflict && ended.body.string.contains(T.menteeViewEnded(.en)))
            #expect(try await Self.answers(app).isEmpty)
        }
    }

    @Test func theMentorSeesNothingWithTwoAnswersAndTheDistributionWithThree() async throws {
        try await withTestApp { app in
            // setup: three held conversations of the pair
            let fixture = try await Fixture.make(on: app)
            let second = try await Self.heldConversation(fixture, daysAgo: 30, on: app.db)
            let third = try await Self.heldConversation(fixture, daysAgo: 60, on: app.db)
            let mentee = TestClient(app, acceptLanguage: "en")
            try await mentee.signIn(fixture.a.emails[.mentee]!)
            let mentor = TestClient(app, acceptLanguage: "en")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            // act
            try await Self.answer(mentee, fixture.a.conversation, room: 2, challenge: 4)
            try await Self.answer(mentee, second, room: 2, challenge: 3)
            let withTwo = try await mentor.get(SiteURL.pairMirror(fixture.a.pair).path).body.string
            try await Self.answer(mentee, third, room: 5, challenge: 3)
            let withThree = try await mentor.get(SiteURL.pairMirror(fixture.a.pair).path).body.string
            let overview = try await mentor.get(SiteURL.mirror.path).body.string
            let loaded = try await MirrorQuery.load(mentorID: fixture.a.mentor, organisationID: fixture.a.id, language: .en, on: app.db)
            // validate: two answers show only the threshold
            #expect(withTwo.contains(PageRendering.escaped(T.menteeViewMirrorHidden(3)(.en))))
            #expect(!withTwo.contains(T.menteeViewTimes(.en)))
            // three show the counts per point: room 2, 2, 5 -> [0, 2, 0, 0, 1]; challenge 4, 3, 3 -> [0, 0, 2, 1, 0]
            #expect(withThree.contains(PageRendering.escaped(T.menteeViewMirrorBasis(3)(.en))))
            #expect(withThree.contains("2 – Little</td><td>2 "))
            #expect(withThree.contains("5 – All the room I needed</td><td>1 "))
            #expect(withThree.contains("3 – About right</td><td>2 "))
            #expect(withThree.contains("4 – Too much</td><td>1 "))
            // never per conversation: the section names no conversation and no date
            let start = try #require(withThree.range(of: #"id="mentee-view""#)).upperBound
            let end = try #require(withThree.range(of: PageRendering.escaped(T.menteeViewMirrorCompare(.en)), range: start..<withThree.endIndex)).lowerBound
            let block = String(withThree[start..<end])
            #expect(!block.contains("/conversations/") && !block.contains("<time") && !block.contains("20"))
            // the pair's mirror and the JSON's figure agree
            let mirror = Mirror.compute(try #require(loaded.pairs.first), values: loaded.values, settings: .lastSixMonths(now: Date()))
            #expect(mirror.menteeView.room == [0, 2, 0, 0, 1] && mirror.menteeView.challenge == [0, 0, 2, 1, 0])
            // with one mentee the overview has no across-mentees part, and the page still works
            #expect(!overview.contains(#"id="mentee-view-all""#))
        }
    }

    @Test func switchingTheQuestionsOffStopsThemKeepsEarlierAnswersAndCanBeUndone() async throws {
        try await withTestApp { app in
            // setup: three answers already given
            let fixture = try await Fixture.make(on: app)
            let second = try await Self.heldConversation(fixture, daysAgo: 30, on: app.db)
            let third = try await Self.heldConversation(fixture, daysAgo: 60, on: app.db)
            let fourth = try await Self.heldConversation(fixture, daysAgo: 90, on: app.db)
            let mentee = TestClient(app, acceptLanguage: "nl")
            try await mentee.signIn(fixture.a.emails[.mentee]!)
            for conversation in [fixture.a.conversation, second, third] { try await Self.answer(mentee, conversation, room: 3, challenge: 3) }
            let fourthPage = try await mentee.get(SiteURL.menteeView(fourth).path).body.string
            let (_, answerFields) = try Self.answerForm(fourthPage, conversation: fourth, room: 1, challenge: 1)
            // act: switch off from the rendered button
            let off = try #require(RenderedForm(in: fourthPage, actionPrefix: SiteURL.menteeViewSetting(fourth).path))
            let offButton = try #require(RenderedForm.tags(named: "button", in: fourthPage).first { RenderedForm.attribute("name", in: $0) == "questions" })
            #expect(RenderedForm.attribute("value", in: offButton) == "off")
            let switchedOff = try await mentee.post(off.action, off.fields + [("questions", "off")])
            let offPage = try await mentee.get(SiteURL.menteeView(fourth).path).body.string
            let refused = try await mentee.post(SiteURL.menteeView(fourth).path, answerFields)
            let offTwice = try await mentee.post(off.action, off.fields + [("questions", "off")])
            let mentor = TestClient(app, acceptLanguage: "nl")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            let mirrorWhileOff = try await mentor.get(SiteURL.pairMirror(fixture.a.pair).path).body.string
            let badSetting = try await mentee.post(off.action, off.fields + [("questions", "maybe")])
            // switch on again from the rendered button, and answer
            let on = try #require(RenderedForm(in: offPage, actionPrefix: SiteURL.menteeViewSetting(fourth).path))
            let onButton = try #require(RenderedForm.tags(named: "button", in: offPage).first { RenderedForm.attribute("name", in: $0) == "questions" })
            #expect(RenderedForm.attribute("value", in: onButton) == "on")
            let switchedOn = try await mentee.post(on.action, on.fields + [("questions", "on")])
            let answeredAgain = try await Self.answer(mentee, fourth, room: 1, challenge: 1)
            // validate
            #expect(switchedOff.status == .seeOther && offTwice.status == .seeOther && switchedOn.status == .seeOther)
            #expect(offPage.contains(T.menteeViewStateOff(.nl)) && offPage.contains(PageRendering.escaped(T.menteeViewIsOff(.nl))))
            #expect(!offPage.contains(#"name="room""#))
            #expect(refused.status == .conflict && refused.body.string.contains(PageRendering.escaped(T.menteeViewIsOff(.nl))))
            #expect(badSetting.status == .unprocessableEntity && badSetting.body.string.contains(T.menteeViewSettingInvalid(.nl)))
            // earlier answers stay counted while the questions are off
            #expect(mirrorWhileOff.contains(PageRendering.escaped(T.menteeViewMirrorBasis(3)(.nl))))
            #expect(answeredAgain.status == .seeOther)
            #expect(try await Self.answers(app).count == 4)
            #expect(try await MenteeViewPause.query(on: app.db).count() == 0)
        }
    }

    @Test func theMenteesDownloadHoldsTheirAnswersAndTheMentorsDoesNot() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let mentee = TestClient(app, acceptLanguage: "en")
            try await mentee.signIn(fixture.a.emails[.mentee]!)
            let mentor = TestClient(app, acceptLanguage: "en")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            try await Self.answer(mentee, fixture.a.conversation, room: 4, challenge: 2)
            // act
            let own = try await mentee.get(SiteURL.accountExportJSON.path).body.string
            let mentors = try await mentor.get(SiteURL.accountExportJSON.path).body.string
            // validate
            let answers = try #require((try JSONSerialization.jsonObject(with: Data(own.utf8)) as? [String: Any])?["menteeViewAnswers"] as? [[String: Any]])
            #expect(answers.count == 1 && answers.first?["room"] as? Int == 4 && answers.first?["challenge"] as? Int == 2)
            let mentorsAnswers = (try JSONSerialization.jsonObject(with: Data(mentors.utf8)) as? [String: Any])?["menteeViewAnswers"] as? [Any]
            #expect(mentorsAnswers?.isEmpty == true)
        }
    }

    @Test func answersSentAtOnceLeaveOneAnswerPerConversation() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let (_, mentee) = try await ConcurrentWriteTests.pairClients(app, fixture)
            let page = try await mentee.get(SiteURL.menteeView(fixture.a.conversation).path).body.string
            let (action, fields) = try Self.answerForm(page, conversation: fixture.a.conversation, room: 3, challenge: 3)
            let hidden = fields.filter { !["room", "challenge"].contains($0.0) }
            // act: twenty tabs answer at once
            let statuses = try await ConcurrentWriteTests.postAtOnce(20, from: [mentee]) { index in
                (action, hidden + [("room", "\(index % 5 + 1)"), ("challenge", "3")])
            }
            // validate: no 500; one row; the unique index refuses a second row outright
            #expect(statuses.allSatisfy { $0 == 303 || $0 == 409 }, "\(statuses)")
            #expect(statuses.contains(303))
            #expect(try await Self.answers(app).count == 1)
            await #expect(throws: (any Error).self) {
                try await MenteeViewAnswer(mentorshipID: fixture.a.pair, conversationID: fixture.a.conversation, room: 1, challenge: 1).create(on: app.db)
            }
        }
    }
}
