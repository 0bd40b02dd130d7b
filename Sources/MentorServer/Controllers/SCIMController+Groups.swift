import Vapor
import Fluent
import MentorCore

/// The Groups endpoint: one group per role, named and identified by the role (`admin`,
/// `coordinator`, `mentor`, `mentee`). Adding a member grants the role, removing takes it away.
/// Groups cannot be created, renamed or deleted.
enum SCIMGroups {
    static func displayName(_ role: Role) -> String { role.rawValue }

    static func role(_ text: String) -> Role? {
        Role.allCases.first { $0.rawValue.caseInsensitiveCompare(text) == .orderedSame }
    }

    static func resource(_ role: Role, members: [SCIMPersonRecord], request: Request) -> [String: SCIMJSON] {
        [
            "schemas": .array([.string(SCIM.groupSchema)]),
            "id": .string(role.rawValue),
            "displayName": .string(displayName(role)),
            "members": .array(members.filter { $0.roles.contains(role) }.map { record in
                let id = record.person.id?.uuidString.lowercased() ?? ""
                return .object(["value": .string(id), "display": .string(record.person.name), "type": .string("User"),
                                "$ref": .string(SCIM.location(.scimUser(id), request: request))])
            }),
            "meta": .object(["resourceType": .string("Group"), "location": .string(SCIM.location(.scimGroup(role.rawValue), request: request))]),
        ]
    }

    @Sendable static func list(_ request: Request) async throws -> Response {
        let records = try await SCIMPersonRecord.load(organisationID: try request.scimClient.organisationID, on: request.db)
        var roles = Role.allCases
        if let text = request.query[String.self, at: "filter"], !text.trimmingCharacters(in: .whitespaces).isEmpty {
            let filter = try SCIMFilter.parse(text)
            for comparison in filter.comparisons where !["displayname", "id", "members.value"].contains(comparison.attribute) {
                throw SCIMError(.badRequest, type: "invalidFilter", "Filtering groups on \(comparison.attribute) is not supported; use displayName.")
            }
            roles = roles.filter { role in
                filter.comparisons.allSatisfy { comparison in
                    let wanted = comparison.value.string ?? ""
                    switch comparison.attribute {
                    case "members.value":
                        return records.contains { $0.person.id?.uuidString.lowercased() == wanted.lowercased() && $0.roles.contains(role) }
                    default: return role.rawValue.caseInsensitiveCompare(wanted) == .orderedSame
                    }
                }
            }
        }
        let page = try SCIMPaging(request)
        let resources = page.slice(roles).map { role in
            SCIMJSON.object(SCIMUserResource.project(resource(role, members: records, request: request), attributes: page.attributes,
                                                     excluded: page.excluded))
        }
        return SCIM.response(page.list(resources, total: roles.count))
    }

    private static func named(_ request: Request) throws -> Role {
        guard let role = role(request.parameters.get("token") ?? "") else { throw SCIMError.notFound }
        return role
    }

    @Sendable static func read(_ request: Request) async throws -> Response {
        let role = try named(request)
        let records = try await SCIMPersonRecord.load(organisationID: try request.scimClient.organisationID, on: request.db)
        let page = try SCIMPaging(request)
        return SCIM.response(.object(SCIMUserResource.project(resource(role, members: records, request: request), attributes: page.attributes,
                                                              excluded: page.excluded)))
    }

    /// The member ids named by a value: `[{"value": id}, ...]` or one `{"value": id}`.
    private static func memberIDs(_ value: SCIMJSON?) throws -> [String] {
        guard let value else { return [] }
        let items = value.array ?? [value]
        return try items.map { item in
            guard let id = item["value"]?.string else { throw SCIMError(.badRequest, type: "invalidValue", "A member needs a value: the User's id.") }
            return id.lowercased()
        }
    }

    @Sendable static func patch(_ request: Request) async throws -> Response {
        let role = try named(request)
        let client = try request.scimClient
        let body = try SCIM.body(of: request)
        guard let operations = body["Operations"]?.array ?? SCIMJSON.object(body)["operations"]?.array, !operations.isEmpty else {
            throw SCIMError(.badRequest, type: "invalidSyntax", "A PATCH request needs a list of Operations.")
        }
        let records = try await SCIMPersonRecord.load(organisationID: client.organisationID, on: request.db)
        var members = Set(records.filter { $0.roles.contains(role) }.compactMap { $0.person.id?.uuidString.lowercased() })
        let known = Set(records.compactMap { $0.person.id?.uuidString.lowercased() })
        for operation in operations {
            guard let name = operation["op"]?.string?.lowercased(), ["add", "replace", "remove"].contains(name) else {
                throw SCIMError(.badRequest, type: "invalidSyntax", "Each operation needs an op: add, replace or remove.")
            }
            var value = operation["value"]
            var path = operation["path"]?.string ?? ""
            if path.isEmpty, let object = value?.object {
                // Path-less: {"members": [...]} (Okta), or the unchanged displayName.
                if let shown = SCIMJSON.object(object)["displayName"]?.string, role.rawValue.caseInsensitiveCompare(shown) != .orderedSame {
                    throw SCIMError(.badRequest, type: "mutability", "A group's displayName is its role and cannot change.")
                }
                guard let list = SCIMJSON.object(object)["members"] else { continue }
                value = list
                path = "members"
            }
            let parsed = try SCIMPatch.parsePath(path, schema: SCIM.groupSchema)
            if parsed.attribute.lowercased() == "displayname" {
                if name == "remove" || value?.string.map({ role.rawValue.caseInsensitiveCompare($0) != .orderedSame }) ?? true {
                    throw SCIMError(.badRequest, type: "mutability", "A group's displayName is its role and cannot change.")
                }
                continue
            }
            guard parsed.attribute.lowercased() == "members" else {
                throw SCIMError(.badRequest, type: "invalidPath", "Only members can be changed on a group.")
            }
            var named = try memberIDs(value)
            if let filter = parsed.filter {
                guard let id = filter.value(of: ["value"]) else { throw SCIMError(.badRequest, type: "invalidFilter", "Name members by value.") }
                named.append(id.lowercased())
            }
            for id in named where !known.contains(id) {
                throw SCIMError(.badRequest, type: "invalidValue", "No User with the id \(id) in this organisation.")
            }
            switch name {
            case "add": members.formUnion(named)
            case "replace": members = Set(named)
            default:
                if named.isEmpty && parsed.filter == nil { members.removeAll() } else { members.subtract(named) }
            }
        }
        let before = Set(records.filter { $0.roles.contains(role) }.compactMap { $0.person.id?.uuidString.lowercased() })
        let granted = members.subtracting(before).compactMap(UUID.init(uuidString:))
        let revoked = before.subtracting(members).compactMap(UUID.init(uuidString:))
        if !granted.isEmpty || !revoked.isEmpty {
            try await request.writeTransaction { db in
                for id in granted {
                    try await PersonRole(personID: id, role: role).create(on: db)
                    try await Audit.record("update", "person", id: id, summary: "SCIM: \(client.label): + \(role.rawValue)",
                                           organisationID: client.organisationID, actorID: nil, on: db)
                }
                for id in revoked {
                    try await PersonRole.query(on: db).filter(\.$person.$id == id).filter(\.$role == role).delete()
                    try await Audit.record("update", "person", id: id, summary: "SCIM: \(client.label): - \(role.rawValue)",
                                           organisationID: client.organisationID, actorID: nil, on: db)
                }
            }
        }
        let fresh = try await SCIMPersonRecord.load(organisationID: client.organisationID, on: request.db)
        return SCIM.response(.object(resource(role, members: fresh, request: request)))
    }
}
