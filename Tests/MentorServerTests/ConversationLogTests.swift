import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

/// The mentor logs a whole conversation on one page (issue 15): the form is taken from the
/// rendered page and filled as a browser would (selects send their option value, ticked boxes
/// their value), sent once, and every record is written in one go, or none at all.
@Suite struct ConversationLogTests {
    static func logPath(_ fixture: Fixture) -> String { SiteURL.conversationLog(fixture.a.conversation).path }

    /// The log form of the rendered page, with `typed` filled in and the boxes named in `ticked` ticked.
    static func filledLog(_ client: TestClient, _ fixture: Fixture, typed: [String: String], ticked: [(String, UUID)] = [])
        async throws -> (form: BrowserForm, fields: [(String, String)], page: String) {
        let response = try await client.get(logPath(fixture))
        #expect(response.status == .ok)
        let page = response.body.string
        let form = try #require(BrowserForm.all(in: page).first { $0.action == logPath(fixture) })
        for name in typed.keys { #expect(form.fields.contains { $0.name == name }, "the log form has no field \(name)") }
        for (name, id) in ticked {
            // A box is ticked only if the page offers it.
            #expect(page.contains(#"name="\#(name)" value="\#(id.uuidString)""#), "no box \(name) for \(id)")
        }
        // The form has two submit buttons; the first (saving) is the one sent by clicking it.
        let fields = form.sent(typed).filter { $0.0 != "more" } + ticked.map { ($0.0, $0.1.uuidString) }
        return (form, fields, page)
    }

    /// What a mentor types in a full log of the fixture's conversation.
    static func fullLog(formats: Formats, now: Date) -> [String: String] {
        [
            "durationMinutes": "50", "place": "Room <b>7</b>",
            "agenda[0][text]": "Feedback on the memo", "agenda[0][broughtBy]": "mentee",
            "sharedNotes": "We planned the busy season.", "privateNotes": "I talked too much at the start.", "talkShare": "45",
            "actions[0][text]": "Share the weekly plan", "actions[0][due]": formats.isoDay(now.addingTimeInterval(86_400 * 5)),
            "actions[1][text]": "Ask a partner for feedback", "actions[1][owner]": "mentor",
            "evidence[0][text]": "Came with his own plan.",
            "scores[0][score]": "4", "scores[0][behaviour]": "Raised a deadline at risk himself.",
            "observations[0][pattern]": "takes_initiative", "observations[0][effect]": "helps", "observations[0][note]": "Opened with his own question.",
        ]
    }

    static func formats(_ language: MentorCore.Language) -> Formats {
        Formats(language: language, timeZone: TimeZone(identifier: "Europe/Amsterdam")!)
    }

    /// The tables a log writes to, with the audit log, the outbox and notifications.
    static let recordTables: Set<String> = ["conversations", "agenda_items", "action_items", "goal_evidence", "value_scores",
                                            "attitude_observations", "audit_events", "outbox_messages", "notifications"]

    /// Differences in the records a log writes (sessions and sign-ins left out).
    static func recordDifferences(_ before: DatabaseSnapshot, _ after: DatabaseSnapshot) -> [DatabaseSnapshot.Difference] {
        before.differences(to: after).filter { recordTables.contains($0.table) }
    }

    @Test func aFullLogFromTheRenderedFormWritesEveryRecordInOneSave() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let mentor = TestClient(app, acceptLanguage: "en")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            let audits = try await AuditEvent.query(on: app.db).count()
            let typed = Self.fullLog(formats: Self.formats(.en), now: Date())
            let log = try await Self.filledLog(mentor, fixture, typed: typed, ticked: [("covered[]", fixture.a.agendaItem), ("done[]", fixture.a.action)])
            #expect(log.form.fields.first { $0.name == "scores[0][value]" }?.value == fixture.a.value.uuidString)
            #expect(log.form.fields.first { $0.name == "evidence[0][goal]" }?.value == fixture.a.goal.uuidString)
            #expect(log.form.fields.first { $0.name == "status" }?.value == "held")
            // act: one click on save
            let saved = try await mentor.post(log.form.action, log.fields)
            // validate: back on the conversation page at the message
            #expect(saved.status == .seeOther)
            let location = try #require(saved.headers.first(name: .location))
            #expect(location == SiteURL.conversation(fixture.a.conversation).path(query: [("saved", "log")], fragment: "saved"))
            let conversation = try #require(try await Conversation.find(fixture.a.conversation, on: app.db))
            #expect(conversation.durationMinutes == 50 && conversation.place == "Room <b>7</b>")
            #expect(conversation.sharedNotes == "We planned the busy season." && conversation.privateNotes == "I talked too much at the start.")
            #expect(conversation.talkShareEstimate == 0.45)
            let agenda = try await AgendaItem.query(on: app.db).filter(\.$conversation.$id == fixture.a.conversation).sort(\.$position).all()
            #expect(agenda.map(\.text) == ["How do I plan my week?", "Feedback on the memo"])
            #expect(agenda.allSatisfy(\.covered) && agenda[1].authorSide == .mentee && agenda[1].position == 2)
            #expect(try await ActionItem.find(fixture.a.action, on: app.db)?.doneOn != nil)
            let actions = try await ActionItem.query(on: app.db).filter(\.$conversation.$id == fixture.a.conversation)
                .filter(\.$id != fixture.a.action).sort(\.$text).all()
            #expect(actions.map(\.text) == ["Ask a partner for feedback", "Share the weekly plan"])
            #expect(actions.map(\.ownerSide) == [.mentor, .mentee])
            #expect(actions[0].dueOn == nil && actions[1].dueOn != nil && actions.allSatisfy { $0.doneOn == nil })
            let evidence = try await GoalEvidence.query(on: app.db).filter(\.$conversation.$id == fixture.a.conversation).all()
            #expect(evidence.map(\.text) == ["Came with his own plan."] && evidence.first?.$goal.id == fixture.a.goal)
            let scores = try await ValueScore.query(on: app.db).filter(\.$conversation.$id == fixture.a.conversation).all()
            #expect(scores.count == 1 && scores.first?.score == 4 && scores.first?.$coreValue.id == fixture.a.value)
            #expect(scores.first?.behaviour == "Raised a deadline at risk himself.")
            let observations = try await AttitudeObservation.query(on: app.db).filter(\.$conversation.$id == fixture.a.conversation).all()
            #expect(observations.count == 1 && observations.first?.pattern == "takes_initiative" && observations.first?.effect == .helps)
            #expect(observations.first?.note == "Opened with his own question.")
            // Empty rows wrote nothing; every record has its audit entry.
            #expect(try await AuditEvent.query(on: app.db).count() - audits == 10)
            // The page it returns to shows the message where the address points, and the records.
            let page = try await mentor.get(location).body.string
            #expect(page.contains(#"<div class="flash" id="saved" role="status">"#))
            #expect(page.contains(T.logSaved(agenda: 1, actions: 2, evidence: 1, scores: 1, observations: 1)(.en)))
            for text in ["Feedback on the memo", "Share the weekly plan", "Came with his own plan.", "4/5", "Opened with his own question."] {
                #expect(page.contains(text), "\(text) not on the page")
            }
            // The mentee sees what is shared, not the mentor's own.
            let mentee = TestClient(app, acceptLanguage: "en")
            try await mentee.signIn(fixture.a.emails[.mentee]!)
            let menteePage = try await mentee.get(SiteURL.conversation(fixture.a.conversation).path).body.string
            #expect(menteePage.contains("We planned the busy season.") && menteePage.contains("Share the weekly plan"))
            #expect(!menteePage.contains("I talked too much") && !menteePage.contains("Raised a deadline") && !menteePage.contains("Opened with his own"))
            #expect(!menteePage.contains(SiteURL.conversationLog(fixture.a.conversation).path))
        }
    }

    @Test func oneInvalidFieldWritesNothingAndKeepsEverythingTyped() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let mentor = TestClient(app, acceptLanguage: "nl")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            var typed = Self.fullLog(formats: Self.formats(.nl), now: Date())
            typed["scores[1][score]"] = "9"
            typed["scores[1][behaviour]"] = "Gedrag <script>bij</script> de tweede waarde"
            let log = try await Self.filledLog(mentor, fixture, typed: typed, ticked: [("covered[]", fixture.a.agendaItem), ("done[]", fixture.a.action)])
            let before = try await DatabaseSnapshot.take(of: app.db)
            // act
            let refused = try await mentor.post(log.form.action, log.fields)
            // validate: nothing written at all
            #expect(refused.status == .unprocessableEntity)
            let after = try await DatabaseSnapshot.take(of: app.db)
            let differences = Self.recordDifferences(before, after)
            #expect(differences.isEmpty, "\(differences)")
            // The message in Dutch beside its field, and every typed value (escaped) and tick still there.
            let page = refused.body.string
            let message = T.workflowProblem(.scoreOutOfRange)(.nl)
            #expect(page.contains(#"<p class="field-error" id="f-scores[1][score]-error">\#(message)</p>"#))
            #expect(page.contains(#"<html lang="nl""#))
            for value in typed.values where !value.isEmpty && !["mentee", "mentor", "helps", "takes_initiative"].contains(value) {
                #expect(page.contains(PageRendering.escaped(value)), "\(value) was lost")
            }
            #expect(page.contains(#"value="\#(fixture.a.agendaItem.uuidString)" checked"#))
            #expect(page.contains(#"value="\#(fixture.a.action.uuidString)" checked"#))
            // The page sent back is a form that can be sent again as it is, once the score is right.
            let again = try #require(BrowserForm.all(in: page).first { $0.action == Self.logPath(fixture) })
            let corrected = again.sent(["scores[1][score]": "3"]).filter { $0.0 != "more" }
            #expect(try await mentor.post(again.action, corrected).status == .seeOther)
            #expect(try await ValueScore.query(on: app.db).filter(\.$conversation.$id == fixture.a.conversation).count() == 2)
            #expect(try await ActionItem.find(fixture.a.action, on: app.db)?.doneOn != nil)
        }
    }

    @Test func moreEmptyRowsKeepsWhatWasTypedAndSavesNothing() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let mentor = TestClient(app, acceptLanguage: "en")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            let log = try await Self.filledLog(mentor, fixture, typed: ["actions[2][text]": "Third action typed", "sharedNotes": "Typed notes"])
            #expect(!log.page.contains(#"name="actions[3][text]""#))
            let before = try await DatabaseSnapshot.take(of: app.db)
            // act: the "more empty rows" button
            let more = try await mentor.post(log.form.action, log.fields + [("more", "1")])
            // validate
            #expect(more.status == .ok)
            let page = more.body.string
            #expect(page.contains(#"name="actions[3][text]""#) && page.contains(#"name="agenda[2][text]""#))
            #expect(page.contains("Third action typed") && page.contains("Typed notes") && page.contains(T.logMoreRowsAdded(.en)))
            #expect(Self.recordDifferences(before, try await DatabaseSnapshot.take(of: app.db)).isEmpty)
        }
    }

    /// Another pair's goal is refused; ticks for another organisation's agenda item or action are left out.
    @Test func aLogCannotReachAnotherPairsRecords() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let mentor = TestClient(app, acceptLanguage: "en")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            let log = try await Self.filledLog(mentor, fixture, typed: ["evidence[0][text]": "Seen"])
            let otherGoal = log.fields.map { $0.0 == "evidence[0][goal]" ? ($0.0, fixture.b.goal.uuidString) : $0 }
            let before = try await DatabaseSnapshot.take(of: app.db)
            // act 1: evidence for organisation B's goal
            let refused = try await mentor.post(log.form.action, otherGoal)
            // validate 1
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains(#"id="f-evidence[0][goal]-error""#))
            #expect(Self.recordDifferences(before, try await DatabaseSnapshot.take(of: app.db)).isEmpty)
            // act 2: ticks for B's agenda item and action, and an unknown value and pattern
            let sent = log.fields.filter { $0.0 != "evidence[0][text]" }
                + [("covered[]", fixture.b.agendaItem.uuidString), ("done[]", fixture.b.action.uuidString)]
            #expect(try await mentor.post(log.form.action, sent).status == .seeOther)
            // validate 2: B's records untouched
            #expect(try await AgendaItem.find(fixture.b.agendaItem, on: app.db)?.covered == false)
            #expect(try await ActionItem.find(fixture.b.action, on: app.db)?.doneOn == nil)
            let unknown = log.fields.map { field -> (String, String) in
                switch field.0 {
                case "scores[0][value]": (field.0, fixture.b.value.uuidString)
                case "scores[0][score]": (field.0, "3")
                case "scores[0][behaviour]": (field.0, "Seen")
                case "observations[0][pattern]": (field.0, "no_such_pattern")
                case "observations[0][effect]": (field.0, "helps")
                default: field
                }
            }
            let refusedAgain = try await mentor.post(log.form.action, unknown)
            #expect(refusedAgain.status == .unprocessableEntity)
            #expect(refusedAgain.body.string.contains(#"id="f-scores[0][value]-error""#))
            #expect(refusedAgain.body.string.contains(#"id="f-observations[0][pattern]-error""#))
            #expect(try await ValueScore.query(on: app.db).count() == 0)
        }
    }

    /// The mentee, another mentor, the coordinator and another organisation's people cannot send
    /// a log, not even the full form the mentor's page renders; nothing is written.
    @Test func onlyThePairsMentorCanLog() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let mentor = TestClient(app, acceptLanguage: "en")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            let log = try await Self.filledLog(mentor, fixture, typed: Self.fullLog(formats: Self.formats(.en), now: Date()),
                                               ticked: [("covered[]", fixture.a.agendaItem)])
            let before = try await DatabaseSnapshot.take(of: app.db)
            let others: [(String, UInt)] = [(fixture.a.emails[.mentee]!, 403), (fixture.a.strangerEmail, 404), (fixture.a.emails[.coordinator]!, 403),
                                            (fixture.a.emails[.admin]!, 403), (fixture.b.emails[.mentor]!, 404), (fixture.b.emails[.mentee]!, 403),
                                            (fixture.b.emails[.admin]!, 403)]
            for (email, status) in others {
                let client = TestClient(app, acceptLanguage: "en")
                try await client.signIn(email)
                _ = try await client.get("/")
                // act
                let get = try await client.get(Self.logPath(fixture))
                let post = try await client.post(log.form.action, log.fields.filter { $0.0 != "_csrf" })
                // validate
                #expect(get.status.code == status, "GET as \(email): \(get.status.code)")
                #expect(post.status.code == status, "POST as \(email): \(post.status.code)")
            }
            let anonymous = try await TestClient(app).post(log.form.action, log.fields.filter { $0.0 != "_csrf" })
            #expect(anonymous.status.code >= 300 && anonymous.status.code != 500)
            let differences = Self.recordDifferences(before, try await DatabaseSnapshot.take(of: app.db)).filter { $0.table != "audit_events" }
            #expect(differences.isEmpty, "\(differences)")
            #expect(try await ValueScore.query(on: app.db).count() == 0)
            #expect(try await AgendaItem.find(fixture.a.agendaItem, on: app.db)?.covered == false)
        }
    }

    /// After one of the page's small forms the page shows its message in the part it saved.
    @Test func aSmallFormReturnsToThePartItSaved() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let mentor = TestClient(app, acceptLanguage: "en")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            let conversationPage = try await mentor.get(SiteURL.conversation(fixture.a.conversation).path).body.string
            let notes = try #require(RenderedForm(in: conversationPage, actionPrefix: SiteURL.conversationNotes(fixture.a.conversation).path))
            // act
            let saved = try await mentor.post(notes.action, notes.filled(["sharedNotes": "Notes typed here"]))
            // validate
            let location = try #require(saved.headers.first(name: .location))
            #expect(location == SiteURL.conversation(fixture.a.conversation).path(query: [("saved", "notes")], fragment: "saved"))
            let page = try await mentor.get(location).body.string
            let notesPart = try #require(page.range(of: "<h2>\(T.notes(.en))</h2>"))
            let message = try #require(page.range(of: #"<div class="flash" id="saved" role="status">\#(T.saved(.en))</div>"#))
            #expect(message.lowerBound > notesPart.lowerBound)
            #expect(page.components(separatedBy: #"class="flash""#).count == 2, "the message shows once")
        }
    }

    /// The log page reads each table once, however much the conversation and pair hold.
    @Test func theLogPageReadsAFixedNumberOfStatements() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let mentor = TestClient(app, acceptLanguage: "en")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            let counter = QueryCounter.install(on: app)
            let (before, first) = try await counter.measure { try await mentor.get(Self.logPath(fixture)) }
            try await ConversationQueryCountTests.fill(fixture, with: mentor, on: app.db)
            _ = try await mentor.get(Self.logPath(fixture))  // takes the last save's message, which writes the session once
            // act
            let (after, response) = try await counter.measure { try await mentor.get(Self.logPath(fixture)) }
            // validate
            #expect(first.status == .ok && response.status == .ok && response.body.string.contains("Second agenda item"))
            print("GET /conversations/:id/log as the mentor: \(after.count) statements")
            #expect(after.count == before.count, "\(before.count) then \(after.count):\n\(before.joined(separator: "\n"))\n--\n\(after.joined(separator: "\n"))")
            #expect(after.count <= 10, "\(after.count) statements:\n\(after.joined(separator: "\n"))")
        }
    }
}
