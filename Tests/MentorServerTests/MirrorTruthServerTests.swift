import Testing
import Foundation
import Vapor
import Fluent
import SQLKit
import VaporTesting
@testable import MentorServer
import MentorCore
import Transcripts

extension RenderedForm {
    /// The form with its selects too, each with the option a browser sends untouched (the one
    /// marked selected, else the first).
    init?(withSelectsIn html: String, actionPrefix: String) {
        guard var form = RenderedForm(in: html, actionPrefix: actionPrefix) else { return nil }
        guard let markup = Self.markup(in: html, action: form.action) else { return nil }
        var rest = markup[...]
        while let open = rest.range(of: "<select"), let close = rest[open.upperBound...].range(of: "</select>") {
            let select = String(rest[open.lowerBound..<close.upperBound])
            rest = rest[close.upperBound...]
            guard let name = Self.attribute("name", in: String(select.prefix { $0 != ">" })) else { continue }
            let options = Self.tags(named: "option", in: select)
            let chosen = options.first { $0.contains("selected=\"selected\"") } ?? options.first
            form.fields.append((name, chosen.flatMap { Self.attribute("value", in: $0) } ?? ""))
        }
        self = form
    }

    private static func markup(in html: String, action: String) -> String? {
        var rest = html[...]
        while let open = rest.range(of: "<form"), let close = rest[open.upperBound...].range(of: "</form>") {
            let form = String(rest[open.lowerBound..<close.upperBound])
            rest = rest[close.upperBound...]
            if attribute("action", in: form)?.replacingOccurrences(of: "&amp;", with: "&") == action { return form }
        }
        return nil
    }
}

/// The records tell the truth, and the estimate comes before the measured share (issue 14),
/// each through the forms as the pages render them.
@Suite struct MirrorTruthServerTests {
    static let vtt = TranscriptServerTests.vtt
    static let formats = Formats(language: .en, timeZone: TimeZone(identifier: "Europe/Amsterdam")!)

    @Test func aCarriedItemIsNotPreparedAndATopicRecordedAsTheMenteesCountsAsTheirs() async throws {
        try await withTestApp { app in
            // setup: the fixture's held conversation (yesterday) has an uncovered item the mentee added beforehand
            let fixture = try await Fixture.make(on: app)
            let mentor = TestClient(app, acceptLanguage: "en")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            // act: the mentor logs today's conversation afterwards, from the rendered form
            let newPage = try await mentor.get("/mentorships/\(fixture.a.pair)/conversations/new").body.string
            let log = try #require(RenderedForm(withSelectsIn: newPage, actionPrefix: "/mentorships/\(fixture.a.pair)/conversations"))
            // An hour ago: after the fixture's conversation (a day ago), whatever the hour the test runs.
            let anHourAgo = Date().addingTimeInterval(-3600)
            let clock = Formats(language: .nl, timeZone: Self.formats.timeZone).time(anHourAgo)
            #expect(try await mentor.post(log.action, log.filled(["status": "held", "date": Self.formats.isoDay(anHourAgo), "time": clock])).status == .seeOther)
            let held = try #require(try await Conversation.query(on: app.db).filter(\.$mentorship.$id == fixture.a.pair)
                .filter(\.$id != fixture.a.conversation).first())
            let heldID = try held.requireID()
            // ... and records on the rendered agenda form that a topic came from the mentee
            let page = try await mentor.get("/conversations/\(heldID)").body.string
            #expect(page.contains(T.broughtBy(.en)) && page.contains(T.broughtByHint(.en)))
            let agenda = try #require(RenderedForm(withSelectsIn: page, actionPrefix: "/conversations/\(heldID)/agenda"))
            #expect(agenda.fields.contains { $0 == ("broughtBy", "mentor") })
            #expect(try await mentor.post(agenda.action, agenda.filled(["agendaText": "She asked about the audit", "broughtBy": "mentee"])).status == .seeOther)
            // validate: the carried copy keeps where it came from and is not added beforehand
            let items = try await AgendaItem.query(on: app.db).filter(\.$conversation.$id == heldID).sort(\.$position).all()
            try #require(items.count == 2)
            #expect(items[0].carriedFromConversationID == fixture.a.conversation && !items[0].addedBeforehand && items[0].isCarried)
            #expect(items[1].authorSide == .mentee && !items[1].addedBeforehand && !items[1].isCarried)
            // The mirror: 2 held conversations; only the fixture's was prepared (its own item added beforehand):
            // prepared = 1 / 2. Agenda items brought (the carried copy left out): 2, both the mentee's -> 1.
            let loaded = try await MirrorQuery.load(mentorID: fixture.a.mentor, organisationID: fixture.a.id, language: .en, on: app.db)
            let mirror = Mirror.compute(loaded.pairs[0], values: loaded.values, settings: .lastSixMonths(now: Date(), talkBand: loaded.talkBand))
            #expect(mirror.goalDirectedness.heldConversations == 2 && mirror.goalDirectedness.preparedShare == 0.5)
            #expect(mirror.agendaInitiative.items == 2 && mirror.agendaInitiative.menteeShare == 1)
            #expect(mirror.initiative.carriedItems == 1)
            let mirrorPage = try await mentor.get("/mentorships/\(fixture.a.pair)/mirror").body.string
            #expect(mirrorPage.contains(T.initiativeCarried(1)(.en)))
            // The conversation page links the carried item to where it came from.
            #expect(try await mentor.get("/conversations/\(heldID)").body.string.contains(#"href="/conversations/\#(fixture.a.conversation)""#))
        }
    }

    @Test func whoBroughtAnItemMustBeOneOfThePair() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let mentee = TestClient(app, acceptLanguage: "nl")
            try await mentee.signIn(fixture.a.emails[.mentee]!)
            let page = try await mentee.get("/conversations/\(fixture.a.conversation)").body.string
            let agenda = try #require(RenderedForm(withSelectsIn: page, actionPrefix: "/conversations/\(fixture.a.conversation)/agenda"))
            // The mentee's own form defaults to the mentee; a made-up side is refused with a message, nothing written.
            #expect(agenda.fields.contains { $0 == ("broughtBy", "mentee") })
            let before = try await AgendaItem.query(on: app.db).count()
            let refused = try await mentee.post(agenda.action, agenda.filled(["agendaText": "Iets", "broughtBy": "coordinator"]))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains(T.broughtByInvalid(.nl)))
            #expect(try await AgendaItem.query(on: app.db).count() == before)
            #expect(try await mentee.post(agenda.action, agenda.filled(["agendaText": "Iets"])).status == .seeOther)
            #expect(try await AgendaItem.query(on: app.db).filter(\.$text == "Iets").first()?.authorSide == .mentee)
        }
    }

    @Test func theMentorGivesAnEstimateBeforeSeeingTheMeasuredShareAndBothAreKept() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let conversationPath = "/conversations/\(fixture.a.conversation)"
            let mentee = TestClient(app, acceptLanguage: "en")
            try await mentee.signIn(fixture.a.emails[.mentee]!)
            let mentor = TestClient(app, acceptLanguage: "en")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            // act: the mentee uploads from the rendered form, which has no estimate for them
            let menteePage = try await mentee.get(conversationPath).body.string
            let menteeUpload = try #require(RenderedForm(in: menteePage, actionPrefix: conversationPath + "/transcript"))
            #expect(!menteeUpload.fields.contains { $0.0 == "estimate" })
            let uploaded = try await mentee.upload(menteeUpload.action, field: "file", filename: "meeting.vtt", content: Self.vtt,
                                                   fields: menteeUpload.fields.filter { $0.0 != "file" })
            #expect(uploaded.status == .seeOther)
            // validate: the mentor is asked first; the measured share (30 / 40 = 75 %) is not on their page yet
            let asked = try await mentor.get(conversationPath).body.string
            #expect(asked.contains(T.estimateFirstLead(.en)))
            #expect(!asked.contains(T.mentorShareMeasured(.en)) && !asked.contains("75%"))
            // The mentee sees the transcript's figures as before.
            #expect(try await mentee.get(conversationPath).body.string.contains(T.mentorShareMeasured(.en)))
            // An empty estimate is refused with a message; the mentee cannot answer for the mentor.
            let form = try #require(RenderedForm(in: asked, actionPrefix: conversationPath + "/transcript/estimate"))
            let empty = try await mentor.post(form.action, form.filled(["estimate": ""]))
            #expect(empty.status == .unprocessableEntity && empty.body.string.contains(T.estimateFirstRequired(.en)))
            #expect(try await mentee.post(form.action, [("estimate", "10")]).status == .forbidden)
            // The mentor answers 40 %, then sees the figures.
            #expect(try await mentor.post(form.action, form.filled(["estimate": "40"])).status == .seeOther)
            let shown = try await mentor.get(conversationPath).body.string
            #expect(shown.contains(T.mentorShareMeasured(.en)) && shown.contains("75%") && !shown.contains(T.estimateFirstLead(.en)))
            var conversation = try #require(try await Conversation.find(fixture.a.conversation, on: app.db))
            #expect(conversation.estimateBeforeMeasured == 0.4 && conversation.talkShareEstimate == 0.4 && conversation.measuredShownAt != nil)
            // A later answer does not change the estimate beforehand.
            #expect(try await mentor.post(form.action, form.filled(["estimate": "70"])).status == .seeOther)
            conversation = try #require(try await Conversation.find(fixture.a.conversation, on: app.db))
            #expect(conversation.estimateBeforeMeasured == 0.4)
            // The mirror shows the gap: (0.40 - 0.75) * 100 = -35 -> "35 points lower".
            let loaded = try await MirrorQuery.load(mentorID: fixture.a.mentor, organisationID: fixture.a.id, language: .en, on: app.db)
            let record = try #require(loaded.pairs[0].conversations.first { $0.id == fixture.a.conversation })
            #expect(record.estimateBeforeMeasured == 0.4 && record.measured?.mentorShare == 0.75)
            let mirror = try await mentor.get("/mentorships/\(fixture.a.pair)/mirror").body.string
            #expect(mirror.contains(T.calibrationDirection(.lower, points: "35")(.en)))
            // Only the pair's mentor sees it: the mentee's progress page has neither the estimate nor sending.
            let progress = try await mentee.get(SiteURL.progress(pair: fixture.a.pair).path)
            #expect(progress.status == .ok)
            #expect(!progress.body.string.contains(T.calibrationTitle(.en)) && !progress.body.string.contains(T.balanceTitle(.en)))
            #expect(try await mentee.get("/mentorships/\(fixture.a.pair)/mirror").status == .forbidden)
        }
    }

    @Test func theMentorsUploadFormCarriesTheEarlierEstimateAndRefusesANonsenseOne() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let conversationPath = "/conversations/\(fixture.a.conversation)"
            let mentor = TestClient(app, acceptLanguage: "nl")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            // An estimate given earlier (on the notes form) is on the upload form already.
            let before = try await mentor.get(conversationPath).body.string
            let notes = try #require(RenderedForm(in: before, actionPrefix: conversationPath + "/notes"))
            #expect(try await mentor.post(notes.action, notes.filled(["talkShare": "30"])).status == .seeOther)
            let page = try await mentor.get(conversationPath).body.string
            let upload = try #require(RenderedForm(in: page, actionPrefix: conversationPath + "/transcript"))
            #expect(upload.fields.contains { $0 == ("estimate", "30") })
            // 140 % is refused before anything is read or stored.
            let wrong = try await mentor.upload(upload.action, field: "file", filename: "meeting.vtt", content: Self.vtt,
                                                fields: upload.filled(["estimate": "140"]).filter { $0.0 != "file" })
            #expect(wrong.status == .unprocessableEntity)
            #expect(try await TranscriptAnalysis.query(on: app.db).count() == 0)
            // Kept as it was: the figures show at once and the estimate beforehand is the earlier 30 %.
            let sent = try await mentor.upload(upload.action, field: "file", filename: "meeting.vtt", content: Self.vtt,
                                               fields: upload.fields.filter { $0.0 != "file" })
            #expect(sent.status == .seeOther)
            let shown = try await mentor.get(conversationPath).body.string
            #expect(shown.contains(T.mentorShareMeasured(.nl)) && !shown.contains(T.estimateFirstLead(.nl)))
            let conversation = try #require(try await Conversation.find(fixture.a.conversation, on: app.db))
            #expect(conversation.estimateBeforeMeasured == 0.3 && conversation.measuredShownAt != nil)
        }
    }

    @Test func theMentorMaySeeTheFiguresWithoutAnEstimate() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let conversationPath = "/conversations/\(fixture.a.conversation)"
            let mentor = TestClient(app, acceptLanguage: "en")
            try await mentor.signIn(fixture.a.emails[.mentor]!)
            let page = try await mentor.get(conversationPath).body.string
            let upload = try #require(RenderedForm(in: page, actionPrefix: conversationPath + "/transcript"))
            // The mentor leaves the estimate empty: asked first, and chooses to skip (the second button).
            #expect(try await mentor.upload(upload.action, field: "file", filename: "m.vtt", content: Self.vtt,
                                            fields: upload.fields.filter { $0.0 != "file" }).status == .seeOther)
            let asked = try await mentor.get(conversationPath).body.string
            let form = try #require(RenderedForm(in: asked, actionPrefix: conversationPath + "/transcript/estimate"))
            #expect(asked.contains(#"name="skip""#))
            #expect(try await mentor.post(form.action, form.fields + [("skip", "1")]).status == .seeOther)
            #expect(try await mentor.get(conversationPath).body.string.contains(T.mentorShareMeasured(.en)))
            let conversation = try #require(try await Conversation.find(fixture.a.conversation, on: app.db))
            #expect(conversation.estimateBeforeMeasured == nil && conversation.measuredShownAt != nil)
            let loaded = try await MirrorQuery.load(mentorID: fixture.a.mentor, organisationID: fixture.a.id, language: .en, on: app.db)
            let mirror = Mirror.compute(loaded.pairs[0], values: loaded.values, settings: .lastSixMonths(now: Date(), talkBand: loaded.talkBand))
            #expect(mirror.calibration.points.isEmpty && mirror.calibration.measuredWithoutEstimate == 1)
        }
    }

    @Test func theMigrationMarksCarriedItemsAndKeepsEstimatesGivenBeforeAnUpload() async throws {
        try await withTestApp { app in
            // setup: data as it was before migration 012 - a carried copy "added beforehand" without
            // its conversation, and a transcript uploaded after the estimate was last saved
            let fixture = try await Fixture.make(on: app)
            let second = Conversation(mentorshipID: fixture.a.pair, scheduledAt: Date(), durationMinutes: 30, place: "", initiatedBy: .mentor, status: .held)
            second.talkShareEstimate = 0.35
            try await second.create(on: app.db)
            let copy = AgendaItem(conversationID: try second.requireID(), authorSide: .mentee, text: "How do I plan my week?",
                                  addedBeforehand: true, covered: false, position: 1)
            copy.$carriedFrom.id = fixture.a.agendaItem
            try await copy.create(on: app.db)
            let analysis = TranscriptAnalysis()
            analysis.$conversation.id = try second.requireID()
            let reading = try TranscriptIntake.analyse(Data(Self.vtt.utf8), keep: false, maxBytes: 1 << 20).get()
            try analysis.record(reading.figures, mapping: SpeakerMapping(mentor: "Mentor A", mentee: "Mentee A"))
            try await analysis.save(on: app.db)
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.raw("UPDATE conversations SET updated_at = \(bind: Date().addingTimeInterval(-3600)) WHERE id = \(bind: try second.requireID())").run()
            // act
            try await AddCarriedFromAndEstimateBeforeMeasured.migrateData(on: sql)
            // validate
            let migrated = try #require(try await AgendaItem.find(try copy.requireID(), on: app.db))
            #expect(!migrated.addedBeforehand && migrated.carriedFromConversationID == fixture.a.conversation)
            let original = try #require(try await AgendaItem.find(fixture.a.agendaItem, on: app.db))
            #expect(original.addedBeforehand && original.carriedFromConversationID == nil)
            let conversation = try #require(try await Conversation.find(try second.requireID(), on: app.db))
            #expect(conversation.estimateBeforeMeasured == 0.35 && conversation.measuredShownAt != nil)
            // The fixture's conversation has no transcript: nothing set.
            let untouched = try #require(try await Conversation.find(fixture.a.conversation, on: app.db))
            #expect(untouched.measuredShownAt == nil && untouched.estimateBeforeMeasured == nil)
        }
    }
}
