import Testing
import Foundation
@testable import MentorServer
import MentorCore
import Transcripts

/// The conversation pages, rendered from their mocks in Dutch and English, and their forms.
@Suite struct ConversationPageTests {
    static let model = ConversationPage.Model.mock

    @Test(arguments: MentorCore.Language.allCases) func conversationForTheMentor(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.mentor], route: .conversation(Self.model.id))
        let id = Self.model.id
        let page = PageRendering.expect(ConversationPage.render(Self.model, viewer: viewer), in: language, contains: [
            T.conversation(language), T.agenda(language), T.notes(language), T.actionItems(language), T.openFromEarlier(language),
            T.goalEvidence(language), T.transcript(language), T.valueScores(language), T.attitude(language), T.privateNotes(language),
            T.carriedForward(language), T.markCovered(language), T.saveDetails(language), T.mentorShareMeasured(language),
            #"action="\#(SiteURL.conversation(id).path)""#, #"href="\#(SiteURL.pair(Self.model.pairID).path)""#,
            #"href="\#(SiteURL.conversationCalendar(id).path)""#,
            #"action="\#(SiteURL.conversationAgenda(id).path)""#, #"action="\#(SiteURL.agendaItemCovered(Self.model.agenda[0].id).path)""#,
            #"action="\#(SiteURL.conversationNotes(id).path)""#, #"action="\#(SiteURL.conversationActions(id).path)""#,
            #"action="\#(SiteURL.actionDone(Self.model.actionsHere[0].id).path)""#, #"value="\#(SiteURL.conversation(id).path)""#,
            #"action="\#(SiteURL.conversationEvidence(id).path)""#, #"action="\#(SiteURL.conversationScores(id).path)""#,
            #"action="\#(SiteURL.conversationObservations(id).path)""#, #"action="\#(SiteURL.transcript(conversation: id).path)""#,
            #"action="\#(SiteURL.transcriptMapping(conversation: id).path)""#, #"action="\#(SiteURL.transcriptDeleteText(conversation: id).path)""#,
            #"action="\#(SiteURL.transcriptDelete(conversation: id).path)""#, #"name="talkShare""#, #"value="40""#,
        ])
        for text in ["Jeroen <Partners>", "Emma <script>", "Plan my <script> week", "Shared <Partners> notes", "Private <script> notes",
                     "Draft a <script> plan", "Kept the <script> plan", "Ownership <Partners>", "Proposed a <script> plan", "Waits for <Partners>",
                     "Jeroen: how did the <script> week go?", "Saved <script>", "Room <Partners>"] {
            #expect(page.contains(PageRendering.escaped(text)), "\(text) not escaped")
        }
    }

    @Test(arguments: MentorCore.Language.allCases) func conversationForTheMenteeHidesTheMentorsSections(language: MentorCore.Language) {
        var model = Self.model
        model.isMentor = false
        model.privateNotes = nil
        model.talkSharePercent = nil
        model.values = []; model.scores = []; model.patterns = []; model.observations = []
        let viewer = Viewer.mock(language: language, roles: [.mentee], route: .conversation(model.id))
        let page = PageRendering.expect(ConversationPage.render(model, viewer: viewer), in: language, contains: [
            T.agenda(language), T.sharedNotes(language), T.goalEvidence(language),
        ])
        for hidden in [T.valueScores(language), T.attitude(language), T.privateNotes(language), #"name="talkShare""#, #"name="initiative""#,
                       SiteURL.conversationEvidence(model.id).path, SiteURL.conversationScores(model.id).path] {
            #expect(!page.contains(hidden), "\(hidden) on the mentee's page")
        }
    }

    /// Both sides' moves, timing, language signals and thirds, in the viewer's language, for
    /// the mentor and the mentee alike; a figure the file could not show is "not measurable".
    @Test(arguments: MentorCore.Language.allCases) func bothSidesMovesAreShownToBothOfThePair(language: MentorCore.Language) throws {
        let formats = Formats(language: language, timeZone: TimeZone(identifier: "Europe/Amsterdam")!)
        let talk = try #require(Self.model.transcript?.talk)
        var mentee = Self.model
        mentee.isMentor = false
        mentee.privateNotes = nil
        mentee.talkSharePercent = nil
        mentee.values = []; mentee.scores = []; mentee.patterns = []; mentee.observations = []
        for (model, role) in [(Self.model, Role.mentor), (mentee, Role.mentee)] {
            let viewer = Viewer.mock(language: language, roles: [role], route: .conversation(model.id))
            let page = PageRendering.expect(ConversationPage.render(model, viewer: viewer), in: language, contains: [
                T.talkMovesTitle(language), T.talkMovesLead(language), T.talkQuestionsHint(language), T.talkReflectionsHint(language),
                T.talkTellingHint(language), T.talkTimingHint(language), T.talkSignalsHint(language), T.talkThirdsHint(language),
                T.notMeasurableNote(language), #"tabindex="0""#, #"aria-label="\#(T.talkMovesTableLabel(language))""#,
                #"<th scope="col">"#, #"<th scope="rowgroup" colspan="3">"#,
            ])
            // One row per figure: its label, the mentor's value, the mentee's.
            let rows = Self.talkRows(page)
            #expect(rows[T.openQuestions(language)] == ["5", "0"])
            #expect(rows[T.closedQuestions(language)] == ["2", "3"])
            #expect(rows[T.reflections(language)] == ["4", "1"])
            #expect(rows[T.advice(language)] == ["3", "0"])
            #expect(rows[T.adviceWithPermission(language)] == ["1", "0"])
            #expect(rows[T.information(language)] == ["9", "14"])
            #expect(rows[T.ownStories(language)] == ["2", "1"])
            #expect(rows[T.stackedQuestions(language)] == ["1", "0"])
            #expect(rows[T.selfAnsweredQuestions(language)] == ["1", "0"])
            #expect(rows[T.waitTimeMedian(language)] == [formats.number(2.4), formats.number(0.8)])
            #expect(rows[T.waitTimeLong(language)] == [formats.percent(0.29), formats.percent(0)])
            #expect(rows[T.patience(language)] == [formats.number(1.1), formats.number(0.6)])
            #expect(rows[T.interruptions(language)] == [T.notMeasurable(language), T.notMeasurable(language)])
            #expect(rows[T.answerAfterOpen(language)] == [formats.number(48.5), T.notMeasurable(language)])
            #expect(rows[T.answerAfterClosed(language)] == ["7", "12"])
            #expect(rows[T.longestStretch(language)] == ["95", "140"])
            #expect(rows[T.hedges(language)] == [formats.number(1.2), formats.number(3.1)])
            #expect(rows[T.ownView(language)] == [formats.number(1.6), formats.number(0.7)])
            #expect(rows[T.firstThird(language)] == [formats.percent(0.7), formats.percent(0.3)])
            #expect(rows[T.lastThird(language)] == [formats.percent(0.4), formats.percent(0.55)])
            // Both sides by their names, escaped, with their place in the pair.
            for name in [talk.mentor.name, talk.mentee.name] {
                #expect(page.contains(#"<th scope="col">\#(PageRendering.escaped(name))<span"#), "\(name) not a column")
            }
            #expect(page.contains(T.mentor(language)) && page.contains(T.mentee(language)))
        }
        // Private notes stay the mentor's.
        let menteePage = ConversationPage.render(mentee, viewer: Viewer.mock(language: language, roles: [.mentee], route: .conversation(mentee.id))).render()
        #expect(!menteePage.contains(PageRendering.escaped("Private <script> notes")) && !menteePage.contains(T.privateNotes(language)))
    }

    @Test(arguments: MentorCore.Language.allCases) func speakerNamesWithMarkupAreEscapedInTheTalkTable(language: MentorCore.Language) throws {
        var model = Self.model
        var talk = try #require(model.transcript?.talk)
        talk.mentor.name = "<img src=x onerror=alert(1)>"
        talk.mentee.name = "Emma </th><script>alert(2)</script>"
        talk.thirds = []
        model.transcript?.talk = talk
        let viewer = Viewer.mock(language: language, roles: [.mentee], route: .conversation(model.id))
        let page = PageRendering.expect(ConversationPage.render(model, viewer: viewer), in: language, contains: [
            PageRendering.escaped(talk.mentor.name), PageRendering.escaped(talk.mentee.name),
        ])
        #expect(!page.contains("<img") && !page.contains("</th><script>"))
        // Without thirds (a conversation without length) the thirds say "not measurable".
        #expect(Self.talkRows(page)[T.talkThirds(language)] == [T.notMeasurable(language), T.notMeasurable(language)])
        // Without a mapping both speakers have, the section is left out and the page still renders.
        model.transcript?.talk = nil
        #expect(!ConversationPage.render(model, viewer: viewer).render().contains(T.talkMovesTitle(language)))
    }

    /// The talk table's rows: each row header's text and its cells' texts.
    static func talkRows(_ page: String) -> [String: [String]] {
        var rows: [String: [String]] = [:]
        var rest = page[...]
        while let start = rest.range(of: "<th scope=\"row\"") {
            guard let close = rest[start.upperBound...].range(of: ">"), let end = rest[close.upperBound...].range(of: "</tr>") else { break }
            let row = String(rest[close.upperBound..<end.lowerBound])
            let label = String(row[..<(row.range(of: "</th>")?.lowerBound ?? row.endIndex)])
            rows[label] = row.components(separatedBy: "<td>").dropFirst().map { String($0[..<($0.range(of: "</td>")?.lowerBound ?? $0.endIndex)]) }
            rest = rest[end.upperBound...]
        }
        return rows
    }

    @Test(arguments: MentorCore.Language.allCases) func anEndedPairsConversationHasNoForms(language: MentorCore.Language) {
        var model = Self.model
        model.open = false
        let viewer = Viewer.mock(language: language, roles: [.mentor], route: .conversation(model.id))
        let page = PageRendering.expect(ConversationPage.render(model, viewer: viewer), in: language, contains: [
            T.sharedNotes(language), PageRendering.escaped("Shared <Partners> notes"),
        ])
        for form in [SiteURL.conversation(model.id), .conversationAgenda(model.id), .conversationNotes(model.id), .conversationActions(model.id),
                     .transcript(conversation: model.id), .transcriptMapping(conversation: model.id)] {
            #expect(!page.contains(#"action="\#(form.path)""#), "\(form.path) on an ended pair's page")
        }
    }

    @Test(arguments: MentorCore.Language.allCases) func aRefusedFormIsShownAsSentWithItsMessage(language: MentorCore.Language) {
        var model = Self.model
        model.draft = .init(agenda: .init(agendaText: "Typed <script> text"))
        model.errors = ["agendaText": T.required(language)]
        let viewer = Viewer.mock(language: language, roles: [.mentor], route: .conversation(model.id))
        let page = PageRendering.expect(ConversationPage.render(model, viewer: viewer), in: language, contains: [T.required(language)])
        #expect(page.contains(PageRendering.escaped("Typed <script> text")))
    }

    @Test(arguments: MentorCore.Language.allCases) func newConversation(language: MentorCore.Language) {
        let model = NewConversationPage.Model.mock
        let viewer = Viewer.mock(language: language, roles: [.mentor], route: .conversationNew(pair: model.pairID))
        let page = PageRendering.expect(NewConversationPage.render(model, viewer: viewer), in: language, contains: [
            T.planConversation(language), T.statusPlanned(language), T.statusHeld(language), T.initiative(language), T.cancel(language),
            #"action="\#(SiteURL.conversations(pair: model.pairID).path)""#, #"href="\#(SiteURL.pair(model.pairID).path)""#,
            #"value="2026-06-01""#, #"value="45""#,
        ])
        #expect(page.contains(PageRendering.escaped("Room <Partners>")))
        var mentee = model
        mentee.isMentor = false
        mentee.errors = ["date": T.invalidDay(language)]
        let menteePage = NewConversationPage.render(mentee, viewer: viewer).render()
        #expect(!menteePage.contains(#"name="initiative""#) && menteePage.contains(T.invalidDay(language)))
    }

    @Test func theEmptyNewConversationIsAWeekAheadAtTen() {
        let formats = Formats(language: .en, timeZone: TimeZone(identifier: "Europe/Amsterdam")!)
        let now = Date(timeIntervalSince1970: 1_780_000_000)
        let model = NewConversationPage.Query.model(pairID: UUID(), role: .mentee, now: now, formats: formats)
        #expect(model.form.date == formats.isoDay(now.addingTimeInterval(7 * 86_400)))
        #expect(model.form.time == "10:00" && model.form.durationMinutes == "60" && model.form.initiative == "mentee" && !model.isMentor)
    }

    // MARK: Forms

    static let formats = Formats(language: .en, timeZone: TimeZone(identifier: "Europe/Amsterdam")!)
    static let now = Date(timeIntervalSince1970: 1_780_000_000)

    @Test func detailsAreCheckedAgainstTheClock() throws {
        let day = Self.formats.isoDay(Self.now.addingTimeInterval(3 * 86_400))
        let planned = ConversationPage.DetailsForm(date: " \(day) ", time: "10:00", durationMinutes: "45", place: " Room 2 ", status: "planned", initiative: "mentee")
        let valid = try planned.validated(Self.formats, role: .mentor, allowCancelled: false, now: Self.now).get()
        #expect(valid.durationMinutes == 45 && valid.place == "Room 2" && valid.status == .planned && valid.initiative == .mentee)
        #expect(Self.formats.timeOfDay(valid.at) == "10:00")
        // A mentee's conversation is the mentee's initiative, whatever the form says.
        var mentor = planned
        mentor.initiative = "mentor"
        #expect(try mentor.validated(Self.formats, role: .mentee, allowCancelled: false, now: Self.now).get().initiative == .mentee)
        // A new conversation cannot be cancelled; an existing one can.
        var cancelled = planned
        cancelled.status = "cancelled"
        #expect(try cancelled.validated(Self.formats, role: .mentor, allowCancelled: false, now: Self.now).get().status == .planned)
        #expect(try cancelled.validated(Self.formats, role: .mentor, allowCancelled: true, now: Self.now).get().status == .cancelled)
        // Errors per field.
        let held = ConversationPage.DetailsForm(date: day, time: "10:00", durationMinutes: "60", place: nil, status: "held", initiative: nil)
        #expect(Self.errors(held.validated(Self.formats, role: .mentor, allowCancelled: false, now: Self.now)) == ["date"])
        let badTime = ConversationPage.DetailsForm(date: day, time: "25:00", durationMinutes: "60", place: nil, status: "planned", initiative: nil)
        #expect(Self.errors(badTime.validated(Self.formats, role: .mentor, allowCancelled: false, now: Self.now)) == ["time"])
        let badDay = ConversationPage.DetailsForm(date: "soon", time: nil, durationMinutes: "2", place: nil, status: nil, initiative: nil)
        #expect(Self.errors(badDay.validated(Self.formats, role: .mentor, allowCancelled: false, now: Self.now)) == ["date"])
        let long = ConversationPage.DetailsForm(date: day, time: "10:00", durationMinutes: "600", place: nil, status: "cancelled", initiative: nil)
        #expect(Self.errors(long.validated(Self.formats, role: .mentor, allowCancelled: true, now: Self.now)) == ["durationMinutes"])
    }

    @Test func agendaNotesAndActions() throws {
        #expect(try ConversationPage.AgendaForm(agendaText: " Feedback ").validated(.en).get() == "Feedback")
        #expect(Self.errors(ConversationPage.AgendaForm(agendaText: "  ").validated(.en)) == ["agendaText"])
        let notes = ConversationPage.NotesForm(sharedNotes: " Shared ", privateNotes: " Mine ", talkShare: "40")
        #expect(try notes.validated(.en, isMentor: true).get() == .init(sharedNotes: "Shared", mentor: .init(privateNotes: "Mine", talkShare: 0.4)))
        // The mentee's form carries only the shared notes, whatever else is sent.
        #expect(try notes.validated(.en, isMentor: false).get() == .init(sharedNotes: "Shared", mentor: nil))
        #expect(try ConversationPage.NotesForm(sharedNotes: nil, privateNotes: nil, talkShare: "").validated(.en, isMentor: true).get().mentor?.talkShare == nil)
        #expect(Self.errors(ConversationPage.NotesForm(sharedNotes: "", privateNotes: "", talkShare: "140").validated(.en, isMentor: true)) == ["talkShare"])
        #expect(Self.errors(ConversationPage.NotesForm(sharedNotes: "", privateNotes: "", talkShare: "x").validated(.en, isMentor: false)) == [])
        let action = try ConversationPage.ActionForm(actionText: "Plan", owner: "mentor", dueOn: "2026-06-01").validated(Self.formats).get()
        #expect(action.text == "Plan" && action.owner == .mentor && action.dueOn.map(Self.formats.isoDay) == "2026-06-01")
        #expect(try ConversationPage.ActionForm(actionText: "Plan", owner: "someone", dueOn: nil).validated(Self.formats).get().owner == .mentee)
        #expect(Self.errors(ConversationPage.ActionForm(actionText: "", owner: nil, dueOn: "later").validated(Self.formats)) == ["actionText", "dueOn"])
    }

    @Test func anActionReturnsOnlyToAConversationPage() {
        let id = UUID()
        #expect(ConversationPage.ActionDoneForm(back: SiteURL.conversation(id).path).backConversation == id)
        #expect(ConversationPage.ActionDoneForm(back: SiteURL.pair(id).path).backConversation == nil)
        #expect(ConversationPage.ActionDoneForm(back: "https://evil.example/\(id)").backConversation == nil)
        #expect(ConversationPage.ActionDoneForm(back: nil).backConversation == nil)
    }

    @Test func theMentorsFormsPointOnlyAtThisPairAndOrganisation() throws {
        let goal = UUID(), value = UUID()
        #expect(try ConversationPage.EvidenceForm(goal: goal.uuidString, evidenceText: " Saw it ").validated(.en, goals: [goal]).get() == .init(goal: goal, text: "Saw it"))
        #expect(Self.errors(ConversationPage.EvidenceForm(goal: UUID().uuidString, evidenceText: "").validated(.en, goals: [goal])) == ["goal", "evidenceText"])
        #expect(try ConversationPage.ScoreForm(value: value.uuidString, score: "4", behaviour: "Led").validated(.en, values: [value]).get()
                == .init(value: value, score: 4, behaviour: "Led"))
        #expect(Self.errors(ConversationPage.ScoreForm(value: value.uuidString, score: "4", behaviour: " ").validated(.en, values: [value])) == ["behaviour"])
        #expect(Self.errors(ConversationPage.ScoreForm(value: nil, score: "7", behaviour: "").validated(.en, values: [value])) == ["value", "score", "behaviour"])
        #expect(try ConversationPage.ObservationForm(pattern: "waits", effect: "helps", observationNote: nil).validated(.en, patterns: ["waits"]).get()
                == .init(pattern: "waits", effect: .helps, note: ""))
        #expect(Self.errors(ConversationPage.ObservationForm(pattern: "made_up", effect: "x", observationNote: nil).validated(.en, patterns: ["waits"]))
                == ["pattern", "effect"])
    }

    @Test func aTranscriptMappingNamesTwoOfItsSpeakers() throws {
        let figures = TranscriptAnalyzer.analyze(try TranscriptParser.parse(TranscriptServerTests.vtt))
        let mapping = try ConversationPage.TranscriptMappingForm(mentorSpeaker: " Mentor A ", menteeSpeaker: "Guest").validated(for: figures).get()
        #expect(mapping == SpeakerMapping(mentor: "Mentor A", mentee: "Guest"))
        for (mentor, mentee) in [("Guest", "Guest"), ("Mentor A", "Nobody"), ("", "")] {
            guard case .failure(let error) = ConversationPage.TranscriptMappingForm(mentorSpeaker: mentor, menteeSpeaker: mentee).validated(for: figures) else {
                Issue.record("accepted \(mentor) / \(mentee)"); continue
            }
            #expect(error.status == .unprocessableEntity)
        }
        guard case .failure(let missing) = ConversationPage.TranscriptUploadForm(file: nil, keep: "on").validated(maxBytes: 10) else {
            Issue.record("accepted no file"); return
        }
        #expect(missing.status == .unprocessableEntity)
    }

    static func errors<T>(_ result: Result<T, FormErrors>) -> Set<String> {
        if case .failure(let errors) = result { return Set(errors.fields.keys) }
        return []
    }
}
