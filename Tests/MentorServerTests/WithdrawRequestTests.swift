import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

/// A mentee withdraws her own request while the mentor has not accepted it (issue 15).
@Suite struct WithdrawRequestTests {
    /// The spare mentee of organisation A asks the stranger mentor.
    static func request(_ fixture: Fixture, on app: Application) async throws -> Mentorship {
        let pair = Mentorship(organisationID: fixture.a.id, programmeID: fixture.a.programme, mentorID: fixture.a.strangerMentor,
                              menteeID: fixture.a.spare, status: .proposed)
        pair.requestedBy = .mentee
        try await pair.create(on: app.db)
        return pair
    }

    @Test func theMenteeWithdrawsAProposedPairAndTheMentorIsTold() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let pair = try await Self.request(fixture, on: app)
            let pairID = try pair.requireID()
            let mentee = TestClient(app, acceptLanguage: "nl")
            try await mentee.signIn("spare@a.example")
            // The page offers it, with its confirmation.
            let page = try await mentee.get(SiteURL.pair(pairID).path).body.string
            #expect(page.contains("Verzoek intrekken") && page.contains(SiteURL.pairWithdraw(pairID).path))
            // act: the confirmation's form, as the browser sends it
            let form = try #require(RenderedForm(in: page, actionPrefix: SiteURL.pairWithdraw(pairID).path))
            let response = try await mentee.post(form.action, form.fields)
            // validate
            #expect(response.status == .seeOther && response.headers.first(name: .location) == SiteURL.pairs.path)
            let after = try #require(try await Mentorship.find(pairID, on: app.db))
            #expect(after.status == .ended && after.endReason == PairMoves.withdrawnReason && after.endedOn != nil)
            let audit = try await AuditEvent.query(on: app.db).filter(\.$action == "withdraw").all()
            #expect(audit.count == 1 && audit.first?.entityID == pairID && audit.first?.$actor.id == fixture.a.spare)
            let told = try await Notification.query(on: app.db).filter(\.$kind == NotificationKind.requestWithdrawn.rawValue).all()
            #expect(told.map { $0.$person.id } == [fixture.a.strangerMentor])
            let notice = try #require(told.first)
            #expect(notice.link == SiteURL.pair(pairID).path)
            // The mentor (organisation A writes Dutch) reads who withdrew.
            let text = NotificationKind.requestWithdrawn.text(detail: notice.detail, formats: Formats(language: .nl, timeZone: app.settings.timeZone))
            #expect(text == "Spare A heeft het verzoek om jou als mentor ingetrokken.")
            // The ended pair shows why, in the reader's language.
            let english = TestClient(app, acceptLanguage: "en")
            try await english.signIn(fixture.a.emails[.coordinator]!)
            #expect(try await english.get(SiteURL.pair(pairID).path).body.string.contains("withdrawn by the mentee"))
            // A second withdraw changes nothing.
            #expect(try await mentee.post(SiteURL.pairWithdraw(pairID).path).status == .conflict)
            #expect(try await Notification.query(on: app.db).filter(\.$kind == NotificationKind.requestWithdrawn.rawValue).count() == 1)
        }
    }

    @Test func anActivePairCannotBeWithdrawnAndStaysAsItWas() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let mentee = TestClient(app, acceptLanguage: "en")
            try await mentee.signIn(fixture.a.emails[.mentee]!)
            let response = try await mentee.post(SiteURL.pairWithdraw(fixture.a.pair).path)
            #expect(response.status == .conflict)
            let pair = try #require(try await Mentorship.find(fixture.a.pair, on: app.db))
            #expect(pair.status == .active && pair.endReason == nil && pair.endedOn == nil)
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "withdraw").count() == 0)
            #expect(try await Notification.query(on: app.db).filter(\.$kind == NotificationKind.requestWithdrawn.rawValue).count() == 0)
            #expect(!(try await mentee.get(SiteURL.pair(fixture.a.pair).path).body.string.contains("Withdraw request")))
        }
    }

    @Test func theMentorCannotWithdrawTheRequest() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let pair = try await Self.request(fixture, on: app)
            let mentor = TestClient(app, acceptLanguage: "en")
            try await mentor.signIn(fixture.a.strangerEmail)
            // The pair's own mentor is not a mentee: refused before the pair is looked at.
            #expect(try await mentor.post(SiteURL.pairWithdraw(try pair.requireID()).path).status == .forbidden)
            #expect(try await Mentorship.find(try pair.requireID(), on: app.db)?.status == .proposed)
        }
    }
}
