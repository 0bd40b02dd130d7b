import Testing
import Foundation
import Vapor
import Fluent
import SQLKit
import VaporTesting
@testable import MentorServer
import MentorCore

/// Markup planted in every field a user can write must come back inert on every page of
/// every role: in text and in attributes (values, hrefs, options, hidden fields).
@Suite struct HTMLInjectionTests {
    /// Closes a double- or single-quoted attribute and opens an element. Rendered inert it
    /// appears as `&quot;&#39;&gt;&lt;b data-pwn…`; rendered raw, `<b data-pwn` is in the page.
    static let payload = "\"'><b data-pwn=1>x</b>"
    static let rawMarker = "<b data-pwn"

    /// Every free-text column a user can write, by table. Names and addresses that sign-in
    /// or matching depends on get the payload appended, so they stay recognisable.
    static let freeText: [String: [String]] = [
        "organisations": ["name"],
        "core_values": ["name_nl", "name_en", "description_nl", "description_en"],
        "core_value_behaviours": ["text_nl", "text_en"],
        "people": ["name", "practice_group", "expertise"],
        "programmes": ["name"],
        "mentorships": ["end_reason", "decline_reason"],
        "agreements": ["mentee_expectations", "mentor_expectations", "frequency", "duration", "who_plans", "preparation", "confidentiality"],
        "learning_goals": ["title", "description", "success_criteria", "mentor_comment"],
        "conversations": ["place", "shared_notes", "private_notes"],
        "agenda_items": ["text"],
        "action_items": ["text"],
        "goal_evidence": ["text"],
        "value_scores": ["behaviour"],
        "attitude_observations": ["note"],
        "reflections": ["initiative", "expectations", "core_values", "learning_goals"],
        "fit_checks": ["comment"],
        "organisation_list_items": ["name_nl", "name_en"],
        "attitude_guidance": ["text_nl", "text_en"],
        "pulse_responses": ["improvement"],
        "notifications": ["detail"],
        "audit_events": ["summary"],
        "transcript_analyses": ["raw_text"],
    ]

    @Test func markupInEveryUserFieldRendersInertOnEveryPageOfEveryRole() async throws {
        try await withTestApp { app in
            // setup: the demo, a transcript whose speakers carry markup, then markup in every free-text column
            try await DemoSeeder.seed(on: app.db, passwordHash: try await app.password.async.hash(DemoSeeder.password))
            let mentor = TestClient(app, acceptLanguage: "nl")
            #expect(try await mentor.signIn("mentor@demo.example", password: DemoSeeder.password).status == .seeOther)
            let mentorID = try #require(try await Person.query(on: app.db).filter(\.$email == "mentor@demo.example").first()?.id)
            let pairIDs = try await Mentorship.query(on: app.db).filter(\.$mentor.$id == mentorID).all(\.$id)
            let conversation = try #require(try await Conversation.query(on: app.db).filter(\.$mentorship.$id ~~ pairIDs)
                .filter(\.$status == .held).first())
            let transcript = "Jeroen \(Self.payload): Hoe ging je week? Wat wil je bespreken?\nDaan \(Self.payload): De planning van de jaarafsluiting.\n"
            let upload = try await mentor.upload("/conversations/\(try conversation.requireID())/transcript", field: "file", filename: "x.txt",
                                                 content: transcript, fields: [("keep", "on")])
            #expect(upload.status == .seeOther)
            let sql = try #require(app.db as? any SQLDatabase)
            for (table, columns) in Self.freeText {
                for column in columns {
                    try await sql.raw("UPDATE \(ident: table) SET \(ident: column) = \(ident: column) || \(bind: Self.payload) WHERE \(ident: column) IS NOT NULL").run()
                }
            }

            // act and validate: each role reads every page it can reach by a link
            var pagesRead = 0
            for email in ["admin@demo.example", "coordinator@demo.example", "mentor@demo.example", "mentor3@demo.example",
                          "mentee@demo.example", "mentee11@demo.example"] {
                for language in ["nl", "en"] {
                    let client = TestClient(app, acceptLanguage: language)
                    #expect(try await client.signIn(email, password: DemoSeeder.password).status == .seeOther, "\(email)")
                    pagesRead += try await SiteCrawler.crawl(client, as: "\(email) \(language)") { path, body in
                        #expect(!body.contains(Self.rawMarker), "\(email) \(language): \(path) renders planted markup")
                    }
                }
            }
            #expect(pagesRead > 100)
        }
    }
}

@Suite struct HTMLAttributeTests {
    /// The form helpers every page uses, with hostile text in each place that becomes an
    /// attribute. (The shadowing functions themselves cannot be named from the test module,
    /// where Plot's and the product's are equally visible; the crawl above covers the pages.)
    @Test func everyAttributeHelperEscapesQuotesAndMarkup() {
        let hostile = "a\"b'c<d>e&f"
        let escaped = "a&quot;b&#39;c&lt;d&gt;e&amp;f"
        let errors: FieldErrors = [hostile: hostile]
        let html = [
            Forms.text(hostile, name: hostile, value: hostile, errors: errors, autocomplete: hostile, hint: hostile).render(),
            Forms.textArea(hostile, name: hostile, value: hostile, errors: [:]).render(),
            Forms.select(hostile, name: hostile, options: [(value: hostile, label: hostile)], selected: "", errors: [:]).render(),
            Forms.checkboxes(hostile, name: hostile, options: [(value: hostile, label: hostile)], checked: [], errors: [:]).render(),
            Forms.errorSummary(errors, .en).render(),
        ].joined()
        #expect(!html.contains(hostile))
        #expect(!html.contains("c<d>"))
        // text: for, id, name, value, autocomplete; select: option value; checkbox: value; summary: href
        #expect(html.contains("value=\"\(escaped)\""))
        #expect(html.contains("name=\"\(escaped)\""))
        #expect(html.contains("autocomplete=\"\(escaped)\""))
        #expect(html.contains("href=\"#f-\(escaped)\""))
        #expect(html.contains("for=\"f-\(escaped)\""))
    }

    @Test func anEmptyValueIsWrittenSoABrowserSendsIt() {
        let html = Forms.select("Thema", name: "theme", options: [(value: "", label: "Geen thema"), (value: "x", label: "X")],
                                selected: "x", errors: [:]).render()
        #expect(html.contains("<option value=\"\">Geen thema</option>"))
    }

    @Test func redirectsStayOnThisSite() {
        for good in ["/", "/mentorships/1", "/a?b=c&d=%2F", "/conversations/x#agenda"] {
            #expect(Redirects.isSameSitePath(good), "\(good)")
        }
        for bad in ["//evil.example", "/\t/evil.example", "/\n/evil.example", "/\\evil.example", "\\\\evil.example",
                    "https://evil.example", "javascript:alert(1)", "evil.example", "", " /x", "/%2F/evil.example",
                    "/%5c/evil.example", "/ /x", "/\u{0}x"] {
            #expect(!Redirects.isSameSitePath(bad), "\(bad.debugDescription)")
            #expect(Redirects.sameSitePath(bad) == "/")
        }
    }
}
