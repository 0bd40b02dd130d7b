import Foundation

/// A JSON value as SCIM clients send it. SCIM resources are open-ended (extensions, sub-attributes,
/// filters on multi-valued attributes), so the provisioning code reads and patches them as JSON
/// and maps the result onto a person in one place (`SCIMUserResource`).
enum SCIMJSON: Sendable, Equatable, Codable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([SCIMJSON])
    case object([String: SCIMJSON])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([SCIMJSON].self) { self = .array(value) }
        else { self = .object(try container.decode([String: SCIMJSON].self)) }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value):
            if value.rounded() == value, abs(value) < 1e15 { try container.encode(Int64(value)) } else { try container.encode(value) }
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// Parses a request body; nil when it is not JSON.
    static func parse(_ data: Data) -> SCIMJSON? {
        try? JSONDecoder().decode(SCIMJSON.self, from: data)
    }

    func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data("{}".utf8)
    }

    var object: [String: SCIMJSON]? { if case .object(let value) = self { value } else { nil } }
    var array: [SCIMJSON]? { if case .array(let value) = self { value } else { nil } }
    var string: String? { if case .string(let value) = self { value } else { nil } }

    /// A boolean, also as Entra ID sends it in PATCH requests: the strings "True" and "False".
    var bool: Bool? {
        switch self {
        case .bool(let value): value
        case .string(let text): ["true": true, "false": false][text.lowercased()]
        default: nil
        }
    }

    /// The member `name` of an object, matched case-insensitively as RFC 7643 2.1 asks of attribute names.
    subscript(_ name: String) -> SCIMJSON? {
        guard let object else { return nil }
        if let exact = object[name] { return exact }
        return object.first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

extension Dictionary where Key == String, Value == SCIMJSON {
    /// The key already present for `name` in any case, or `name` itself.
    func key(matching name: String) -> String {
        keys.first { $0.caseInsensitiveCompare(name) == .orderedSame } ?? name
    }
}
