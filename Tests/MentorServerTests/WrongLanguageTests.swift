import Testing
import Foundation
import Vapor
import VaporTesting
import Fluent
@testable import MentorServer
import MentorCore

/// Every page of the demo, read by every role in Dutch and in English, shows only its own
/// language: no text that exists only in the other language's catalog, and no stored key.
@Suite struct WrongLanguageTests {
    @Test func everyPageOfTheDemoSpeaksOneLanguage() async throws {
        let phrases = try CatalogPhrases.load()
        #expect(phrases.englishOnly.count > 300 && phrases.dutchOnly.count > 300, "the catalogs were not read")
        try await withTestApp { app in
            try await DemoSeeder.seed(on: app.db, passwordHash: try await app.password.async.hash(DemoSeeder.password))
            // The audit log holds one entry of every kind the product writes.
            let admin = try #require(try await Person.query(on: app.db).filter(\.$email == "admin@demo.example").first())
            for call in try AuditWordingTests.calls() {
                let entity = call.entity.hasSuffix(".rawValue") ? OrganisationListItem.List.goalTheme.rawValue : call.entity
                try await Audit.record(call.action, entity, id: nil, summary: call.summary ?? "Openheid",
                                       organisationID: admin.organisationID, actorID: admin.id, on: app.db)
            }
            var pagesRead = 0, findings: [String] = []
            for email in ["admin@demo.example", "coordinator@demo.example", "mentor@demo.example", "mentor3@demo.example",
                          "mentee@demo.example", "mentee4@demo.example", "mentee11@demo.example"] {
                for language in ["nl", "en"] {
                    let client = TestClient(app, acceptLanguage: language)
                    #expect(try await client.signIn(email, password: DemoSeeder.password).status == .seeOther, "\(email)")
                    pagesRead += try await SiteCrawler.crawl(client, as: "\(email) \(language)") { path, html in
                        for finding in phrases.wrongLanguage(in: html) { findings.append("\(email) \(path): \(finding)") }
                    }
                }
            }
            #expect(pagesRead > 100)
            #expect(findings.isEmpty, "\(findings.count) findings:\n\(Set(findings).sorted().prefix(80).joined(separator: "\n"))")
        }
    }

    @Test func theCheckFindsEnglishOnADutchPageAndAKey() throws {
        let phrases = try CatalogPhrases.load()
        let dutch = #"<html lang="nl"><body><p>Nieuwe kernwaarde</p><p title="attitude_observation">x</p></body></html>"#
        #expect(phrases.wrongLanguage(in: dutch) == ["stored key attitude_observation"])
        let mixed = #"<html lang="nl"><body><button>Sign in</button><p>Edit core value</p></body></html>"#
        #expect(phrases.wrongLanguage(in: mixed).contains { $0.hasPrefix("English text \"Edit core value\"") })
        let english = #"<html lang="en"><body><p>Kernwaarde bewerken</p></body></html>"#
        let found = phrases.wrongLanguage(in: english)
        #expect(found.count == 1 && found[0].hasPrefix("Dutch text \"Kernwaarde bewerken\""))
    }
}

/// The literal parts of every `Text(en:nl:)` in the server's sources, split at interpolations:
/// the pieces of at least two words that appear in one language's texts only.
struct CatalogPhrases {
    let englishOnly: [String]
    let dutchOnly: [String]
    /// What the demo's people wrote (notes, goals, agreements), in whichever language their pair
    /// speaks: taken out of a page before it is checked, as it is content, not the product's text.
    var demoContent: [String] = []

    static func load() throws -> CatalogPhrases {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let sources = root.appendingPathComponent("Sources/MentorServer")
        var english: [String] = [], dutch: [String] = []
        let pattern = try NSRegularExpression(pattern: #"en:\s*"((?:[^"\\]|\\.)*)"\s*,\s*nl:\s*"((?:[^"\\]|\\.)*)""#)
        for case let file as URL in FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)! where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                english.append(String(text[Range(match.range(at: 1), in: text)!]))
                dutch.append(String(text[Range(match.range(at: 2), in: text)!]))
            }
        }
        let allEnglish = english.joined(separator: "\n").lowercased(), allDutch = dutch.joined(separator: "\n").lowercased()
        func pieces(_ texts: [String], absentFrom other: String) -> [String] {
            let found = texts.flatMap(literalPieces).filter { piece in
                piece.split(separator: " ").count >= 2 && piece.count >= 10 && !other.contains(piece.lowercased())
            }
            return Array(Set(found)).sorted { $0.count > $1.count }
        }
        var content: [String] = []
        let literal = try NSRegularExpression(pattern: #""((?:[^"\\]|\\.)*)""#)
        for case let file as URL in FileManager.default.enumerator(at: sources.appendingPathComponent("Demo"), includingPropertiesForKeys: nil)!
        where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in literal.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                content += literalPieces(String(text[Range(match.range(at: 1), in: text)!])).filter { $0.count >= 8 }
            }
        }
        return CatalogPhrases(englishOnly: pieces(english, absentFrom: allDutch), dutchOnly: pieces(dutch, absentFrom: allEnglish),
                              demoContent: Array(Set(content)).sorted { $0.count > $1.count })
    }

    /// "You have \(n) open actions." gives "You have" and "open actions."; escapes undone.
    static func literalPieces(_ literal: String) -> [String] {
        var pieces: [String] = [], current = "", depth = 0
        var characters = literal.makeIterator()
        while let character = characters.next() {
            if depth > 0 {
                if character == "(" { depth += 1 } else if character == ")" { depth -= 1 }
                continue
            }
            guard character == "\\", let next = characters.next() else { current.append(character); continue }
            switch next {
            case "(": depth = 1; pieces.append(current); current = ""
            case "n": pieces.append(current); current = ""
            case "u": pieces.append(current); current = ""; while let c = characters.next(), c != "}" {}
            default: current.append(next)
            }
        }
        pieces.append(current)
        return pieces.map { $0.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters)) }.filter { !$0.isEmpty }
    }

    /// What a reader sees of a page: text between tags and the attributes that are read out
    /// or shown (title, placeholder, aria-label, alt), with entities undone. `<code>` is left out:
    /// it shows what a person types literally, such as a column name in a file to import.
    static func visibleText(_ html: String) -> String {
        var text = html.replacingOccurrences(of: #"<(script|style|code)\b[^>]*>[\s\S]*?</\1>"#, with: " ", options: .regularExpression)
        var shown: [String] = []
        let attributes = try! NSRegularExpression(pattern: #"\b(?:title|placeholder|aria-label|alt)="([^"]*)""#)
        for match in attributes.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            shown.append(String(text[Range(match.range(at: 1), in: text)!]))
        }
        text = text.replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
        return ([text] + shown).joined(separator: " ")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
            .replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
    }

    /// The findings on one page, in the language its `<html lang>` names.
    func wrongLanguage(in html: String) -> [String] {
        guard let lang = html.range(of: #"<html lang=""#).map({ html[$0.upperBound...].prefix(2) }) else { return [] }
        var text = Self.visibleText(html)
        for content in demoContent { text = text.replacingOccurrences(of: content, with: " ¶ ") }
        var findings: [String] = []
        let (foreign, name) = lang == "nl" ? (englishOnly, "English") : (dutchOnly, "Dutch")
        for phrase in foreign {
            guard let found = text.range(of: phrase, options: [.caseInsensitive]) else { continue }
            let before = text[..<found.lowerBound].suffix(40), after = text[found.upperBound...].prefix(40)
            findings.append("\(name) text \"\(phrase)\" in …\(before)[\(text[found])]\(after)…")
        }
        let key = try! NSRegularExpression(pattern: #"\b[a-z]+(?:_[a-z]+)+\b"#)
        for match in key.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            findings.append("stored key \(text[Range(match.range, in: text)!])")
        }
        return findings
    }
}
