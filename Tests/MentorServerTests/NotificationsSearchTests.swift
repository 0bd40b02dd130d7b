import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

/// A person finds their own notifications by a name in them, by what they are about and by
/// whether they are read, fifty a page, from the search form as the browser sends it.
@Suite struct NotificationsSearchTests {
    static func search(_ client: TestClient, from page: String, _ typed: [String: String]) async throws -> String {
        let form = try #require(BrowserForm.all(in: page).first { $0.method == "get" && $0.action == "/notifications" })
        let query = form.sent(typed).map { "\(TestClient.encode($0.0))=\(TestClient.encode($0.1))" }.joined(separator: "&")
        let response = try await client.get("/notifications?" + query)
        #expect(response.status == .ok)
        return response.body.string
    }

    static func notice(_ kind: NotificationKind, to person: UUID, in organisation: UUID, name: String, read: Bool, on db: any Database) async throws {
        let notice = MentorServer.Notification()
        notice.$organisation.id = organisation
        notice.$person.id = person
        notice.kind = kind.rawValue
        notice.key = UUID().uuidString
        notice.detail = ReminderRules.Detail(value: "2026-08-19", names: [name]).encoded
        notice.link = "/"
        notice.readAt = read ? Date() : nil
        try await notice.create(on: db)
    }

    @Test func searchFiltersAndPages() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            for index in 1...60 {
                let kind: NotificationKind = index <= 40 ? .actionDue : index <= 50 ? .requestReceived : .conversationMoved
                try await Self.notice(kind, to: fixture.a.mentor, in: fixture.a.id, name: String(format: "Zoë Jansen %02d", index),
                                      read: index > 5, on: app.db)
            }
            // Someone else's, in the same and in the other organisation: never shown.
            try await Self.notice(.actionDue, to: fixture.a.mentee, in: fixture.a.id, name: "Zoë Jansen 98", read: false, on: app.db)
            try await Self.notice(.actionDue, to: fixture.b.mentor, in: fixture.b.id, name: "Zoë Jansen 99", read: false, on: app.db)

            let client = TestClient(app, acceptLanguage: "nl")
            try await client.signIn(fixture.a.emails[.mentor]!)
            let start = try await client.get("/notifications").body.string
            #expect(start.contains("60 meldingen, pagina 1 van 2") && start.contains(T.markAllRead(.nl)))
            #expect(!start.contains("Zoë Jansen 98") && !start.contains("Zoë Jansen 99"))

            let named = try await Self.search(client, from: start, ["q": "JANSEN 1"])
            #expect(named.contains("10 meldingen") && named.contains("Zoë Jansen 10") && !named.contains("Zoë Jansen 20"))
            let requests = try await Self.search(client, from: start, ["about": "pairs"])
            #expect(requests.contains("10 meldingen") && requests.contains("Zoë Jansen 41") && !requests.contains("Zoë Jansen 40"))
            let unread = try await Self.search(client, from: start, ["show": "unread"])
            #expect(unread.contains("5 meldingen") && unread.contains("Zoë Jansen 05") && !unread.contains("Zoë Jansen 06"))
            let second = try await client.get("/notifications?page=2").body.string
            #expect(second.contains(T.previousPage(.nl)) && !second.contains(T.nextPage(.nl)))
            // Nothing found, wildcards standing for themselves, and nonsense ignored.
            #expect(try await Self.search(client, from: start, ["q": "%"]).contains(T.noNotificationsMatch(.nl)))
            let odd = try await client.get("/notifications?about=king&show=maybe&page=-1")
            #expect(odd.status == .ok && odd.body.string.contains("60 meldingen"))
        }
    }
}
