import Testing
import Foundation
import Vapor
import VaporTesting
@testable import MentorServer
import MentorCore

/// Every form of the demo, submitted as a browser would by each demo role: the page is read,
/// each form on it is taken from the rendered HTML (selects send their chosen option, the empty
/// choice its empty value), required and empty fields are filled with something sensible, and
/// the form is sent. No form may lead to "bad request", "not found" or a server error.
@Suite struct DemoFormsTests {
    /// Forms left out, with the reason: they end the session the walk runs in, or erase an account.
    static let excluded: [String: String] = [
        "/signout": "signs the walking browser out",
        "/account/signout-everywhere": "signs the walking browser out",
        "/admin/people/:id/erase": "erases a person of the demo for good",
    ]

    /// The demo's people, one per kind of place; the administrator last, whose forms deactivate people.
    static let actors = ["mentee@demo.example", "mentee11@demo.example", "mentor@demo.example", "mentor3@demo.example",
                         "coordinator@demo.example", "admin@demo.example"]

    /// An address with its ids replaced by `:id` and without its query: one key per kind of form.
    static func pattern(_ action: String) -> String {
        let path = action.split(separator: "?", maxSplits: 1).first.map(String.init) ?? action
        return path.split(separator: "/", omittingEmptySubsequences: false).map { UUID(uuidString: String($0)) == nil ? String($0) : ":id" }
            .joined(separator: "/")
    }

    /// What a person types into an empty field: a day (past for what already happened, further
    /// ahead for an end), ten o'clock, a small number where one is required, a fresh address, the
    /// current password where it is asked and a strong new one elsewhere, or a short sentence.
    static func typed(_ form: BrowserForm, now: Date, counter: Int) -> [String: String] {
        let formats = Formats(language: .nl, timeZone: TimeZone(identifier: "Europe/Amsterdam")!)
        let day: TimeInterval = 86_400
        var typed: [String: String] = [:]
        for field in form.fields where field.value.isEmpty {
            let name = field.name.lowercased()
            switch field.type {
            case "radio-unchosen": if field.required { typed[field.name] = field.options.first }
            case "hidden", "select", "checkbox", "radio", "submit": continue
            case "date":
                let offset = name.contains("discussed") ? -day : name.contains("end") || name == "to" ? 60 * day : 14 * day
                typed[field.name] = formats.isoDay(now.addingTimeInterval(offset))
            case "time": typed[field.name] = "10:00"
            case "number": if field.required { typed[field.name] = "2" }
            case "email": typed[field.name] = "form-walk-\(counter)@demo.example"
            case "password": typed[field.name] = name == "current" ? DemoSeeder.password : "een-lang-wachtwoord-2026"
            default: typed[field.name] = "Ingevuld door de formulierentest \(counter)"
            }
        }
        return typed
    }

    /// A short transcript for an upload form, as a meeting tool exports it.
    static let transcript = "WEBVTT\n\n00:00:00.000 --> 00:00:04.000\n<v Jeroen>Hoe ging je week?\n\n00:00:04.500 --> 00:00:09.000\n<v Daan>Druk, maar ik heb mijn planning gehouden.\n"

    struct Outcome {
        var actor: String
        var page: String
        var action: String
        var status: UInt
    }

    @Test func everyFormOfTheDemoCanBeSubmittedAsRendered() async throws {
        try await withTestApp { app in
            // setup
            app.settings.mail.sendmail = "cat > /dev/null"
            try await DemoSeeder.seed(on: app.db, passwordHash: try await app.password.async.hash(DemoSeeder.password))
            var outcomes: [Outcome] = [], counter = 0
            for email in Self.actors {
                let client = TestClient(app, acceptLanguage: "nl")
                #expect(try await client.signIn(email, password: DemoSeeder.password).status == .seeOther, "\(email)")
                var queue = ["/"], seen: Set<String> = ["/"], tried: Set<String> = [], read = 0
                while !queue.isEmpty, read < 250 {
                    let path = queue.removeFirst()
                    var response = try await client.get(path)
                    read += 1
                    guard response.status == .ok, response.headers.first(name: .contentType)?.hasPrefix("text/html") == true else { continue }
                    for link in SiteCrawler.links(in: response.body.string) where !seen.contains(link) {
                        seen.insert(link)
                        queue.append(link)
                    }
                    // act: each kind of form once per person, each from the page as it stands after the last one was sent
                    let kinds = BrowserForm.all(in: response.body.string).map { "\($0.method) \(Self.pattern($0.action))" }
                    for kind in kinds where !tried.contains(kind) {
                        tried.insert(kind)
                        guard Self.excluded[String(kind.split(separator: " ")[1])] == nil else { continue }
                        guard let form = BrowserForm.all(in: response.body.string).first(where: { "\($0.method) \(Self.pattern($0.action))" == kind })
                        else { continue }
                        counter += 1
                        let fields = form.sent(Self.typed(form, now: Date(), counter: counter))
                        let sent: TestingHTTPResponse
                        if form.method == "get" {
                            let query = fields.map { "\(TestClient.encode($0.0))=\(TestClient.encode($0.1))" }.joined(separator: "&")
                            sent = try await client.get(query.isEmpty ? form.action : form.action + (form.action.contains("?") ? "&" : "?") + query)
                        } else if let file = form.fileField {
                            sent = try await client.upload(form.action, field: file, filename: "gesprek.vtt", content: Self.transcript,
                                                           fields: fields.filter { $0.0 != CSRF.fieldName })
                        } else {
                            sent = try await client.post(form.action, fields)
                        }
                        outcomes.append(Outcome(actor: email, page: path, action: form.action, status: sent.status.code))
                        // The page again, as the browser shows it after the answer (stop when it is gone).
                        response = try await client.get(path)
                        if response.status != .ok { break }
                    }
                }
            }
            // validate
            // 400 is what a form gets that cannot be sent as rendered (a missing field, a button's value lost).
            let failures = outcomes.filter { $0.status == 400 || $0.status == 404 || $0.status >= 500 }
            #expect(failures.isEmpty, "\(failures.map { "\($0.actor) on \($0.page): \($0.action) answered \($0.status)" }.joined(separator: "\n"))")
            let kinds = Set(outcomes.map { Self.pattern($0.action) })
            #expect(kinds.count >= 40, "only \(kinds.count) kinds of form were sent: \(kinds.sorted())")
            // The walk reaches the forms this issue is about.
            for expected in ["/conversations/:id/agenda", "/actions/:id/edit", "/scores/:id/delete", "/mirror/reflections", "/mentorships/:id/goals"] {
                #expect(kinds.contains(expected), "\(expected) was never sent")
            }
            let byStatus = Dictionary(grouping: outcomes, by: \.status).mapValues(\.count)
            print("DemoFormsTests: \(outcomes.count) forms sent, \(kinds.count) kinds, statuses \(byStatus.sorted { $0.key < $1.key })")
            for outcome in outcomes where outcome.status >= 400 { print("DemoFormsTests: \(outcome.status) \(outcome.actor) \(Self.pattern(outcome.action)) from \(Self.pattern(outcome.page))") }
        }
    }
}
