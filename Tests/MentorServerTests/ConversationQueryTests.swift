import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

/// `ConversationPage.Query` on its own: what each side of the pair gets.
@Suite struct ConversationQueryTests {
    static func context(_ fixture: Fixture, role: PairRole, on db: any Database) async throws -> (Conversation, PairContext) {
        let pair = try #require(try await Mentorship.find(fixture.a.pair, on: db))
        let conversation = try #require(try await Conversation.find(fixture.a.conversation, on: db))
        var context = PairContext(pair: pair, role: role)
        context.conversationRecord = conversation
        return (conversation, context)
    }

    @Test func theMenteeGetsNoneOfTheMentorsOwnRecords() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            try await Conversation.query(on: app.db).filter(\.$id == fixture.a.conversation)
                .set(\.$privateNotes, to: "MENTOR-PRIVATE").set(\.$talkShareEstimate, to: 0.4).update()
            try await ValueScore(conversationID: fixture.a.conversation, coreValueID: fixture.a.value, score: 4, behaviour: "Led").create(on: app.db)
            // act
            let (conversation, mentee) = try await Self.context(fixture, role: .mentee, on: app.db)
            let forMentee = try await ConversationPage.Query.model(conversation, mentee, language: .en, on: app.db)
            let (_, mentor) = try await Self.context(fixture, role: .mentor, on: app.db)
            let forMentor = try await ConversationPage.Query.model(conversation, mentor, language: .en, on: app.db)
            // validate
            #expect(!forMentee.isMentor && forMentee.privateNotes == nil && forMentee.talkSharePercent == nil)
            #expect(forMentee.scores.isEmpty && forMentee.values.isEmpty && forMentee.patterns.isEmpty)
            #expect(forMentor.privateNotes == "MENTOR-PRIVATE" && forMentor.talkSharePercent == 40)
            #expect(forMentor.scores.map { "\($0.value) \($0.score) \($0.behaviour)" } == ["Ownership 4 Led"])
            #expect(forMentor.mentorName == "Mentor A" && forMentor.menteeName == "Mentee A")
            #expect(forMentee.agenda.map(\.text) == ["How do I plan my week?"] && forMentee.actionsHere.map(\.text) == ["Draft a weekly plan"])
        }
    }

    @Test func evidenceNamesItsGoalEvenWhenTheGoalWasDropped() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            try await GoalEvidence(conversationID: fixture.a.conversation, goalID: fixture.a.goal, text: "Kept the plan").create(on: app.db)
            try await LearningGoal.query(on: app.db).filter(\.$id == fixture.a.goal).set(\.$status, to: .dropped).update()
            // act
            let (conversation, mentor) = try await Self.context(fixture, role: .mentor, on: app.db)
            let model = try await ConversationPage.Query.model(conversation, mentor, language: .en, on: app.db)
            // validate: no new evidence for a dropped goal, but the old evidence keeps its name.
            #expect(model.goals.isEmpty)
            #expect(model.evidence.map { "\($0.goal): \($0.text)" } == ["Plan my work: Kept the plan"])
        }
    }
}
