import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

/// What a coordinator decides about pairs reaches exactly the people of those pairs, once, in
/// each reader's language, naming the other side and the programme: a pair formed directly, a
/// proposal withdrawn, a matching round undone. Never the coordinator who acted, never the other
/// organisation. Every form is submitted as the page renders it.
@Suite struct PairEventsServerTests {
    typealias Events = EventNotificationTests

    static func day(_ language: Language, _ app: Application) -> String {
        Formats(language: language, timeZone: app.settings.timeZone).longDate(app.now)
    }

    /// Nobody but `expected` has any notification at all.
    static func nobodyElse(_ fixture: Fixture, but expected: [UUID], on db: any Database) async throws {
        for person in Events.everyone(fixture) where !expected.contains(person) {
            #expect(try await Notification.query(on: db).filter(\.$person.$id == person).count() == 0, "\(person) was told")
        }
    }

    @Test func aPairFormedByACoordinatorReachesBothOfItsPeopleOnceInTheirLanguage() async throws {
        try await withTestApp { app in
            // setup: the stranger mentor reads English, the spare mentee wants no e-mail at all
            Events.mailOn(app)
            let fixture = try await Fixture.make(on: app)
            let stranger = try #require(try await Person.find(fixture.a.strangerMentor, on: app.db))
            stranger.language = .en
            try await stranger.save(on: app.db)
            let spare = try #require(try await Person.find(fixture.a.spare, on: app.db))
            EmailChoice.never.apply(to: spare)
            try await spare.save(on: app.db)
            let coordinator = try await CorrectionServerTests.signedIn(app, fixture.a.emails[.coordinator]!, language: "nl")
            let typed = ["programme": fixture.a.programme.uuidString, "mentor": fixture.a.strangerMentor.uuidString,
                         "mentee": fixture.a.spare.uuidString]
            // act
            let sent = try await CorrectionServerTests.submit(coordinator, page: SiteURL.pairNew.path, action: SiteURL.pairs.path, typed)
            // validate: both people, once; the mentee in the firm's Dutch, the mentor in English by e-mail too
            #expect(sent.status == .seeOther)
            let both = Events.sorted([fixture.a.strangerMentor, fixture.a.spare])
            #expect(try await Events.told(.pairFormed, on: app.db) == both)
            #expect(try await Events.text(.pairFormed, for: fixture.a.spare, language: .nl, on: app)
                == "Op \(Self.day(.nl, app)) heeft een coördinator jou en Stranger A een mentorkoppel gemaakt in Programme a. Bekijk de pagina van het koppel.")
            let mails = try await Events.mails(.pairFormed, on: app.db)
            #expect(mails.map(\.recipient) == ["stranger@a.example"])
            let mail = try #require(mails.first)
            #expect(mail.subject == "A new mentoring pair")
            #expect(mail.body.contains("On \(Self.day(.en, app)) a coordinator made you and Spare A a mentoring pair in Programme a."))
            let pairID = try #require(try await Mentorship.query(on: app.db).filter(\.$mentee.$id == fixture.a.spare).first()?.id)
            #expect(mail.body.contains(Events.baseURL + SiteURL.pair(pairID).path))
            // act: the same form again is refused, and nobody is told a second time
            let again = try await CorrectionServerTests.submit(coordinator, page: SiteURL.pairNew.path, action: SiteURL.pairs.path, typed)
            #expect(again.status == .unprocessableEntity)
            #expect(try await Events.told(.pairFormed, on: app.db) == both)
            try await Self.nobodyElse(fixture, but: both, on: app.db)
        }
    }

    @Test func aWithdrawnProposalReachesBothSidesOnceAndNotTheCoordinator() async throws {
        try await withTestApp { app in
            // setup: a published round with the spare mentee's proposal
            let fixture = try await Fixture.make(on: app)
            let (pair, coordinator) = try await PairDecisionsServerTests.publish(fixture, on: app)
            let pairID = try pair.requireID()
            let mentorName = pair.$mentor.id == fixture.a.mentor ? "Mentor A" : "Stranger A"
            let page = try await coordinator.get(SiteURL.pair(pairID).path).body.string
            let form = try #require(RenderedForm(in: page, actionPrefix: SiteURL.pairWithdrawProposal(pairID).path))
            // act
            #expect(try await coordinator.post(form.action, form.fields).status == .seeOther)
            // validate
            let both = Events.sorted([pair.$mentor.id, pair.$mentee.id])
            #expect(try await Events.told(.proposalWithdrawn, on: app.db) == both)
            #expect(try await Events.text(.proposalWithdrawn, for: fixture.a.spare, language: .nl, on: app)
                == "Op \(Self.day(.nl, app)) heeft een coördinator het voorstel van jou en \(mentorName) als mentorkoppel in Programme a ingetrokken. Je hoeft er niet meer op te antwoorden.")
            #expect(try await Events.text(.proposalWithdrawn, for: pair.$mentor.id, language: .en, on: app)
                == "On \(Self.day(.en, app)) a coordinator withdrew the proposal of you and Spare A as a mentoring pair in Programme a. You need not answer it any more.")
            // act: withdrawing again is refused and tells nobody again
            #expect(try await coordinator.post(form.action, form.fields).status == .conflict)
            #expect(try await Events.told(.proposalWithdrawn, on: app.db) == both)
            // Publishing told the same two; nobody else has anything.
            try await Self.nobodyElse(fixture, but: both, on: app.db)
        }
    }

    @Test func undoingARoundTellsEveryoneWhoHadAProposalInItOnce() async throws {
        try await withTestApp { app in
            // setup: three more mentees, so that a mentor has several proposals in the round
            Events.mailOn(app)
            let fixture = try await Fixture.make(on: app)
            let newMentees = try await MatchingServerTests.addMentees(fixture, on: app)
            let (_, coordinator) = try await PairDecisionsServerTests.publish(fixture, on: app)
            let proposals = try await Mentorship.query(on: app.db).filter(\.$status == .proposed).filter(\.$roundID != nil).all()
            #expect(proposals.count == 4)
            let page = try await coordinator.get(SiteURL.matching(programme: fixture.a.programme).path).body.string
            let form = try #require(RenderedForm(in: page, actionPrefix: SiteURL.matchingUndo(programme: fixture.a.programme).path))
            // act
            #expect(try await coordinator.post(form.action, form.fields).status == .seeOther)
            // validate: each mentor and mentee of the round once, however many proposals they had
            let people = Events.sorted(Array(Set(proposals.flatMap { [$0.$mentor.id, $0.$mentee.id] })))
            #expect(try await Events.told(.roundUndone, on: app.db) == people)
            #expect(try await Events.mails(.roundUndone, on: app.db).count == people.count)
            let busiest = try #require(Dictionary(grouping: proposals, by: { $0.$mentor.id }).max { $0.value.count < $1.value.count })
            #expect(busiest.value.count >= 2)
            let names = Dictionary(uniqueKeysWithValues: try await Person.query(on: app.db).all().map { ($0.id!, $0.name) })
            let mentorText = try await Events.text(.roundUndone, for: busiest.key, language: .en, on: app)
            #expect(mentorText.hasPrefix("On \(Self.day(.en, app)) a coordinator undid the matching round of Programme a: the proposal of you and "))
            #expect(mentorText.hasSuffix(" no longer stands.") && mentorText.contains(" and "))
            for pair in busiest.value { #expect(mentorText.contains(names[pair.$mentee.id]!)) }
            let menteePair = try #require(proposals.first { $0.$mentee.id == newMentees[0] })
            #expect(try await Events.text(.roundUndone, for: newMentees[0], language: .nl, on: app)
                == "Op \(Self.day(.nl, app)) heeft een coördinator de matchingronde van Programme a teruggedraaid: het voorstel van jou en \(names[menteePair.$mentor.id]!) vervalt.")
            // act: a second undo is refused and tells nobody again
            #expect(try await coordinator.post(form.action, form.fields).status == .conflict)
            #expect(try await Notification.query(on: app.db).filter(\.$kind == NotificationKind.roundUndone.rawValue).count() == people.count)
            #expect(try await Notification.query(on: app.db).filter(\.$person.$id == fixture.a.coordinator).count() == 0)
            try await Self.nobodyElse(fixture, but: people, on: app.db)
        }
    }

    // MARK: The demo

    static func demoClient(_ app: Application, _ email: String) async throws -> TestClient {
        let client = TestClient(app, acceptLanguage: "nl")
        #expect(try await client.signIn(email, password: DemoSeeder.password).status == .seeOther)
        return client
    }

    @Test func theDemoShowsAProposalWaitingForAYesAndAMentorWhoIsAway() async throws {
        try await withTestApp { app in
            // setup
            let now = app.now
            try await DemoSeeder.seed(on: app.db, passwordHash: try await app.password.async.hash(DemoSeeder.password), now: now)
            let organisation = try #require(try await Organisation.query(on: app.db).filter(\.$slug == DemoContent.slug).first())
            let programme = try #require(try await Programme.query(on: app.db).filter(\.$organisation.$id == organisation.id!).first())
            // validate: one proposal of a published round, with the mentee's yes and not yet the mentor's
            let waiting = try await Mentorship.query(on: app.db).filter(\.$roundID != nil).filter(\.$status == .proposed).all()
            #expect(waiting.count == 1)
            let pair = try #require(waiting.first)
            #expect(pair.menteeAcceptedAt != nil && pair.mentorAcceptedAt == nil && pair.startedOn == nil)
            #expect(try await Person.find(pair.$mentee.id, on: app.db)?.email == "mentee13@demo.example")
            #expect(try await Person.find(pair.$mentor.id, on: app.db)?.email == "mentor2@demo.example")
            let rounds = try await MatchingPage.Query.rounds(programmeID: programme.id!, on: app.db)
            #expect(rounds.count == 1 && rounds.first?.accepted == 1 && rounds.first?.canUndo == false)
            // Fatima finds it among those waiting for her answer.
            let fatima = try await Self.demoClient(app, "mentor2@demo.example")
            let list = try await fatima.get(SiteURL.pairs.path).body.string
            #expect(list.contains(T.requestsWaiting(.nl)))
            #expect(list.contains("Fleur de Wit") && list.contains(SiteURL.pair(pair.id!).path))
            // Jeroen is away for about two months, and says so on his availability page.
            let jeroen = try #require(try await Person.query(on: app.db).filter(\.$email == "mentor@demo.example").first())
            let away = try #require(Availability.awayUntil(jeroen.unavailableUntil, now: now))
            #expect(away.timeIntervalSince(now) > 55 * 86_400 && away.timeIntervalSince(now) < 65 * 86_400)
            let client = try await Self.demoClient(app, "mentor@demo.example")
            let availability = try await client.get(SiteURL.accountAvailability.path).body.string
            #expect(availability.contains(T.awayUntil(Formats(language: .nl, timeZone: app.settings.timeZone).longDate(away))(.nl)))
            // Matching has the same work as before: Lotte and James are both proposed (e2e/test_matching).
            let round = try await MatchingRound.load(programme: programme, organisationID: organisation.id!, now: now, on: app.db)
            let proposed = Set(round.proposal.pairs.compactMap { UUID(uuidString: $0.mentee).flatMap { round.people[$0]?.name } })
            #expect(proposed == ["Lotte Smit", "James Carter"])
            #expect(!round.proposal.pairs.contains { $0.mentor == jeroen.id!.uuidString })
        }
    }
}
