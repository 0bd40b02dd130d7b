import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

/// A form as the browser sees it: its action and the fields it would send untouched
/// (hidden inputs with their values, other inputs and text areas by name).
struct RenderedForm {
    var action: String
    var fields: [(String, String)]

    /// The first form of `html` whose action is `action` (or starts with it, for links with a token).
    init?(in html: String, actionPrefix: String) {
        var rest = html[...]
        while let open = rest.range(of: "<form") {
            guard let close = rest[open.upperBound...].range(of: "</form>") else { return nil }
            let form = String(rest[open.lowerBound..<close.upperBound])
            rest = rest[close.upperBound...]
            guard let action = Self.attribute("action", in: form), action.hasPrefix(actionPrefix) else { continue }
            self.action = action.replacingOccurrences(of: "&amp;", with: "&")
            var fields: [(String, String)] = []
            for tag in Self.tags(named: "input", in: form) + Self.tags(named: "textarea", in: form) {
                guard let name = Self.attribute("name", in: tag) else { continue }
                let type = Self.attribute("type", in: tag) ?? "text"
                if type == "submit" || type == "checkbox" { continue }
                fields.append((name, Self.attribute("value", in: tag) ?? ""))
            }
            self.fields = fields
            return
        }
        return nil
    }

    /// The fields with those the person types replaced; a name the form lacks is an error of the test.
    func filled(_ typed: [String: String]) -> [(String, String)] {
        for name in typed.keys { precondition(fields.contains { $0.0 == name }, "the form has no field \(name)") }
        return fields.map { ($0.0, typed[$0.0] ?? $0.1) }
    }

    static func tags(named name: String, in html: String) -> [String] {
        var result: [String] = [], rest = html[...]
        while let open = rest.range(of: "<\(name)") {
            guard let end = rest[open.upperBound...].firstIndex(of: ">") else { break }
            result.append(String(rest[open.lowerBound...end]))
            rest = rest[rest.index(after: end)...]
        }
        return result
    }

    static func attribute(_ name: String, in tag: String) -> String? {
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        let rest = tag[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }
}

@Suite struct RenderedFormTests {
    @Test func forgotPasswordAndChoosingOneWorkFromTheRenderedForms() async throws {
        try await withTestApp { app in
            // setup
            app.settings.mail.sendmail = "cat > /dev/null"
            let fixture = try await Fixture.make(on: app)
            let email = fixture.a.emails[.mentee]!
            let client = TestClient(app, acceptLanguage: "nl")
            // act: the forgot-password form as rendered, then the link's form as rendered
            let forgotPage = try await client.get("/password/forgot").body.string
            let forgot = try #require(RenderedForm(in: forgotPage, actionPrefix: "/password/forgot"))
            #expect(try await client.post(forgot.action, forgot.filled(["email": email])).status.code < 400)
            let message = try #require(try await OutboxMessage.query(on: app.db).first())
            let path = try #require(passwordLinkPath(in: message.body))
            let choosePage = try await client.get(path).body.string
            let choose = try #require(RenderedForm(in: choosePage, actionPrefix: "/password/new/"))
            let saved = try await client.post(choose.action, choose.filled(["new": "een-eigen-wachtwoord", "repeated": "een-eigen-wachtwoord"]))
            // validate
            #expect(saved.status == .seeOther)
            #expect(try await TestClient(app).signIn(email, password: "een-eigen-wachtwoord").status == .seeOther)
        }
    }

    @Test func signOutEverywhereWorksFromTheRenderedAccountPage() async throws {
        try await withTestApp { app in
            // setup: signed in in two browsers
            let fixture = try await Fixture.make(on: app)
            let email = fixture.a.emails[.mentor]!
            let here = TestClient(app, acceptLanguage: "en"), elsewhere = TestClient(app)
            try await here.signIn(email)
            try await elsewhere.signIn(email)
            // act
            let account = try await here.get("/account").body.string
            let form = try #require(RenderedForm(in: account, actionPrefix: "/account/signout-everywhere"))
            #expect(try await here.post(form.action, form.fields).status == .seeOther)
            // validate: the other browser is signed out too
            #expect(try await elsewhere.get("/account").status == .seeOther)
        }
    }
}
