import Foundation

/// SCIM PATCH (RFC 7644 3.5.2) on a resource held as JSON: `add`, `replace` and `remove`, with a
/// path (`active`, `name.givenName`, `emails[type eq "work"].value`) or without one (a value
/// object, whose keys may themselves be paths, as Entra ID sends `{"name.givenName": "Sanne"}`).
/// Operation names are read case-insensitively (Entra ID writes `Replace`). The patched object is
/// then read like a PUT (`SCIMUserResource.fields`), so a PATCH can never store what a PUT could not.
enum SCIMPatch {
    enum Op: String { case add, replace, remove }

    struct Path: Equatable {
        var attribute: String
        var filter: SCIMFilter?
        var subAttribute: String?
    }

    static func apply(_ body: [String: SCIMJSON], to resource: [String: SCIMJSON], schema: String) throws -> [String: SCIMJSON] {
        guard let operations = body["Operations"]?.array ?? SCIMJSON.object(body)["operations"]?.array, !operations.isEmpty else {
            throw SCIMError(.badRequest, type: "invalidSyntax", "A PATCH request needs a list of Operations.")
        }
        var result = resource
        for operation in operations {
            guard let name = operation["op"]?.string, let op = Op(rawValue: name.lowercased()) else {
                throw SCIMError(.badRequest, type: "invalidSyntax", "Each operation needs an op: add, replace or remove.")
            }
            let value = operation["value"]
            if let pathText = operation["path"]?.string, !pathText.isEmpty {
                try apply(op, path: try parsePath(pathText, schema: schema), value: value, to: &result)
            } else {
                guard op != .remove else { throw SCIMError(.badRequest, type: "noTarget", "A remove operation needs a path.") }
                guard let object = value?.object else {
                    throw SCIMError(.badRequest, type: "invalidValue", "Without a path, the value must be an object of attributes.")
                }
                for (key, member) in object {
                    try apply(op, path: try parsePath(key, schema: schema), value: member, to: &result, merge: true)
                }
            }
        }
        return result
    }

    static func parsePath(_ text: String, schema: String) throws -> Path {
        var path = text.trimmingCharacters(in: .whitespaces)
        if path.lowercased().hasPrefix(schema.lowercased() + ":") { path = String(path.dropFirst(schema.count + 1)) }
        let invalidPath = SCIMError(.badRequest, type: "invalidPath", "The path \(text) is not understood.")
        if let open = path.firstIndex(of: "[") {
            guard let close = path.lastIndex(of: "]"), close > open else { throw invalidPath }
            let attribute = String(path[..<open])
            let filter = try SCIMFilter.parse(String(path[path.index(after: open)..<close]))
            let rest = path[path.index(after: close)...]
            var sub: String?
            if !rest.isEmpty {
                guard rest.hasPrefix("."), rest.count > 1 else { throw invalidPath }
                sub = String(rest.dropFirst())
            }
            guard !attribute.isEmpty else { throw invalidPath }
            return Path(attribute: attribute, filter: filter, subAttribute: sub)
        }
        let parts = path.split(separator: ".", maxSplits: 1).map(String.init)
        guard let first = parts.first, !first.isEmpty, first.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "$" }) else { throw invalidPath }
        return Path(attribute: first, filter: nil, subAttribute: parts.count > 1 ? parts[1] : nil)
    }

    private static func matches(_ element: SCIMJSON, _ filter: SCIMFilter) -> Bool {
        filter.comparisons.allSatisfy { comparison in
            guard let actual = element[comparison.attribute] else { return comparison.value == .null }
            if let left = actual.string, let right = comparison.value.string { return left.caseInsensitiveCompare(right) == .orderedSame }
            if let left = actual.bool, let right = comparison.value.bool { return left == right }
            return actual == comparison.value
        }
    }

    private static func merged(_ existing: SCIMJSON?, _ value: SCIMJSON) -> SCIMJSON {
        guard var object = existing?.object, let update = value.object else { return value }
        for (key, member) in update { object[object.key(matching: key)] = member }
        return .object(object)
    }

    private static func apply(_ op: Op, path: Path, value: SCIMJSON?, to resource: inout [String: SCIMJSON], merge: Bool = false) throws {
        let key = resource.key(matching: path.attribute)
        if op != .remove, value == nil { throw SCIMError(.badRequest, type: "invalidValue", "The operation on \(path.attribute) needs a value.") }
        if let filter = path.filter {
            var elements = resource[key]?.array ?? []
            let hits = elements.indices.filter { matches(elements[$0], filter) }
            switch op {
            case .remove:
                if let sub = path.subAttribute {
                    for index in hits {
                        guard var object = elements[index].object else { continue }
                        object.removeValue(forKey: object.key(matching: sub))
                        elements[index] = .object(object)
                    }
                } else {
                    elements = elements.indices.filter { !hits.contains($0) }.map { elements[$0] }
                }
            case .add, .replace:
                guard let value else { return }
                if hits.isEmpty {
                    // Entra ID replaces `emails[type eq "work"].value` on a user that has no work address yet.
                    var element: [String: SCIMJSON] = [:]
                    for comparison in filter.comparisons { element[comparison.attribute] = comparison.value }
                    if let sub = path.subAttribute { element[sub] = value } else { element = merged(.object(element), value).object ?? element }
                    elements.append(.object(element))
                } else {
                    for index in hits {
                        if let sub = path.subAttribute {
                            var object = elements[index].object ?? [:]
                            object[object.key(matching: sub)] = value
                            elements[index] = .object(object)
                        } else {
                            elements[index] = merged(elements[index], value)
                        }
                    }
                }
            }
            resource[key] = elements.isEmpty ? nil : .array(elements)
            return
        }
        if let sub = path.subAttribute {
            var object = resource[key]?.object ?? [:]
            if op == .remove { object.removeValue(forKey: object.key(matching: sub)) } else { object[object.key(matching: sub)] = value }
            resource[key] = object.isEmpty ? nil : .object(object)
            return
        }
        switch op {
        case .remove:
            resource.removeValue(forKey: key)
        case .add:
            guard let value else { return }
            if let existing = resource[key]?.array {
                let added = value.array ?? [value]
                resource[key] = .array(existing + added.filter { !existing.contains($0) })
            } else {
                resource[key] = merged(resource[key], value)
            }
        case .replace:
            guard let value else { return }
            resource[key] = merge ? merged(resource[key], value) : (value.object != nil ? merged(resource[key], value) : value)
        }
    }
}
