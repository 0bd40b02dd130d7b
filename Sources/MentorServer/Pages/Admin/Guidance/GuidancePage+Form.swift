import Foundation
import Vapor
import MentorCore

extension GuidancePage {
    /// The guidance texts as sent: fields `nl-<pattern>` and `en-<pattern>` for each pattern on the page.
    struct Form: Content, Sendable, Equatable {
        /// The texts sent, by field name.
        var fields: [Field]

        struct Field: Sendable, Equatable {
            var name: String
            var text: String
        }

        struct Entry: Sendable, Equatable {
            var pattern: String
            var nl: String
            var en: String
            /// An entry without text removes the organisation's own wording.
            var isEmpty: Bool { nl.isEmpty && en.isEmpty }
        }

        init(fields: [Field]) { self.fields = fields }

        private struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init?(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            fields = container.allKeys.filter { $0.stringValue.hasPrefix("nl-") || $0.stringValue.hasPrefix("en-") }.compactMap { key in
                (try? container.decode(String.self, forKey: key)).map { Field(name: key.stringValue, text: $0) }
            }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            for field in fields { if let key = Key(stringValue: field.name) { try container.encode(field.text, forKey: key) } }
        }

        /// One entry per pattern of the organisation's vocabulary, trimmed; other fields are ignored.
        func validated(_ language: Language, patterns: [String]) -> Result<[Entry], FormErrors> {
            func text(_ name: String) -> String {
                (fields.first { $0.name == name }?.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            }
            return .success(patterns.map { Entry(pattern: $0, nl: text("nl-\($0)"), en: text("en-\($0)")) })
        }
    }
}
