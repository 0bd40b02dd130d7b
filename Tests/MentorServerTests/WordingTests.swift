import Testing
import Foundation
import Vapor
import VaporTesting
@testable import MentorServer
import MentorCore
import Matching

/// Issue 16, item 1: the Dutch a native speaker would write, on the pages that had texts
/// that read as translated; plurals; the mentee addressed on their own page; the empty
/// state that fits the reader; the tagline once; role names, erased names and file names
/// in the reader's language.
@Suite struct WordingTests {
    private func dutch(_ roles: Set<Role>, route: SiteURL? = nil) -> Viewer { Viewer.mock(language: .nl, roles: roles, route: route) }

    /// Checks that the page holds every new text and none of the old ones.
    @discardableResult
    private func expect(_ page: String, has new: [String], hasNot old: [String], sourceLocation: SourceLocation = #_sourceLocation) -> String {
        for text in new { #expect(page.contains(text), "missing \(text)", sourceLocation: sourceLocation) }
        for text in old { #expect(!page.contains(text), "still there: \(text)", sourceLocation: sourceLocation) }
        return page
    }

    // MARK: Plurals

    @Test func placesLeftHasAPlural() {
        #expect(T.placesLeft(1).nl == "1 plaats vrij" && T.placesLeft(2).nl == "2 plaatsen vrij")
        #expect(T.placesLeft(1).en == "1 place left" && T.placesLeft(2).en == "2 places left")
        #expect(T.placesLeft(0).nl == "0 plaatsen vrij")
    }

    @Test func theGreedyComparisonHasAPlural() {
        #expect(T.greedyMisses(1).nl == "1 van hen zou bij die aanpak buiten de boot vallen.")
        #expect(T.greedyMisses(2).nl == "2 van hen zouden bij die aanpak buiten de boot vallen.")
        #expect(T.greedyMisses(1).en == "1 of them would be left out by that approach.")
    }

    @Test func thePluralHelperPicksTheFormByCount() {
        let one = Plural.of(1, en: ("mentee", "mentees"), nl: ("gesprek", "gesprekken"))
        let two = Plural.of(2, en: ("mentee", "mentees"), nl: ("gesprek", "gesprekken"))
        #expect(one.en == "1 mentee" && one.nl == "1 gesprek" && two.en == "2 mentees" && two.nl == "2 gesprekken")
        #expect(T.levelsMoreSenior(1).nl == "één niveau hoger dan de mentee" && T.levelsMoreSenior(2).nl == "2 niveaus hoger dan de mentee")
    }

    @Test func placesShowWithTheirPluralOnTheMentorPages() {
        var find = FindMentorPage.Model.mock
        let two = FindMentorPage.render(find, viewer: dutch([.mentee])).render()
        expect(two, has: ["2 plaatsen vrij"], hasNot: [])
        find.mentors[0].placesLeft = 1
        expect(FindMentorPage.render(find, viewer: dutch([.mentee])).render(), has: ["1 plaats vrij"], hasNot: ["1 plaatsen vrij"])
        var pair = NewPairPage.Model.mock
        pair.mentors[0].placesLeft = 1
        expect(NewPairPage.render(pair, viewer: dutch([.coordinator])).render(), has: ["(1 plaats vrij)"], hasNot: ["1 plaatsen vrij"])
    }

    @Test func theMatchingPageUsesThePluralForThoseLeftOut() {
        var model = MatchingPage.Model.mock
        model.placedOnlyByOptimum = 1
        expect(MatchingPage.render(model, viewer: dutch([.coordinator])).render(), has: ["1 van hen zou bij die aanpak"], hasNot: ["1 van hen zouden"])
        model.placedOnlyByOptimum = 2
        expect(MatchingPage.render(model, viewer: dutch([.coordinator])).render(), has: ["2 van hen zouden bij die aanpak"], hasNot: [])
    }

    // MARK: Mirror, health, matching

    @Test func theMirrorSpeaksOfTheTargetRange() {
        let page = MirrorPage.render(.mock, viewer: dutch([.mentor])).render()
        expect(page, has: ["streefbereik", "hoeveel ruimte neem jij in het gesprek",
                           "het gesprek op initiatief van je mentee was"],
               hasNot: ["streefband", "streef 2", "hoeveel zend je tegenover ontvangen", "de mentee het gesprek nam"])
        let overview = MirrorOverviewPage.render(.mock, viewer: dutch([.mentor])).render()
        expect(overview, has: ["streefbereik"], hasNot: ["streefband", "streef 2"])
        #expect(T.talkBand("25%", "45%").nl == "streefbereik 25%–45%")
        #expect(T.talkPosition(.below).nl == "onder het streefbereik")
    }

    @Test func theHealthPageIsTheProgrammeMonitor() {
        let model = HealthPage.Model.mock
        let page = HealthPage.render(model, viewer: dutch([.coordinator])).render()
        expect(page, has: ["Programmamonitor: " + PageRendering.escaped(model.name), "Verwacht tot vandaag", "Pulsmeting",
                           "Wat het beter zou maken (in alfabetische volgorde)"],
               hasNot: ["Gezondheid", "Verwacht tot nu<", "Pulse-enquête", "(op alfabet)"])
        let home = HomePage.render(.mock, viewer: dutch([.coordinator, .mentor, .mentee, .admin])).render()
        expect(home, has: ["Programmamonitor →"], hasNot: ["Gezondheid"])
        let compare = ComparePage.render(.mock, viewer: dutch([.coordinator])).render()
        expect(compare, has: ["Pulsmeting (1–5)"], hasNot: ["Pulse (1-5)"])
    }

    @Test func thePulseSurveyIsAPulsmeting() {
        let page = PulsePage.render(.mock, viewer: dutch([.mentee])).render()
        expect(page, has: ["Pulsmeting: mentoring met"], hasNot: ["Pulse-enquête"])
        var closed = PulsePage.Model.mock
        closed.open = false
        expect(PulsePage.render(closed, viewer: dutch([.mentee])).render(), has: ["geen pulsmeting open"], hasNot: ["pulse-enquête"])
        expect(ProgrammeFormPage.render(.mock, viewer: dutch([.admin])).render(), has: ["Pulsmeting elke (aantal dagen)"], hasNot: ["Pulse-enquête"])
        expect(PersonalDataPage.render(.mock, viewer: dutch([.mentor])).render(), has: ["Pulsmeting"], hasNot: ["Pulse-enquête"])
        #expect(NotificationKind.pulseOpen.subject.nl == "Pulsmeting")
    }

    @Test func theOutboxIsOutgoingEmail() {
        expect(OutboxPage.render(.mock, viewer: dutch([.admin])).render(), has: ["Uitgaande e-mail"], hasNot: ["E-mail-postvak uit"])
    }

    @Test func matchingReasonsNameThemesAndLanguagesInTheReadersLanguage() throws {
        let mentee = MenteeProfile(id: "e", seniority: 0, practiceGroup: "Tax", languages: ["en"],
                                   goalThemes: [[GoalTheme.workOrganisation.rawValue, "Werkorganisatie", "Work organisation"]])
        let mentor = MentorProfile(id: "m", seniority: 1, practiceGroup: "Audit", languages: ["en", "nl"], expertise: ["Work organisation"], placesLeft: 1)
        guard case .allowed(_, let parts) = Scoring.score(mentee, mentor, weights: .init(), rules: .init()) else {
            Issue.record("the pair is not allowed"); return
        }
        let dutch = MatchExplanation.words(parts, mentee: mentee, language: .nl)
        expect(dutch, has: ["het leerdoel van de mentee (Werkorganisatie) past bij de expertise van de mentor", "beiden spreken Engels",
                            "één niveau hoger dan de mentee"],
               hasNot: ["Work organisation", "beiden spreken en", "niveau senior"])
        let english = MatchExplanation.words(parts, mentee: mentee, language: .en)
        expect(english, has: ["the mentee's goal (Work organisation)", "both speak English"], hasNot: ["Werkorganisatie", "both speak en"])
        // Without the mentee's names the built-in theme is still named in the reader's language.
        #expect(MatchExplanation.themeName("Work organisation", mentee: nil, language: .nl) == "Werkorganisatie")
        #expect(T.sharedLanguage(T.listed([T.spokenLanguage("nl").nl, T.spokenLanguage("en").nl]).nl).nl == "beiden spreken Nederlands en Engels")
    }

    // MARK: The reader's own words

    @Test func theMenteesProgressPageAddressesTheMentee() {
        let model = ProgressPage.Model.mock
        let page = ProgressPage.render(model, viewer: dutch([.mentee], route: .progress(pair: model.pairID))).render()
        expect(page, has: ["Gesprekken die je voorbereidde", "Jouw actiepunten op tijd af", "Gesprekken op jouw initiatief",
                           "Agendapunten die jij inbracht", "Jouw leerdoelen"],
               hasNot: ["de mentee", "De mentee", "van de mentee"])
        var empty = model
        empty.goals = []
        expect(ProgressPage.render(empty, viewer: dutch([.mentee])).render(), has: [T.noGoalsYet.nl], hasNot: ["de mentee"])
    }

    @Test func aMentorSeesTheEmptyGoalsWrittenForAMentor() {
        var pair = PairPage.Model.mock
        pair.goals = []
        pair.place = .mentor
        expect(PairPage.render(pair, viewer: dutch([.mentor])).render(), has: [T.noGoalsYetForMentor.nl], hasNot: [T.noGoalsYet.nl])
        pair.place = .mentee
        expect(PairPage.render(pair, viewer: dutch([.mentee])).render(), has: [T.noGoalsYet.nl], hasNot: [T.noGoalsYetForMentor.nl])
        var mirror = MirrorPage.Model.mock
        mirror.mirror.learningGoals = []
        expect(MirrorPage.render(mirror, viewer: dutch([.mentor])).render(), has: [T.noGoalsYetForMentor.nl], hasNot: [T.noGoalsYet.nl])
        // The home page and the pairs list: each role its own empty text.
        let home = HomePage.render(.init(mentees: [], mentorships: []), viewer: dutch([.mentor, .mentee])).render()
        expect(home, has: [T.noMenteesYet.nl, T.noMentorYet.nl], hasNot: [])
    }

    @Test(arguments: MentorCore.Language.allCases) func theHomePageShowsTheTaglineOnce(language: MentorCore.Language) {
        let page = HomePage.render(.mock, viewer: Viewer.mock(language: language, roles: [.mentor, .mentee, .coordinator, .admin])).render()
        #expect(page.components(separatedBy: PageRendering.escaped(T.tagline(language))).count - 1 == 1)
    }

    @Test func theDataDownloadPageNamesRolesAndLanguageInDutch() {
        var model = PersonalDataPage.Model.mock
        model.profile.roles = ["admin", "mentor"]
        let page = PersonalDataPage.render(model, viewer: dutch([.admin, .mentor])).render()
        expect(page, has: ["Beheerder, Mentor", "Taal: </strong>Nederlands"], hasNot: ["admin, mentor", "</strong>nl<"])
    }

    // MARK: Through the server

    @Test func anErasedPersonIsNamedInTheOrganisationsLanguage() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let admin = TestClient(app, acceptLanguage: "nl")
            try await admin.signIn(fixture.a.emails[.admin]!)
            let email = fixture.a.emails[.mentee]!
            #expect(try await admin.post("/admin/people/\(fixture.a.mentee)/erase", [("confirm", email)]).status == .seeOther)
            let erased = try #require(try await Person.find(fixture.a.mentee, on: app.db))
            #expect(erased.name == "Gewiste persoon")
            #expect(Erasure.isErased(erased.name) && Erasure.isErased("Erased person"))
            let people = try await admin.get("/admin/people").body.string
            expect(people, has: ["Gewiste persoon"], hasNot: ["Erased person"])
        }
    }

    @Test func theConversationsCalendarFileIsNamedInTheReadersLanguage() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let conversation = try #require(try await Conversation.find(fixture.a.conversation, on: app.db))
            let day = Formats(language: .nl, timeZone: app.settings.timeZone).isoDay(conversation.scheduledAt)
            for (language, name) in [("nl", "gesprek-\(day).ics"), ("en", "conversation-\(day).ics")] {
                let mentor = TestClient(app, acceptLanguage: language)
                try await mentor.signIn(fixture.a.emails[.mentor]!)
                try await mentor.post("/account/language", [("lang", language)])
                let response = try await mentor.get("/conversations/\(fixture.a.conversation)/calendar.ics")
                #expect(response.status == .ok)
                #expect(response.headers.first(name: .contentDisposition) == "attachment; filename=\"\(name)\"")
            }
        }
    }
}
