import Testing
import Foundation
@testable import MentorServer
import MentorCore

/// Programme health, the comparison and the notifications, rendered from their mocks.
@Suite struct HealthPageTests {
    @Test(arguments: MentorCore.Language.allCases) func theHealthPageShowsEveryTableWithItsDownload(language: MentorCore.Language) {
        let model = HealthPage.Model.mock
        let viewer = Viewer.mock(language: language, roles: [.coordinator], route: .programmeHealth(model.programmeID))
        var texts = [T.healthLead(language), T.quietPairs(language), T.waitingRequests(language), T.pulse(language),
                     #"href="\#(SiteURL.programmesCompare.path)""#]
        texts += HealthPage.Table.allCases.map { #"href="\#(SiteURL.programmeHealthExport(model.programmeID).path(query: [("table", $0.rawValue)]))""# }
        let page = PageRendering.expect(HealthPage.render(model, viewer: viewer), in: language, contains: texts)
        #expect(page.contains(PageRendering.escaped("Programme <Partners> 2026")))
    }

    @Test(arguments: MentorCore.Language.allCases) func everyTableHasAHeaderAndItsRows(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.coordinator])
        let health = HealthPage.Model.mock.health
        #expect(HealthPage.rows(.status, health: health, viewer: viewer).count == MentorshipStatus.allCases.count + 1)
        #expect(HealthPage.rows(.talk, health: health, viewer: viewer).count == 11)
        #expect(HealthPage.rows(.fit, health: health, viewer: viewer).first == [T.answerColumn(language), T.countColumn(language)])
    }

    @Test(arguments: MentorCore.Language.allCases) func theComparisonLinksEveryProgramme(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.coordinator], route: .programmesCompare)
        let model = ComparePage.Model.mock
        let page = PageRendering.expect(ComparePage.render(model, viewer: viewer), in: language, contains: [
            T.compareProgrammes(language), T.compareLead(language), T.downloadCSV(language),
            #"href="\#(SiteURL.programmesCompareExport.path)""#,
        ] + model.rows.map { #"href="\#(SiteURL.programmeHealth($0.programmeID).path)""# })
        #expect(page.contains(PageRendering.escaped("Pilot <script>2025</script>")))
        #expect(ComparePage.rows(model.rows, viewer: viewer).count == 3)
        PageRendering.expect(ComparePage.render(.init(rows: []), viewer: viewer), in: language, contains: [T.noProgrammesForCoordinator(language)])
    }

    @Test func theExportNamesOneOfThePagesTables() throws {
        #expect(try HealthPage.ExportForm(table: "quiet").validated(.en).get() == .quiet)
        guard case .failure = HealthPage.ExportForm(table: "people").validated(.en) else { Issue.record("accepted"); return }
        guard case .failure = HealthPage.ExportForm(table: nil).validated(.nl) else { Issue.record("accepted"); return }
    }

    @Test(arguments: MentorCore.Language.allCases) func notificationsOpenAndMarkRead(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.mentee], route: .notifications)
        let model = NotificationsPage.Model.mock
        let page = PageRendering.expect(NotificationsPage.render(model, viewer: viewer), in: language, contains: [
            T.notifications(language), T.markAllRead(language), T.unreadBadge(language),
            #"action="\#(SiteURL.notificationsReadAll.path)""#,
            #"href="\#(SiteURL.account.path(fragment: "notifications"))""#,
        ] + model.items.map { #"action="\#(SiteURL.notificationOpen($0.id).path)""# })
        #expect(page.contains(PageRendering.escaped("Plan <script>week</script>")) || page.contains(PageRendering.escaped("Bram & <Partners>")))
        var read = model
        read.items = read.items.map { var item = $0; item.read = true; return item }
        #expect(!NotificationsPage.render(read, viewer: viewer).render().contains(T.markAllRead(language)))
        PageRendering.expect(NotificationsPage.render(.init(items: []), viewer: viewer), in: language, contains: [T.noNotifications(language)])
    }

    @Test func theNotificationChoiceIsEmailOrApp() throws {
        #expect(try NotificationsPage.ChoiceForm(delivery: "email").validated(.en).get() == .everyEvent)
        #expect(try NotificationsPage.ChoiceForm(delivery: "app").validated(.nl).get() == .never)
        #expect(try NotificationsPage.ChoiceForm(delivery: "reminders").validated(.nl).get() == .remindersOnly)
        guard case .failure = NotificationsPage.ChoiceForm(delivery: "sms").validated(.en) else { Issue.record("accepted"); return }
    }
}
