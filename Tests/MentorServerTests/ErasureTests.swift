import Testing
import Foundation
import Vapor
import Fluent
import SQLKit
import VaporTesting
@testable import MentorServer
import MentorCore

/// Erasure touches the erased person's own records and the free text of their own
/// organisation, and nothing else: every other cell of every table stays byte for byte
/// (issue 11, found by erasing "Daan Visser", `ntor@demo-2.example` and `$2b$12$`).
@Suite struct ErasureTests {
    @Test func everyTextColumnIsEitherFreeTextOrListedAsNotFreeText() async throws {
        try await withTestApp { app in
            // setup
            let schema = Set(try await Erasure.textColumns(on: app.db))
            let free = Set(Erasure.freeText.flatMap { table in table.columns.map { Erasure.TextColumn(table: table.name, column: $0) } })
            let notFree = Set(Erasure.notFreeText.flatMap { table, columns in columns.map { Erasure.TextColumn(table: table, column: $0) } })
            // validate: a new text column has to be placed in one list; a listed column has to exist.
            #expect(schema.count > 40, "the schema reader must see the text columns")
            for column in schema.subtracting(free).subtracting(notFree).sorted(by: { $0.description < $1.description }) {
                Issue.record("\(column) is a text column in neither Erasure.freeText nor Erasure.notFreeText")
            }
            for column in free.union(notFree).subtracting(schema).sorted(by: { $0.description < $1.description }) {
                Issue.record("\(column) is listed but is no text column of the schema")
            }
            #expect(free.intersection(notFree).isEmpty, "\(free.intersection(notFree))")
        }
    }

    @Test func aSameNamedPersonElsewhereAndAnAddressInsideAnotherAddressStayUntouched() async throws {
        try await withTestApp { app in
            // setup: A's mentee becomes "Daan Visser" <ntor@b.example>; B's mentee has the same
            // name, B's mentor the address mentor@b.example, A's spare is "Daan Vissers".
            let fixture = try await Fixture.make(on: app)
            try await rename(fixture.a.mentee, to: "Daan Visser", email: "ntor@b.example", on: app.db)
            try await rename(fixture.b.mentee, to: "Daan Visser", on: app.db)
            try await rename(fixture.a.spare, to: "Daan Vissers", on: app.db)
            let text = "Met Daan Visser besproken (DAAN VISSER). Daan Vissers kwam ook. Mail ntor@b.example, niet mentor@b.example."
            let redacted = "Met [erased] besproken ([erased]). Daan Vissers kwam ook. Mail [erased], niet mentor@b.example."
            // act and validate
            try await expectErasureChangesOnlyItsOwn(app, fixture, erasing: fixture.a.mentee, text: text, redacted: redacted)
        }
    }

    @Test func aPersonNamedLikeAPasswordHashLeavesEveryHashAndSignIn() async throws {
        try await withTestApp { app in
            // setup: A's mentor is called like the start of every password hash.
            let fixture = try await Fixture.make(on: app)
            let hash = try #require(try await Person.find(fixture.b.admin, on: app.db)).passwordHash
            let prefix = String(hash.prefix(7))
            #expect(prefix.hasPrefix("$2") && prefix.hasSuffix("$"))
            try await rename(fixture.a.mentor, to: prefix, on: app.db)
            let text = "Hash \(prefix) and \(prefix)abc, \(prefix)Kx9, x\(prefix)."
            let redacted = "Hash [erased] and \(prefix)abc, \(prefix)Kx9, x\(prefix)."
            // act and validate
            try await expectErasureChangesOnlyItsOwn(app, fixture, erasing: fixture.a.mentor, text: text, redacted: redacted)
        }
    }

    @Test func aCommonWordAsANameIsReplacedOnlyAsAWholeWordInTheOwnOrganisation() async throws {
        try await withTestApp { app in
            // setup: A's spare is called "Plan", A's other mentor "de".
            let fixture = try await Fixture.make(on: app)
            try await rename(fixture.a.spare, to: "Plan", on: app.db)
            try await rename(fixture.a.strangerMentor, to: "de", on: app.db)
            let text = "Plan: de planning van de klant; plan B. Het model."
            // act and validate: first "Plan", then "de" on what the first erasure left.
            try await expectErasureChangesOnlyItsOwn(app, fixture, erasing: fixture.a.spare, text: text,
                                                     redacted: "[erased]: de planning van de klant; [erased] B. Het model.")
            try await expectErasureChangesOnlyItsOwn(app, fixture, erasing: fixture.a.strangerMentor, text: nil,
                                                     redacted: "[erased]: [erased] planning van [erased] klant; [erased] B. Het model.")
        }
    }

    @Test func onlyTheSessionsSignedInAsTheErasedPersonEnd() async throws {
        try await withTestApp { app in
            // setup: the mentee signed in twice; a colleague's session holds the mentee's id as a plain value.
            let fixture = try await Fixture.make(on: app)
            let mentee = fixture.a.mentee
            let first = TestClient(app), second = TestClient(app), mentor = TestClient(app), other = TestClient(app)
            try await first.signIn(fixture.a.emails[.mentee]!)
            try await second.signIn(fixture.a.emails[.mentee]!)
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            try await other.signIn(fixture.b.emails[.mentor]!)
            var data = SessionData()
            data["_PersonSession"] = fixture.a.coordinator.uuidString
            data["flash"] = "about \(mentee.uuidString) and \(mentee.uuidString.lowercased())"
            try await StoredSession(key: "planted", data: data, personID: fixture.a.coordinator, now: Date()).create(on: app.db)
            let sessionsBefore = try await StoredSession.query(on: app.db).count()
            // act
            let person = try #require(try await Person.find(mentee, on: app.db))
            try await Erasure.erase(person, by: fixture.a.admin, now: app.now, on: app.db)
            // validate
            #expect(try await StoredSession.query(on: app.db).count() == sessionsBefore - 2)
            #expect(try await StoredSession.query(on: app.db).filter(\.$key == "planted").first()?.data["flash"] != nil)
            #expect(try await first.get("/account").status == .seeOther)
            #expect(try await second.get("/account").status == .seeOther)
            #expect(try await mentor.get("/account").status == .ok)
            #expect(try await other.get("/account").status == .ok)
        }
    }

    @Test func theErasedPersonsOpenPairsEndWithAReason() async throws {
        try await withTestApp { app in
            // setup: the mentor has an active pair and a request waiting.
            let fixture = try await Fixture.make(on: app)
            let request = Mentorship(organisationID: fixture.a.id, programmeID: fixture.a.programme, mentorID: fixture.a.mentor,
                                     menteeID: fixture.a.spare, status: .proposed)
            try await request.create(on: app.db)
            let person = try #require(try await Person.find(fixture.a.mentor, on: app.db))
            // act
            try await Erasure.erase(person, by: fixture.a.admin, now: app.now, on: app.db)
            // validate: both ended, in the organisation's language (A is Dutch); B's pair stays active.
            for id in [fixture.a.pair, try request.requireID()] {
                let pair = try #require(try await Mentorship.find(id, on: app.db))
                #expect(pair.status == .ended && pair.endedOn != nil)
                #expect(pair.endReason == T.erasureEndedPair(.nl))
            }
            #expect(try await Mentorship.find(fixture.b.pair, on: app.db)?.status == .active)
        }
    }

    @Test func anUnusedPasswordLinkOfTheErasedPersonGoes() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            for person in [fixture.a.mentee, fixture.a.mentor] {
                let link = PasswordLink()
                link.$organisation.id = fixture.a.id
                link.$person.id = person
                link.kind = .invitation
                link.tokenHash = UUID().uuidString
                link.expiresAt = Date(timeIntervalSinceNow: 3_600)
                try await link.create(on: app.db)
            }
            // act
            try await Erasure.erase(try #require(try await Person.find(fixture.a.mentee, on: app.db)), by: fixture.a.admin, now: app.now, on: app.db)
            // validate
            #expect(try await PasswordLink.query(on: app.db).filter(\.$person.$id == fixture.a.mentee).count() == 0)
            #expect(try await PasswordLink.query(on: app.db).filter(\.$person.$id == fixture.a.mentor).count() == 1)
        }
    }

    @Test func theSnapshotSeesEveryChangedCellAndRow() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let before = try await DatabaseSnapshot.take(of: app.db)
            // act: one hash, one optional date, one deleted row, one new row.
            try await Person.query(on: app.db).filter(\.$id == fixture.b.admin).set(\.$passwordHash, to: "$2b$04$changed").update()
            try await Person.query(on: app.db).filter(\.$id == fixture.b.mentor).set(\.$lockedUntil, to: Date()).update()
            try await AgendaItem.query(on: app.db).filter(\.$id == fixture.b.agendaItem).delete()
            try await AuditEvent(organisationID: fixture.b.id, actorID: nil, action: "x", entity: "y", entityID: nil, summary: "z").create(on: app.db)
            // validate
            let after = try await DatabaseSnapshot.take(of: app.db)
            let changed = Set(before.differences(to: after).map(\.cellKey))
            let people = Person.schema
            #expect(changed.contains("\(people)/\(fixture.b.admin.uuidString)/password_hash"))
            #expect(changed.contains("\(people)/\(fixture.b.mentor.uuidString)/locked_until"))
            #expect(changed.contains("\(AgendaItem.schema)/\(fixture.b.agendaItem.uuidString)/*"))
            #expect(changed.filter { $0.hasPrefix(AuditEvent.schema + "/") }.count == 1)
            // updated_at moves with each person update; nothing else differs.
            #expect(changed.subtracting(["\(people)/\(fixture.b.admin.uuidString)/updated_at", "\(people)/\(fixture.b.mentor.uuidString)/updated_at"]).count == 4,
                    "\(changed.sorted())")
            #expect(before.tables[Conversation.schema]?[fixture.b.conversation.uuidString]?["place"] == .some("Room 1"))
        }
    }

    // MARK: The comparison

    /// Writes `text` into every free-text field of both organisations (when `text` is given),
    /// signs people in, erases `personID`, and checks the difference between a snapshot of the
    /// whole database before and after: only the person's own records, the free text of their
    /// organisation (which must read `redacted`) and one audit row may differ. Afterwards every
    /// other person still signs in.
    func expectErasureChangesOnlyItsOwn(_ app: Application, _ fixture: Fixture, erasing personID: UUID,
                                        text: String?, redacted: String) async throws {
        // setup
        var ownOrganisationCells: [String] = []
        if let text {
            ownOrganisationCells = try await fill(fixture.a, with: text, on: app.db)
            _ = try await fill(fixture.b, with: text, on: app.db)
        } else {
            ownOrganisationCells = try await filledCells(of: fixture.a, on: app.db)
        }
        let person = try #require(try await Person.find(personID, on: app.db))
        let roles = try await PersonRole.query(on: app.db).filter(\.$person.$id == personID).all()
        for client in [TestClient(app), TestClient(app)] where !roles.isEmpty { try await client.signIn(person.email) }
        try await TestClient(app).signIn(fixture.b.emails[.mentor]!)
        let note = MentorServer.Notification()
        note.$organisation.id = fixture.a.id
        note.$person.id = personID
        note.kind = "reminder"; note.key = "erasure-test"; note.detail = "x"; note.link = "/"
        try await note.create(on: app.db)
        let everyoneElse = try await Person.query(on: app.db).filter(\.$id != personID).all()
        let pairs = try await Mentorship.query(on: app.db).group(.or) { $0.filter(\.$mentor.$id == personID).filter(\.$mentee.$id == personID) }.all()
        let before = try await DatabaseSnapshot.take(of: app.db)

        // act
        try await Erasure.erase(person, by: fixture.a.admin, now: app.now, on: app.db)

        // validate: what may differ, and how.
        let after = try await DatabaseSnapshot.take(of: app.db)
        let id = personID.uuidString
        var ownRows: Set<String> = ["\(Person.schema)/\(id)", "\(MentorServer.Notification.schema)/\(try note.requireID().uuidString)"]
        ownRows.formUnion(roles.map { "\(PersonRole.schema)/\(try! $0.requireID().uuidString)" })
        // The person's sessions, recognised here from the session data Vapor writes.
        for (row, values) in before.tables[StoredSession.schema] ?? [:] {
            let data = ((values["data"] ?? nil) ?? "").data(using: .utf8) ?? Data()
            if (try? JSONSerialization.jsonObject(with: data) as? [String: String])?["_PersonSession"]?.uppercased() == id {
                ownRows.insert("\(StoredSession.schema)/\(row)")
            }
        }
        var expected: [String: String?] = [:]
        for cell in ownOrganisationCells { expected[cell] = cell.hasSuffix("/figures") ? figures(redacted) : redacted }
        var anyValue: Set<String> = []
        for pair in pairs {
            let pairID = try pair.requireID().uuidString
            expected["\(Mentorship.schema)/\(pairID)/status"] = "ended"
            expected["\(Mentorship.schema)/\(pairID)/end_reason"] = T.erasureEndedPair(.nl)
            anyValue.formUnion(["\(Mentorship.schema)/\(pairID)/ended_on", "\(Mentorship.schema)/\(pairID)/updated_at"])
            let side = pair.$mentor.id == personID ? PairSide.mentor : .mentee
            for check in try await FitCheck.query(on: app.db).filter(\.$mentorship.$id == pair.requireID()).filter(\.$side == side).all() {
                expected["\(FitCheck.schema)/\(try check.requireID().uuidString)/comment"] = ""
            }
            guard side == .mentor else { continue }
            for conversation in try await Conversation.query(on: app.db).filter(\.$mentorship.$id == pair.requireID()).all() {
                let conversationID = try conversation.requireID().uuidString
                expected["\(Conversation.schema)/\(conversationID)/private_notes"] = ""
                anyValue.insert("\(Conversation.schema)/\(conversationID)/updated_at")
            }
        }
        var erasureEntries = 0
        for difference in before.differences(to: after) {
            if ownRows.contains(difference.rowKey) || anyValue.contains(difference.cellKey) { continue }
            if difference.table == AuditEvent.schema, difference.before == nil,
               after.tables[AuditEvent.schema]?[difference.row]?["action"] == "erase" {
                erasureEntries += 1
                continue
            }
            guard let value = expected[difference.cellKey] else {
                Issue.record("changed, but neither the person's own record nor their organisation's free text: \(difference)")
                continue
            }
            #expect(difference.after == .some(value), "\(difference)")
        }
        #expect(erasureEntries == 1)
        // Every planted cell of the own organisation was scrubbed (not merely left alone).
        for (cell, value) in expected {
            let parts = cell.split(separator: "/").map(String.init)
            #expect(after.tables[parts[0]]?[parts[1]]?[parts[2]] == .some(value), "\(cell)")
        }
        // Every other person still signs in.
        for other in everyoneElse where !other.email.hasPrefix("erased-") {
            let status = try await TestClient(app).signIn(other.email).status
            if !(try await PersonRole.query(on: app.db).filter(\.$person.$id == other.requireID()).all()).isEmpty {
                #expect(status == .seeOther, "\(other.email) can no longer sign in")
            }
        }
    }

    /// Stored transcript figures naming one speaker.
    func figures(_ speaker: String) -> String { "{\"speakers\":[{\"name\":\"\(speaker)\",\"share\":0.5}]}" }

    func rename(_ id: UUID, to name: String, email: String? = nil, on db: any Database) async throws {
        let person = try #require(try await Person.find(id, on: db))
        person.name = name
        if let email { person.email = email }
        try await person.save(on: db)
    }

    /// Writes `text` into every free-text field of records of `organisation`, creating the records
    /// the fixture lacks; returns the cells written, as "table/id/column".
    func fill(_ organisation: Fixture.Organisation, with text: String, on db: any Database) async throws -> [String] {
        let pairID = organisation.pair, conversationID = organisation.conversation
        let pair = try #require(try await Mentorship.find(pairID, on: db))
        pair.declineReason = text
        try await pair.save(on: db)
        let conversation = try #require(try await Conversation.find(conversationID, on: db))
        conversation.place = text; conversation.sharedNotes = text; conversation.privateNotes = text
        try await conversation.save(on: db)
        try await AgendaItem.query(on: db).filter(\.$id == organisation.agendaItem).set(\.$text, to: text).update()
        try await ActionItem.query(on: db).filter(\.$id == organisation.action).set(\.$text, to: text).update()
        try await LearningGoal.query(on: db).filter(\.$id == organisation.goal).set(\.$title, to: text).set(\.$description, to: text)
            .set(\.$successCriteria, to: text).set(\.$mentorComment, to: text).update()
        try await GoalEvidence(conversationID: conversationID, goalID: organisation.goal, text: text).create(on: db)
        try await ValueScore(conversationID: conversationID, coreValueID: organisation.value, score: 3, behaviour: text).create(on: db)
        try await AttitudeObservation(conversationID: conversationID, pattern: AttitudePattern.takesInitiative.rawValue, effect: .helps, note: text).create(on: db)
        let analysis = TranscriptAnalysis()
        analysis.$conversation.id = conversationID
        analysis.format = "webvtt"; analysis.language = "nl"; analysis.timed = true; analysis.mentorShare = 0.5
        analysis.mentorSpeaker = text; analysis.menteeSpeaker = text; analysis.rawText = text
        analysis.figures = figures(text)
        try await analysis.create(on: db)
        let agreement = MentorServer.Agreement(mentorshipID: pairID)
        agreement.menteeExpectations = text; agreement.mentorExpectations = text; agreement.frequency = text; agreement.duration = text
        agreement.whoPlans = text; agreement.preparation = text; agreement.confidentiality = text
        try await agreement.create(on: db)
        try await AgreementRevision(agreementID: try agreement.requireID(), revision: 1, snapshot: text, editedByID: nil).create(on: db)
        let reflection = Reflection()
        reflection.$mentor.id = organisation.coordinator
        reflection.periodFrom = Date(timeIntervalSinceNow: -86_400 * 30); reflection.periodTo = Date()
        reflection.initiative = text; reflection.expectations = text; reflection.coreValues = text; reflection.learningGoals = text
        try await reflection.create(on: db)
        for side in [PairSide.mentor, .mentee] {
            try await FitCheck(mentorshipID: pairID, side: side, answer: .goodFit, comment: text).create(on: db)
        }
        try await PulseResponse(mentorshipID: pairID, programmeID: organisation.programme, personID: organisation.mentee, round: 1, value: 4,
                                improvement: text).create(on: db)
        try await AuditEvent(organisationID: organisation.id, actorID: organisation.admin, action: "update", entity: "person", entityID: nil,
                             summary: text).create(on: db)
        let notification = MentorServer.Notification()
        notification.$organisation.id = organisation.id
        notification.$person.id = organisation.coordinator
        notification.kind = "reminder"; notification.key = "fill"; notification.detail = text; notification.link = "/"
        try await notification.create(on: db)
        let message = OutboxMessage()
        message.$organisation.id = organisation.id
        message.recipient = organisation.emails[.coordinator]!
        message.subject = text; message.body = text; message.status = "pending"; message.attempts = 0; message.nextAttemptAt = Date()
        try await message.create(on: db)
        let upload = PeopleImportUpload()
        upload.$organisation.id = organisation.id
        upload.$person.id = organisation.admin
        upload.csv = text; upload.expiresAt = Date(timeIntervalSinceNow: 3_600)
        try await upload.create(on: db)
        return try await filledCells(of: organisation, on: db)
    }

    /// The cells `fill` writes for `organisation`, found again by the records it touched.
    func filledCells(of organisation: Fixture.Organisation, on db: any Database) async throws -> [String] {
        var cells: [String] = []
        func add(_ table: String, _ id: UUID?, _ columns: [String]) {
            guard let id else { return }
            cells += columns.map { "\(table)/\(id.uuidString)/\($0)" }
        }
        let conversationID = organisation.conversation, pairID = organisation.pair
        add(Mentorship.schema, pairID, ["decline_reason"])
        add(Conversation.schema, conversationID, ["place", "shared_notes", "private_notes"])
        add(AgendaItem.schema, organisation.agendaItem, ["text"])
        add(ActionItem.schema, organisation.action, ["text"])
        add(LearningGoal.schema, organisation.goal, ["title", "description", "success_criteria", "mentor_comment"])
        for row in try await GoalEvidence.query(on: db).filter(\.$conversation.$id == conversationID).all() { add(GoalEvidence.schema, row.id, ["text"]) }
        for row in try await ValueScore.query(on: db).filter(\.$conversation.$id == conversationID).all() { add(ValueScore.schema, row.id, ["behaviour"]) }
        for row in try await AttitudeObservation.query(on: db).filter(\.$conversation.$id == conversationID).all() { add(AttitudeObservation.schema, row.id, ["note"]) }
        for row in try await TranscriptAnalysis.query(on: db).filter(\.$conversation.$id == conversationID).all() {
            add(TranscriptAnalysis.schema, row.id, ["mentor_speaker", "mentee_speaker", "figures", "raw_text"])
        }
        for row in try await MentorServer.Agreement.query(on: db).filter(\.$mentorship.$id == pairID).all() {
            add(MentorServer.Agreement.schema, row.id, ["mentee_expectations", "mentor_expectations", "frequency", "duration", "who_plans", "preparation", "confidentiality"])
            for revision in try await AgreementRevision.query(on: db).filter(\.$agreement.$id == row.requireID()).all() {
                add(AgreementRevision.schema, revision.id, ["snapshot"])
            }
        }
        for row in try await Reflection.query(on: db).filter(\.$mentor.$id == organisation.coordinator).all() {
            add(Reflection.schema, row.id, ["initiative", "expectations", "core_values", "learning_goals"])
        }
        for row in try await FitCheck.query(on: db).filter(\.$mentorship.$id == pairID).all() { add(FitCheck.schema, row.id, ["comment"]) }
        for row in try await PulseResponse.query(on: db).filter(\.$mentorship.$id == pairID).all() { add(PulseResponse.schema, row.id, ["improvement"]) }
        for row in try await AuditEvent.query(on: db).filter(\.$organisation.$id == organisation.id).filter(\.$action == "update").all() {
            add(AuditEvent.schema, row.id, ["summary"])
        }
        for row in try await MentorServer.Notification.query(on: db).filter(\.$key == "fill").filter(\.$organisation.$id == organisation.id).all() {
            add(MentorServer.Notification.schema, row.id, ["detail"])
        }
        for row in try await OutboxMessage.query(on: db).filter(\.$organisation.$id == organisation.id).all() { add(OutboxMessage.schema, row.id, ["subject", "body"]) }
        for row in try await PeopleImportUpload.query(on: db).filter(\.$organisation.$id == organisation.id).all() { add(PeopleImportUpload.schema, row.id, ["csv"]) }
        return cells
    }
}
