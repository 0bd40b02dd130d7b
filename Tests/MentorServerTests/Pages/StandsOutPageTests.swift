import Testing
import Foundation
@testable import MentorServer
@testable import MentorCore

/// "What stands out" at the top of both mirror pages, each line a link to a section that exists.
@Suite struct StandsOutPageTests {
    /// The `href`s of the lines of "what stands out", and the ids the page has.
    static func links(_ page: String) -> (hrefs: [String], ids: Set<String>) {
        let section = page.components(separatedBy: #"id="stands-out""#).dropFirst().first?.components(separatedBy: "</section>").first ?? ""
        let hrefs = section.components(separatedBy: #"<a href=""#).dropFirst().map { String($0.prefix { $0 != "\"" }) }
        let ids = Set(page.components(separatedBy: #" id=""#).dropFirst().map { String($0.prefix { $0 != "\"" }) })
        return (hrefs, ids)
    }

    @Test(arguments: MentorCore.Language.allCases) func theOverviewLinksItsOwnLinesBelowAndAPairsLineToThatPairsMirror(language: MentorCore.Language) {
        // setup: across the mentees sending stands out; the second mentee has expectations not yet discussed.
        var model = MirrorOverviewPage.Model.mock
        model.overall!.standsOut = [StandOut(kind: .sending, section: .sending, verdict: .tooMuch, reason: .talkAboveBand)]
        model.mirrors[0].standsOut = []
        model.mirrors[1].standsOut = [StandOut(kind: .agreement, section: .expectations, reviewDue: false)]
        let viewer = Viewer.mock(language: language, roles: [.mentor], route: .mirror)
        // act
        let page = PageRendering.expect(MirrorOverviewPage.render(model, viewer: viewer), in: language, contains: [T.standsOutTitle(language)])
        // validate
        let (hrefs, ids) = Self.links(page)
        #expect(hrefs == ["#balance-all", SiteURL.pairMirror(model.mirrors[1].pairID).path(fragment: StandOut.Section.expectations.rawValue)])
        #expect(ids.contains("balance-all"))
        #expect(page.contains(PageRendering.escaped(model.mirrors[1].menteeName + ": ")))
        #expect(page.range(of: T.standsOutTitle(language))!.lowerBound < page.range(of: T.acrossMentees(language))!.lowerBound)
    }

    @Test(arguments: MentorCore.Language.allCases) func everyLineOfThePairsMirrorLinksToASectionOfThePage(language: MentorCore.Language) {
        // setup: every kind of line there is, three at a time.
        var model = MirrorPage.Model.mock
        let viewer = Viewer.mock(language: language, roles: [.mentor], route: .pairMirror(model.mirror.pairID))
        let all = [StandOut(kind: .sending, section: .sending, verdict: .tooLittle), StandOut(kind: .calibration, section: .calibration, points: 12),
                   StandOut(kind: .agreement, section: .expectations, reviewDue: true), StandOut(kind: .initiative, section: .initiative),
                   StandOut(kind: .workOrganisation, section: .goals), StandOut(kind: .goalNotSeen, section: .goals, count: 4, goalTitle: "<Plan>")]
        for start in stride(from: 0, to: all.count, by: 3) {
            model.mirror.standsOut = Array(all[start..<start + 3])
            // act
            let page = PageRendering.expect(MirrorPage.render(model, viewer: viewer), in: language, contains: [T.standsOutTitle(language)])
            // validate
            let (hrefs, ids) = Self.links(page)
            #expect(hrefs.count == 3)
            for href in hrefs { #expect(href.hasPrefix("#") && ids.contains(String(href.dropFirst())), "\(href)") }
        }
        // Nothing standing out: no section at all.
        model.mirror.standsOut = []
        #expect(!MirrorPage.render(model, viewer: viewer).render().contains(#"id="stands-out""#))
    }
}
