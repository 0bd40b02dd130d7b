import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

/// The queries of the administrator's pages, against a real database.
@Suite struct AdminQueryTests {
    @Test func peopleListShowsRolesAndErasedAccountsAndReadsTwice() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let erased = try #require(try await Person.find(fixture.a.spare, on: app.db))
            erased.name = Erasure.erasedName
            try await erased.save(on: app.db)
            let counter = QueryCounter.install(on: app)
            let client = TestClient(app)
            try await client.signIn(fixture.a.emails[.admin]!)
            // act
            let model = try await PeoplePage.Query.model(organisationID: fixture.a.id, filter: PeoplePage.Valid(page: 1), flash: nil, on: app.db)
            let (before, _) = try await counter.measure { try await client.get("/admin/people") }
            for index in 0..<5 {
                let person = Person(organisationID: fixture.a.id, name: "Extra \(index)", email: "extra\(index)@a.example", passwordHash: "x")
                try await person.create(on: app.db)
                try await PersonRole(personID: try person.requireID(), role: .mentee).create(on: app.db)
            }
            let (after, response) = try await counter.measure { try await client.get("/admin/people") }
            // validate
            #expect(model.people.first { $0.id == fixture.a.admin }?.roles == [.admin])
            #expect(model.people.first { $0.id == fixture.a.spare }?.erased == true)
            #expect(!model.people.contains { $0.id == fixture.b.admin })
            #expect(response.status == .ok)
            // The session, how many match, one page of people, their roles and the practice groups to
            // filter on: the count does not grow with the people.
            #expect(after.count == before.count, "\(after)")
            #expect(after.count <= 5, "\(after)")
        }
    }

    @Test func personFormOffersEveryoneElseAsManager() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let person = try #require(try await Person.find(fixture.a.spare, on: app.db))
            // act
            let model = try await PersonFormPage.Query.edit(person, flash: nil, now: Date(timeIntervalSince1970: 1_790_000_000), on: app.db)
            // validate
            #expect(model.personID == fixture.a.spare && model.form.roles == ["mentee"] && model.form.capacity == "\(person.capacity)")
            #expect(!model.managers.contains { $0.id == fixture.a.spare })
            #expect(model.managers.contains { $0.id == fixture.a.admin } && !model.managers.contains { $0.id == fixture.b.admin })
            #expect(model.managers.map(\.name) == model.managers.map(\.name).sorted())
            #expect(model.passwordLink == nil)
            #expect(try await PersonFormPage.Query.validManager(fixture.b.admin, organisationID: fixture.a.id, on: app.db) == nil)
            #expect(try await PersonFormPage.Query.validManager(fixture.a.admin, organisationID: fixture.a.id, on: app.db) == fixture.a.admin)
        }
    }

    @Test func programmesCountTheirPairs() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            let model = try await ProgrammesPage.Query.model(organisationID: fixture.a.id, flash: nil, on: app.db)
            let pairs = try await Mentorship.query(on: app.db).filter(\.$programme.$id == fixture.a.programme).count()
            #expect(model.programmes.map(\.id) == [fixture.a.programme])
            #expect(model.programmes.first?.pairs == pairs)
        }
    }

    @Test func outboxCountsWhatWasSentInTheWeekBeforeNow() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let now = Date(timeIntervalSince1970: 1_790_000_000)
            func message(_ status: String, sentDaysAgo days: Double?) async throws {
                let message = OutboxMessage()
                message.$organisation.id = fixture.a.id
                message.$notification.id = nil
                message.recipient = "someone@a.example"
                message.subject = "Subject"
                message.body = "Body"
                message.status = status
                message.attempts = status == "failed" ? 5 : 0
                message.nextAttemptAt = now
                message.sentAt = days.map { now.addingTimeInterval(-$0 * 86_400) }
                try await message.create(on: app.db)
            }
            try await message("sent", sentDaysAgo: 1)
            try await message("sent", sentDaysAgo: 8)
            try await message("failed", sentDaysAgo: nil)
            try await message("pending", sentDaysAgo: nil)
            // act
            let model = try await OutboxPage.Query.model(organisationID: fixture.a.id, now: now, flash: nil, on: app.db)
            let other = try await OutboxPage.Query.model(organisationID: fixture.b.id, now: now, flash: nil, on: app.db)
            // validate
            #expect(model.sentLastWeek == 1)
            #expect(Set(model.messages.map(\.failed)) == [true, false] && model.messages.count == 2)
            #expect(other.messages.isEmpty && other.sentLastWeek == 0)
        }
    }
}
