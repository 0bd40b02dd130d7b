import Testing
import Foundation
import Fluent
@testable import MentorServer
import MentorCore

/// The start page, rendered from its mock in Dutch and English.
@Suite struct HomePageTests {
    @Test(arguments: MentorCore.Language.allCases) func everySectionOfTheStartPage(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.mentor, .mentee, .coordinator, .admin], route: .home)
        let model = HomePage.Model.mock
        let page = PageRendering.expect(HomePage.render(model, viewer: viewer), in: language, contains: [
            T.yourMentees(language), T.yourMentor(language), T.administration(language), T.notDiscussedYet(language),
            T.nonePlanned(language), T.health(language), T.matching(language), T.peopleCount(language),
            #"href="\#(SiteURL.pair(model.mentees![0].pairID).path)""#,
            #"href="\#(SiteURL.pair(model.mentorships![0].pairID).path)""#,
            #"href="\#(SiteURL.programmeHealth(model.programmes![0].id).path)""#,
            #"href="\#(SiteURL.matching(programme: model.programmes![0].id).path)""#,
            #"href="\#(SiteURL.programmesCompare.path)""#, #"href="\#(SiteURL.adminPeople.path)""#,
            #"href="\#(SiteURL.adminValues.path)""#, #"href="\#(SiteURL.adminProgrammes.path)""#, ">42<",
        ])
        #expect(page.contains(PageRendering.escaped("Bram & <Partners>")))
        #expect(page.contains(PageRendering.escaped("Plan <script>week</script>")))
    }

    @Test(arguments: MentorCore.Language.allCases) func sectionsWithoutPairsSayWhatHappensNext(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.mentor, .mentee], route: .home)
        PageRendering.expect(HomePage.render(.init(mentees: [], mentorships: []), viewer: viewer), in: language, contains: [
            T.noMenteesYet(language), T.noMentorYet(language),
        ])
    }
}

/// The start page's query, on its own database.
@Suite struct HomePageQueryTests {
    @Test func aMentorSeesEachPairsLastAndNextConversationAndOpenActions() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            try await MirrorQueryCountTests.growPairs(of: fixture.a, to: 3, on: app.db)
            let now = app.now
            // act
            let rows = try await HomePage.Query.menteeRows(mentorID: fixture.a.mentor, now: now, on: app.db)
            // validate
            #expect(rows.count == 3)
            #expect(rows.map(\.name) == rows.map(\.name).sorted())
            let fixturePair = try #require(rows.first { $0.pairID == fixture.a.pair })
            #expect(fixturePair.openActions == 1 && fixturePair.nextConversation == nil && fixturePair.lastConversation != nil)
            #expect(fixturePair.agreementDiscussedOn == nil)
            let grown = try #require(rows.first { $0.pairID != fixture.a.pair })
            #expect(grown.openActions == 1 && grown.agreementDiscussedOn != nil)
            #expect(try #require(grown.nextConversation) > now && grown.lastConversation! < now)
        }
    }

    @Test func aMenteeSeesTheirOwnOpenActionsAndGoalsPerMentor() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            try await ActionItem(mentorshipID: fixture.a.pair, conversationID: fixture.a.conversation, ownerSide: .mentor,
                                 text: "Mentor's own", dueOn: nil, doneOn: nil).create(on: app.db)
            try await MirrorQueryCountTests.growPairs(of: fixture.a, to: 2, asMentee: true, on: app.db)
            // act
            let rows = try await HomePage.Query.mentorRows(menteeID: fixture.a.mentee, now: app.now, on: app.db)
            // validate
            #expect(rows.count == 2)
            let first = try #require(rows.first { $0.pairID == fixture.a.pair })
            #expect(first.openActions.map(\.text) == ["Draft a weekly plan"])
            #expect(first.goals == [.init(title: "Plan my work", status: .open)])
            #expect(rows.first { $0.pairID != fixture.a.pair }?.nextConversation != nil)
        }
    }
}
