import Testing
import Foundation
@testable import MentorServer
import MentorCore

/// The audit log reads in the reader's language: every event and every fixed summary the
/// product writes has words in both languages.
@Suite struct AuditWordingTests {
    /// The audit calls in the server's sources: action, entity and the summary when it is a
    /// plain literal.
    static func calls() throws -> [(action: String, entity: String, summary: String?)] {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/MentorServer")
        let call = try NSRegularExpression(pattern: #"(?:audit|Audit\.record)\("([a-z_\-]+)", *"?([a-z_]+|[^,]+\.rawValue)"?, *id:[^\n]*\n?[^\n]*?summary: *(?:"([^"\\]*)"|[^,]+),"#)
        var result: [(String, String, String?)] = []
        for case let file as URL in FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)! where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in call.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let group = { (i: Int) in Range(match.range(at: i), in: text).map { String(text[$0]) } }
                result.append((group(1)!, group(2)!, group(3)))
            }
        }
        return result
    }

    @Test func everyEventAndFixedSummaryHasWords() throws {
        let calls = try Self.calls()
        #expect(calls.count > 40, "the audit calls were not found")
        for call in calls {
            let entities = call.entity.hasSuffix(".rawValue") ? OrganisationListItem.List.allCases.map(\.rawValue) : [call.entity]
            for entity in entities {
                let event = AuditWording.event(action: call.action, entity: entity)
                #expect(AuditWording.wholeEvents[call.action] != nil || AuditWording.actions[call.action] != nil || call.action.hasPrefix("matching_"),
                        "no words for the action \(call.action)")
                #expect(AuditWording.wholeEvents[call.action] != nil || AuditWording.entities[entity] != nil, "no words for \(entity)")
                #expect(!event.nl.contains("_") && !event.en.contains("_"))
            }
            if let summary = call.summary, !summary.isEmpty {
                #expect(AuditWording.knows(summary), "no words for the summary \"\(summary)\"")
            }
        }
    }

    @Test func summariesWithAValueAreReadBack() {
        let cases: [(String, String, String)] = [
            ("revision 3", "Version 3", "Versie 3"),
            ("active -> paused", "Active → Paused", "Actief → Gepauzeerd"),
            ("1 proposed pairs", "1 proposed pair", "1 voorgesteld koppel"),
            ("4 proposed pairs", "4 proposed pairs", "4 voorgestelde koppels"),
            ("CSV import: 3 created, 2 updated", "Import: 3 added, 2 updated", "Import: 3 toegevoegd, 2 bijgewerkt"),
            ("by mentee, recorded by mentor", "From the mentee, written down by the mentor", "Van de mentee, genoteerd door de mentor"),
            ("by mentor", "From the mentor", "Van de mentor"),
            ("conversation content deleted after 730 days", "Conversation content deleted after 730 days", "Inhoud van gesprekken verwijderd na 730 dagen"),
        ]
        for (stored, en, nl) in cases {
            let text = AuditWording.detail(stored)
            #expect(text.en == en && text.nl == nl, "\(stored) → \(text)")
        }
        // A correction is stored in English and read back in Dutch.
        #expect(AuditWording.detail("value score deleted").nl == "score op een kernwaarde verwijderd")
        // A name is data: shown as stored.
        #expect(AuditWording.detail("Openheid").nl == "Openheid")
        #expect(!AuditWording.knows("Openheid"))
        #expect(AuditWording.event(action: "create", entity: "value_score").nl == "Score op een kernwaarde toegevoegd")
        #expect(AuditWording.event(action: "matching_mark", entity: "programme").nl == "Matchingronde aangepast")
    }
}
