import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

/// Correcting and removing what a pair recorded, through the rendered pages as a browser would
/// send them: the edit forms come prefilled, a refusal keeps what was typed, a removal needs its
/// confirmation, and the mirror stops counting what was removed.
@Suite struct CorrectionServerTests {
    static func signedIn(_ app: Application, _ email: String, language: String = "en") async throws -> TestClient {
        let client = TestClient(app, acceptLanguage: language)
        #expect(try await client.signIn(email).status == .seeOther)
        return client
    }

    /// Opens the page at `path` and submits its form for `action` with `typed` filled in.
    static func submit(_ client: TestClient, page path: String, action: String, _ typed: [String: String] = [:]) async throws -> TestingHTTPResponse {
        let page = try await client.get(path)
        #expect(page.status == .ok, "\(path): \(page.status)")
        let form = try #require(BrowserForm.all(in: page.body.string).first { $0.action == action }, "no form for \(action) on \(path)")
        return try await client.post(form.action, form.sent(typed))
    }

    static func auditSummaries(_ entity: String, action: String, on db: any Database) async throws -> [String] {
        try await AuditEvent.query(on: db).filter(\.$entity == entity).filter(\.$action == action).all().map(\.summary)
    }

    @Test func deletingAScoreAndAnObservationTakesThemOutOfTheMirror() async throws {
        try await withTestApp { app in
            // setup
            var fixture = try await Fixture.make(on: app)
            try await Fixture.addMentorRecords(to: &fixture.a, on: app.db)
            let score = try #require(fixture.a.score), observation = try #require(fixture.a.observation)
            let mentor = try await Self.signedIn(app, fixture.a.emails[.mentor]!)
            let mirror = "/mentorships/\(fixture.a.pair)/mirror"
            let before = try await mentor.get(mirror).body.string
            #expect(before.contains("<td>1 / 1</td>"))
            #expect(!before.contains(T.noObservations(.en)))
            // act
            let deletedScore = try await Self.submit(mentor, page: "/scores/\(score)/delete", action: "/scores/\(score)/delete")
            let deletedObservation = try await Self.submit(mentor, page: "/observations/\(observation)/delete", action: "/observations/\(observation)/delete")
            // validate
            #expect(deletedScore.status == .seeOther)
            #expect(deletedObservation.status == .seeOther)
            #expect(try await ValueScore.find(score, on: app.db) == nil)
            #expect(try await AttitudeObservation.find(observation, on: app.db) == nil)
            let after = try await mentor.get(mirror).body.string
            #expect(!after.contains("<td>1 / 1</td>"))
            #expect(after.contains(T.neverScoredLabel(.en)))
            #expect(after.contains(T.noObservations(.en)))
            #expect(try await Self.auditSummaries("value_score", action: "delete", on: app.db) == ["value score deleted"])
            #expect(try await Self.auditSummaries("attitude_observation", action: "delete", on: app.db)
                    == ["attitude observation deleted"])
        }
    }

    @Test func aRemovalWithoutItsConfirmationChangesNothing() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let mentee = try await Self.signedIn(app, fixture.a.emails[.mentee]!, language: "nl")
            // act: the delete address posted without the confirmation the page's button sends
            let refused = try await mentee.post("/actions/\(fixture.a.action)/delete", [("confirm", "")])
            // validate
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains(T.confirmFirst(.nl)))
            #expect(try await ActionItem.find(fixture.a.action, on: app.db) != nil)
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "delete").count() == 0)
        }
    }

    @Test func theMenteeCorrectsAnActionAndARefusalKeepsWhatWasTyped() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let mentee = try await Self.signedIn(app, fixture.a.emails[.mentee]!, language: "nl")
            let path = "/actions/\(fixture.a.action)/edit"
            let page = try await mentee.get(path).body.string
            #expect(page.contains(#"value="Draft a weekly plan""#))
            // act: a day that does not exist, then a correct change
            let refused = try await Self.submit(mentee, page: path, action: path, ["actionText": "Draft a monthly plan", "dueOn": "2026-02-31"])
            let saved = try await Self.submit(mentee, page: path, action: path, ["actionText": "Draft a monthly plan", "owner": "mentor", "dueOn": ""])
            // validate
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains(T.invalidDay(.nl)))
            #expect(refused.body.string.contains(#"value="Draft a monthly plan""#))
            #expect(saved.status == .seeOther)
            let action = try #require(try await ActionItem.find(fixture.a.action, on: app.db))
            #expect(action.text == "Draft a monthly plan")
            #expect(action.ownerSide == .mentor)
            #expect(action.dueOn == nil)
            #expect(try await Self.auditSummaries("action_item", action: "update", on: app.db) == ["action item corrected"])
        }
    }

    @Test func onlyTheAuthorOfAnAgendaItemChangesOrRemovesIt() async throws {
        try await withTestApp { app in
            // setup: the fixture's item is the mentee's; a later conversation carries a copy of it, and a second item follows it
            let fixture = try await Fixture.make(on: app)
            let later = Conversation(mentorshipID: fixture.a.pair, scheduledAt: Date().addingTimeInterval(86_400 * 7), durationMinutes: 45,
                                     place: "", initiatedBy: .mentee, status: .planned)
            try await later.create(on: app.db)
            let copy = AgendaItem(conversationID: try later.requireID(), authorSide: .mentee, text: "How do I plan my week?",
                                  addedBeforehand: true, covered: false, position: 1)
            copy.$carriedFrom.id = fixture.a.agendaItem
            try await copy.create(on: app.db)
            let second = AgendaItem(conversationID: fixture.a.conversation, authorSide: .mentor, text: "Client call", addedBeforehand: true,
                                    covered: false, position: 2)
            try await second.create(on: app.db)
            let mentor = try await Self.signedIn(app, fixture.a.emails[.mentor]!)
            let mentee = try await Self.signedIn(app, fixture.a.emails[.mentee]!)
            let edit = "/agenda/\(fixture.a.agendaItem)/edit", delete = "/agenda/\(fixture.a.agendaItem)/delete"
            // act and validate: the mentor may not touch the mentee's item, and the page offers it only to her
            #expect(try await mentor.get(edit).status == .forbidden)
            #expect(try await mentor.post(delete, [("confirm", "yes")]).status == .forbidden)
            let mentorsPage = try await mentor.get("/conversations/\(fixture.a.conversation)").body.string
            let secondEdit = "/agenda/\(try second.requireID())/edit"
            #expect(!mentorsPage.contains(edit) && mentorsPage.contains(secondEdit))
            let menteesPage = try await mentee.get("/conversations/\(fixture.a.conversation)").body.string
            #expect(menteesPage.contains(edit))
            #expect(try await Self.submit(mentee, page: edit, action: edit, ["agendaText": "  "]).status == .unprocessableEntity)
            #expect(try await Self.submit(mentee, page: edit, action: edit, ["agendaText": "How do I plan my month?"]).status == .seeOther)
            #expect(try await AgendaItem.find(fixture.a.agendaItem, on: app.db)?.text == "How do I plan my month?")
            #expect(try await Self.submit(mentee, page: delete, action: delete).status == .seeOther)
            // the item is gone, the later copy stays without its link, the other item is numbered 1 now
            #expect(try await AgendaItem.find(fixture.a.agendaItem, on: app.db) == nil)
            let kept = try #require(try await AgendaItem.find(copy.requireID(), on: app.db))
            #expect(kept.$carriedFrom.id == nil)
            #expect(try await AgendaItem.find(second.requireID(), on: app.db)?.position == 1)
            #expect(try await Self.auditSummaries("agenda_item", action: "delete", on: app.db) == ["agenda item deleted"])
        }
    }

    @Test func aPlannedConversationIsMovedAndCancelledAndItsCalendarEntrySaysSo() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let planned = Conversation(mentorshipID: fixture.a.pair, scheduledAt: Date().addingTimeInterval(86_400 * 3), durationMinutes: 60,
                                       place: "Room 1", initiatedBy: .mentor, status: .planned)
            try await planned.create(on: app.db)
            let id = try planned.requireID()
            let mentee = try await Self.signedIn(app, fixture.a.emails[.mentee]!, language: "nl")
            let move = "/conversations/\(id)/reschedule", cancel = "/conversations/\(id)/cancel"
            let page = try await mentee.get("/conversations/\(id)").body.string
            #expect(page.contains(move) && page.contains(cancel))
            let formats = Formats(language: .nl, timeZone: app.settings.timeZone)
            let newDay = formats.isoDay(Date().addingTimeInterval(86_400 * 10))
            // act: a day in the past is refused with what was typed kept; then a day ahead
            let past = try await Self.submit(mentee, page: move, action: move, ["date": "2020-01-06", "place": "Zaal <Partners>"])
            let moved = try await Self.submit(mentee, page: move, action: move, ["date": newDay, "time": "09:30", "durationMinutes": "45"])
            // validate
            #expect(past.status == .unprocessableEntity)
            #expect(past.body.string.contains(T.workflowProblem(.plannedInPast)(.nl)))
            #expect(past.body.string.contains(#"value="Zaal &lt;Partners&gt;""#))
            #expect(moved.status == .seeOther)
            let after = try #require(try await Conversation.find(id, on: app.db))
            #expect(formats.isoDay(after.scheduledAt) == newDay)
            #expect(formats.timeOfDay(after.scheduledAt) == "09:30")
            #expect(after.durationMinutes == 45 && after.status == .planned && after.initiatedBy == .mentor)
            // act: cancel through the confirmation page
            #expect(try await Self.submit(mentee, page: cancel, action: cancel).status == .seeOther)
            // validate: cancelled, marked so in its calendar entry, and no longer movable
            #expect(try await Conversation.find(id, on: app.db)?.status == .cancelled)
            #expect(try await mentee.get("/conversations/\(id)/calendar.ics").body.string.contains("STATUS:CANCELLED"))
            #expect(try await mentee.get(move).status == .conflict)
            #expect(try await Self.auditSummaries("conversation", action: "cancel", on: app.db) == ["conversation cancelled"])
            #expect(try await Self.auditSummaries("conversation", action: "reschedule", on: app.db) == ["conversation moved"])
        }
    }

    @Test func aHeldConversationIsNotCancelled() async throws {
        try await withTestApp { app in
            // setup: the fixture's conversation was held
            let fixture = try await Fixture.make(on: app)
            let mentor = try await Self.signedIn(app, fixture.a.emails[.mentor]!)
            let path = "/conversations/\(fixture.a.conversation)"
            // act: cancelling it directly, and through the details form
            let direct = try await mentor.post("\(path)/cancel", [("confirm", "yes")])
            let details = try await Self.submit(mentor, page: path, action: path, ["status": "cancelled"])
            // validate
            #expect(direct.status == .conflict)
            #expect(details.status == .conflict)
            #expect(details.body.string.contains(T.correctionProblem(.heldCannotBeCancelled)(.en)))
            #expect(try await Conversation.find(fixture.a.conversation, on: app.db)?.status == .held)
        }
    }

    @Test func theMentorCorrectsEvidenceAScoreAndAnObservation() async throws {
        try await withTestApp { app in
            // setup
            var fixture = try await Fixture.make(on: app)
            try await Fixture.addMentorRecords(to: &fixture.a, on: app.db)
            let evidence = try #require(fixture.a.evidence), score = try #require(fixture.a.score), observation = try #require(fixture.a.observation)
            let mentor = try await Self.signedIn(app, fixture.a.emails[.mentor]!)
            let page = try await mentor.get("/conversations/\(fixture.a.conversation)").body.string
            for link in ["/evidence/\(evidence)/edit", "/scores/\(score)/delete", "/observations/\(observation)/edit"] { #expect(page.contains(link)) }
            // act: a score without behaviour is refused with the typed score kept; then each is corrected
            let scoreEdit = "/scores/\(score)/edit"
            let refused = try await Self.submit(mentor, page: scoreEdit, action: scoreEdit, ["score": "2", "behaviour": ""])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains(T.workflowProblem(.behaviourRequired)(.en)))
            #expect(refused.body.string.contains(#"<option value="2" selected="selected">"#))
            #expect(try await Self.submit(mentor, page: scoreEdit, action: scoreEdit, ["score": "2", "behaviour": "Waited to be asked"]).status == .seeOther)
            let evidenceEdit = "/evidence/\(evidence)/edit"
            #expect(try await Self.submit(mentor, page: evidenceEdit, action: evidenceEdit, ["evidenceText": "Planned two weeks"]).status == .seeOther)
            let observationEdit = "/observations/\(observation)/edit"
            #expect(try await Self.submit(mentor, page: observationEdit, action: observationEdit, ["effect": "helps", "observationNote": ""]).status == .seeOther)
            // validate
            let corrected = try #require(try await ValueScore.find(score, on: app.db))
            #expect(corrected.score == 2 && corrected.behaviour == "Waited to be asked" && corrected.$coreValue.id == fixture.a.value)
            #expect(try await GoalEvidence.find(evidence, on: app.db)?.text == "Planned two weeks")
            let changed = try #require(try await AttitudeObservation.find(observation, on: app.db))
            #expect(changed.effect == .helps && changed.note.isEmpty)
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "update").filter(\.$entity ~~ ["value_score", "goal_evidence", "attitude_observation"]).count() == 3)
        }
    }

    @Test func anotherPairsOrOrganisationsRecordIsNotFound() async throws {
        try await withTestApp { app in
            // setup
            var fixture = try await Fixture.make(on: app)
            try await Fixture.addMentorRecords(to: &fixture.a, on: app.db)
            let score = try #require(fixture.a.score)
            let stranger = try await Self.signedIn(app, fixture.a.strangerEmail)
            let otherMentor = try await Self.signedIn(app, fixture.b.emails[.mentor]!)
            let mentee = try await Self.signedIn(app, fixture.a.emails[.mentee]!)
            // act and validate
            let typed = [("value", fixture.a.value.uuidString), ("score", "1"), ("behaviour", "Taken over")]
            #expect(try await stranger.post("/scores/\(score)/edit", typed).status == .notFound)
            #expect(try await otherMentor.post("/scores/\(score)/edit", typed).status == .notFound)
            #expect(try await otherMentor.post("/scores/\(score)/delete", [("confirm", "yes")]).status == .notFound)
            #expect(try await mentee.post("/scores/\(score)/delete", [("confirm", "yes")]).status == .forbidden)
            #expect(try await otherMentor.post("/actions/\(fixture.a.action)/delete", [("confirm", "yes")]).status == .notFound)
            // a value of another organisation is refused as an unknown choice
            let foreign = try await Self.signedIn(app, fixture.a.emails[.mentor]!)
                .post("/scores/\(score)/edit", [("value", fixture.b.value.uuidString), ("score", "1"), ("behaviour", "x")])
            #expect(foreign.status == .unprocessableEntity)
            let kept = try #require(try await ValueScore.find(score, on: app.db))
            #expect(kept.score == 4 && kept.behaviour == "Took the lead")
            #expect(try await ActionItem.find(fixture.a.action, on: app.db) != nil)
        }
    }

    @Test func theMenteeDeletesHerGoalWithItsEvidence() async throws {
        try await withTestApp { app in
            // setup
            var fixture = try await Fixture.make(on: app)
            try await Fixture.addMentorRecords(to: &fixture.a, on: app.db)
            let mentor = try await Self.signedIn(app, fixture.a.emails[.mentor]!)
            let mentee = try await Self.signedIn(app, fixture.a.emails[.mentee]!, language: "nl")
            let path = "/goals/\(fixture.a.goal)/delete"
            // act and validate
            #expect(try await mentor.get(path).status == .forbidden)
            #expect(try await mentee.get("/goals/\(fixture.a.goal)").body.string.contains(path))
            let confirm = try await mentee.get(path).body.string
            #expect(confirm.contains(T.deleteRecordQuestion(.goal)(.nl)) && confirm.contains(#"href="/goals/\#(fixture.a.goal)""#))
            #expect(try await Self.submit(mentee, page: path, action: path).status == .seeOther)
            #expect(try await LearningGoal.find(fixture.a.goal, on: app.db) == nil)
            #expect(try await GoalEvidence.query(on: app.db).count() == 0)
            #expect(try await Self.auditSummaries("learning_goal", action: "delete", on: app.db) == ["learning goal deleted"])
        }
    }

    @Test func anAdministratorRenamesAThemeAndRemovesOnlyWhatNothingUses() async throws {
        try await withTestApp { app in
            // setup: the fixture's own theme, and a goal that uses it
            let fixture = try await Fixture.make(on: app)
            let admin = try await Self.signedIn(app, fixture.a.emails[.admin]!, language: "nl")
            let edit = "/admin/lists/\(fixture.a.listItem)/edit", delete = "/admin/lists/\(fixture.a.listItem)/delete"
            #expect(try await admin.get("/admin/lists").body.string.contains(edit))
            // act: an empty name is refused with the other kept; then renamed
            let refused = try await Self.submit(admin, page: edit, action: edit, ["nameNL": "Digitaal werken", "nameEN": ""])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains(#"value="Digitaal werken""#))
            #expect(try await Self.submit(admin, page: edit, action: edit, ["nameNL": "Digitaal werken", "nameEN": "Digital work"]).status == .seeOther)
            let item = try #require(try await OrganisationListItem.find(fixture.a.listItem, on: app.db))
            #expect(item.nameNL == "Digitaal werken" && item.nameEN == "Digital work")
            // in use by a goal: not removed
            let goal = try #require(try await LearningGoal.find(fixture.a.goal, on: app.db))
            goal.theme = item.key
            try await goal.save(on: app.db)
            #expect(try await admin.get(delete).status == .conflict)
            #expect(try await admin.post(delete, [("confirm", "yes")]).status == .conflict)
            // no longer in use: removed
            goal.theme = nil
            try await goal.save(on: app.db)
            #expect(try await Self.submit(admin, page: delete, action: delete).status == .seeOther)
            #expect(try await OrganisationListItem.find(fixture.a.listItem, on: app.db) == nil)
            #expect(try await Self.auditSummaries("goal_theme", action: "delete", on: app.db) == ["goal theme deleted"])
        }
    }

    @Test func aMentorCorrectsAndRemovesOnlyHerOwnReflection() async throws {
        try await withTestApp { app in
            // setup: a reflection about the pair
            let fixture = try await Fixture.make(on: app)
            let mentor = try await Self.signedIn(app, fixture.a.emails[.mentor]!)
            #expect(try await mentor.post("/mirror/reflections", [("from", "2026-01-01"), ("to", "2026-03-31"), ("mentorship", fixture.a.pair.uuidString),
                                                                  ("initiative", "I planned every conversation.")]).status == .seeOther)
            let id = try #require(try await Reflection.query(on: app.db).first()?.requireID())
            let edit = "/mirror/reflections/\(id)/edit", delete = "/mirror/reflections/\(id)/delete"
            #expect(try await mentor.get("/mirror/reflections").body.string.contains(edit))
            let stranger = try await Self.signedIn(app, fixture.a.strangerEmail)
            // act and validate: nobody else reaches it
            #expect(try await stranger.get(edit).status == .notFound)
            #expect(try await stranger.post(delete, [("confirm", "yes")]).status == .notFound)
            // an end before the start keeps what was typed; then moved to "all my mentees" (the empty choice) and corrected
            let refused = try await Self.submit(mentor, page: edit, action: edit, ["to": "2025-12-01", "expectations": "We agreed on weekly talks."])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("We agreed on weekly talks."))
            let saved = try await Self.submit(mentor, page: edit, action: edit, ["mentorship": "", "initiative": "My mentee planned half of them."])
            #expect(saved.status == .seeOther)
            let reflection = try #require(try await Reflection.find(id, on: app.db))
            #expect(reflection.$mentorship.id == nil && reflection.initiative == "My mentee planned half of them.")
            #expect(try await Self.submit(mentor, page: delete, action: delete).status == .seeOther)
            #expect(try await Reflection.find(id, on: app.db) == nil)
            #expect(try await Self.auditSummaries("reflection", action: "delete", on: app.db) == ["reflection deleted"])
        }
    }
}
