import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

/// Issue 14, items 5-7 through the server: a focus chosen in the rendered reflection form, the
/// agreement against its records, goal mentions counted at upload with a theme's synonyms, and
/// all three on the pair's mirror and the overview.
@Suite struct FocusServerTests {
    static func signedIn(_ app: Application, _ email: String, language: String = "en") async throws -> TestClient {
        let client = TestClient(app, acceptLanguage: language)
        #expect(try await client.signIn(email).status == .seeOther)
        return client
    }

    /// Opens `path` and submits its form for `action` as a browser would, with `typed` filled in.
    static func submit(_ client: TestClient, page path: String, action: String, _ typed: [String: String]) async throws -> TestingHTTPResponse {
        let page = try await client.get(path)
        #expect(page.status == .ok, "\(path): \(page.status)")
        let form = try #require(BrowserForm.all(in: page.body.string).first { $0.action == action }, "no form for \(action) on \(path)")
        return try await client.post(form.action, form.sent(typed))
    }

    @Test func aMentorChoosesAFocusInTheRenderedReflectionFormAndKeepsItsDateWhenCorrecting() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            // A whole second near the real time, so the sign-in's session stays valid.
            let chosen = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
            app.clock = .fixed(chosen)
            let mentor = try await Self.signedIn(app, fixture.a.emails[.mentor]!)
            let page = try await mentor.get(SiteURL.reflections.path).body.string
            #expect(page.contains(#"name="focus""#) && page.contains(#"value="\#(Focus.lessAdvice.rawValue)""#))
            // act: only a focus, no answers, is enough for a reflection
            let saved = try await Self.submit(mentor, page: SiteURL.reflections.path, action: SiteURL.reflections.path,
                                              ["focus": Focus.lessAdvice.rawValue, "from": "2026-01-01", "to": "2026-03-31"])
            // validate
            #expect(saved.status == .seeOther)
            let reflection = try #require(try await Reflection.query(on: app.db).first())
            #expect(reflection.focus == Focus.lessAdvice.rawValue && reflection.focusSince == chosen)
            let id = try reflection.requireID()
            #expect(try await mentor.get(SiteURL.reflections.path).body.string.contains(T.focusName(.lessAdvice)(.en)))
            // Correcting the text later keeps the focus's date; another focus is dated anew; none clears it.
            app.clock = .fixed(chosen.addingTimeInterval(60))
            let edit = SiteURL.reflectionEdit(id).path
            #expect(try await Self.submit(mentor, page: edit, action: edit, ["initiative": "I asked more."]).status == .seeOther)
            var stored = try #require(try await Reflection.find(id, on: app.db))
            #expect(stored.focus == Focus.lessAdvice.rawValue && stored.focusSince == chosen && stored.initiative == "I asked more.")
            #expect(try await Self.submit(mentor, page: edit, action: edit, ["focus": Focus.openQuestions.rawValue]).status == .seeOther)
            stored = try #require(try await Reflection.find(id, on: app.db))
            #expect(stored.focus == Focus.openQuestions.rawValue && stored.focusSince == chosen.addingTimeInterval(60))
            #expect(try await Self.submit(mentor, page: edit, action: edit, ["focus": ""]).status == .seeOther)
            stored = try #require(try await Reflection.find(id, on: app.db))
            #expect(stored.focus == nil && stored.focusSince == nil)
        }
    }

    @Test(arguments: ["en", "nl"]) func aForgedFocusIsRefusedInTheReadersLanguageAndNothingIsWritten(language: String) async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let mentor = try await Self.signedIn(app, fixture.a.emails[.mentor]!, language: language)
            // act
            let refused = try await mentor.post(SiteURL.reflections.path, [("from", "2026-01-01"), ("to", "2026-03-31"),
                                                                          ("focus", "<script>talk_more</script>")])
            // validate
            #expect(refused.status == .unprocessableEntity)
            let body = refused.body.string
            let lang: MentorCore.Language = language == "nl" ? .nl : .en
            #expect(body.contains(PageRendering.escaped(T.focusInvalid(lang))))
            #expect(!body.contains("<script>talk_more"))
            #expect(try await Reflection.query(on: app.db).count() == 0)
        }
    }

    static let vtt = """
    WEBVTT

    00:00:00.000 --> 00:00:20.000
    <v Mentor A>How is your plan for the work this week?</v>

    00:00:20.000 --> 00:00:50.000
    <v Mentee A>My plan is to work on it. Plans and works, and my client.</v>

    """

    @Test func goalWordsAndThemeSynonymsAreCountedAtUploadAndShownOnTheMirror() async throws {
        try await withTestApp { app in
            // setup: the goal "Plan my work" gets the organisation's own theme with the synonym "client"
            let fixture = try await Fixture.make(on: app)
            let admin = try await Self.signedIn(app, fixture.a.emails[.admin]!)
            let themePage = SiteURL.adminListItemEdit(fixture.a.listItem).path
            #expect(try await Self.submit(admin, page: themePage, action: themePage, ["synonyms": "client, closing meeting"]).status == .seeOther)
            let theme = try #require(try await OrganisationListItem.find(fixture.a.listItem, on: app.db))
            #expect(theme.synonyms == "client, closing meeting")
            let goal = try #require(try await LearningGoal.find(fixture.a.goal, on: app.db))
            goal.theme = theme.key
            try await goal.save(on: app.db)
            let mentor = try await Self.signedIn(app, fixture.a.emails[.mentor]!)
            // act
            let upload = try await mentor.upload(SiteURL.transcript(conversation: fixture.a.conversation).path, field: "file",
                                                 filename: "meeting.vtt", content: Self.vtt)
            // validate: the mentor said "plan", "work" (2); the mentee "plan", "work", "Plans", "works", "client" (5).
            #expect(upload.status == .seeOther)
            let analysis = try #require(try await TranscriptAnalysis.query(on: app.db).first())
            let counts = try #require(analysis.goalMentionCounts(from: analysis.storedFigures))
            #expect(counts == [GoalMentionCount(goalID: fixture.a.goal, mentor: 2, mentee: 5)])
            // The words are not kept, only the counts.
            #expect(analysis.goalMentions?.contains("client") == false)
            let loaded = try await MirrorQuery.load(mentorID: fixture.a.mentor, organisationID: fixture.a.id, language: .en, on: app.db)
            let conversation = try #require(loaded.pairs[0].conversations.first { $0.id == fixture.a.conversation })
            #expect(conversation.goalMentions == counts)
            // Mapping the speakers the other way round swaps the sides, from the same stored counts.
            let mapping = SiteURL.transcriptMapping(conversation: fixture.a.conversation).path
            #expect(try await mentor.post(mapping, [("mentorSpeaker", "Mentee A"), ("menteeSpeaker", "Mentor A")]).status == .seeOther)
            let remapped = try #require(try await TranscriptAnalysis.query(on: app.db).first())
            #expect(remapped.goalMentionCounts(from: remapped.storedFigures) == [GoalMentionCount(goalID: fixture.a.goal, mentor: 5, mentee: 2)])
        }
    }

    @Test func aPatternHasNoSynonymsAndOverlongSynonymsAreRefused() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let admin = try await Self.signedIn(app, fixture.a.emails[.admin]!)
            let pattern = OrganisationListItem(organisationID: fixture.a.id, list: .attitudePattern, key: "custom-quiet", nameNL: "Stil", nameEN: "Quiet")
            try await pattern.create(on: app.db)
            // act and validate
            let patternPage = try await admin.get(SiteURL.adminListItemEdit(try pattern.requireID()).path).body.string
            #expect(!patternPage.contains(#"name="synonyms""#))
            let themePage = SiteURL.adminListItemEdit(fixture.a.listItem).path
            // One character too many is refused before the handler, with a message naming the limit; nothing is saved.
            let refused = try await Self.submit(admin, page: themePage, action: themePage,
                                                ["synonyms": String(repeating: "a", count: ListItemFormPage.Form.maxSynonymsLength + 1)])
            #expect(refused.status.code >= 400 && refused.status.code < 500)
            #expect(refused.body.string.contains("2,000"))
            #expect(try await OrganisationListItem.find(fixture.a.listItem, on: app.db)?.synonyms == "")
            #expect(FieldLimits.limit(for: "synonyms") == ListItemFormPage.Form.maxSynonymsLength)
            // The form's own check says the same in the reader's language.
            let form = ListItemFormPage.Form(nameNL: "Klant", nameEN: "Client", synonyms: String(repeating: "a", count: 2_001))
            guard case .failure(let errors) = form.validated(.nl) else { Issue.record("accepted"); return }
            #expect(errors.fields["synonyms"] == T.synonymsTooLong(.nl))
            #expect(try await Self.submit(admin, page: themePage, action: themePage, ["synonyms": String(repeating: "a", count: 2_000)]).status == .seeOther)
        }
    }

    @Test(arguments: ["en", "nl"]) func thePairsMirrorAndTheOverviewShowTheFocusThePracticeAndTheMentions(language: String) async throws {
        try await withTestApp { app in
            // setup: a focus for all mentees, an agreement the records do not follow, a counted transcript
            let fixture = try await Fixture.make(on: app)
            let lang: MentorCore.Language = language == "nl" ? .nl : .en
            let reflection = Reflection()
            reflection.$mentor.id = fixture.a.mentor
            reflection.periodFrom = Date(timeIntervalSinceNow: -90 * 86_400)
            reflection.periodTo = Date(timeIntervalSinceNow: -10 * 86_400)
            reflection.initiative = ""
            reflection.expectations = ""
            reflection.coreValues = ""
            reflection.learningGoals = ""
            reflection.focus = Focus.talkShareInBand.rawValue
            reflection.focusSince = Date(timeIntervalSinceNow: -10 * 86_400)
            try await reflection.create(on: app.db)
            let agreement = try await Agreement.query(on: app.db).filter(\.$mentorship.$id == fixture.a.pair).first() ?? Agreement(mentorshipID: fixture.a.pair)
            agreement.whoPlans = "The mentee plans"
            agreement.discussedOn = Date(timeIntervalSinceNow: -40 * 86_400)
            try await agreement.save(on: app.db)
            let mentor = try await Self.signedIn(app, fixture.a.emails[.mentor]!, language: language)
            #expect(try await mentor.upload(SiteURL.transcript(conversation: fixture.a.conversation).path, field: "file",
                                            filename: "meeting.vtt", content: Self.vtt).status == .seeOther)
            // act
            let page = try await mentor.get(SiteURL.pairMirror(fixture.a.pair).path)
            let overview = try await mentor.get(SiteURL.mirror.path)
            // validate
            #expect(page.status == .ok && overview.status == .ok)
            let html = page.body.string
            for text in [T.focusTitle(lang), T.focusName(.talkShareInBand)(lang), T.practiceTitle(lang), T.mentionsTitle(lang)] {
                #expect(html.contains(PageRendering.escaped(text)), "\(text)")
            }
            #expect(html.contains(#"id="focus""#) && html.contains(#"id="agreement-practice""#) && html.contains(#"id="goal-mentions""#))
            #expect(html.contains(PageRendering.escaped("Plan my work")))
            let overviewHTML = overview.body.string
            #expect(overviewHTML.contains(PageRendering.escaped(T.focusName(.talkShareInBand)(lang))))
            #expect(overviewHTML.contains(PageRendering.escaped(T.focusOverviewMentees(1)(lang))))
            // The mentee's own progress page never shows the mentor's focus.
            let mentee = try await Self.signedIn(app, fixture.a.emails[.mentee]!, language: language)
            let progress = try await mentee.get(SiteURL.progress(pair: fixture.a.pair).path).body.string
            #expect(!progress.contains(PageRendering.escaped(T.focusName(.talkShareInBand)(lang))))
        }
    }
}
