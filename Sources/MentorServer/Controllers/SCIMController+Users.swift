import Vapor
import Fluent
import MentorCore

/// One person as SCIM sees them: the person, what SCIM keeps of them, their roles.
struct SCIMPersonRecord: Sendable {
    var person: Person
    var identity: SCIMIdentity?
    var roles: [Role]

    var userName: String { identity?.userName ?? person.email }

    func resource(_ request: Request) -> [String: SCIMJSON] {
        let id = person.id ?? UUID()
        let stored = identity.flatMap { SCIMJSON.parse(Data($0.attributes.utf8))?.object }
            ?? SCIMUserResource.defaultAttributes(name: person.name, email: person.email, language: person.language)
        return SCIMUserResource.resource(id: id, userName: userName, externalID: identity?.externalID, stored: stored, name: person.name,
                                         email: person.email, active: person.active, roles: roles, created: person.createdAt,
                                         lastModified: [person.updatedAt, identity?.updatedAt].compactMap { $0 }.max(),
                                         location: SCIM.location(.scimUser(id.uuidString.lowercased()), request: request))
    }

    /// The organisation's people SCIM may see (not those it deleted), or the one with `personID`.
    static func load(organisationID: UUID, personID: UUID? = nil, on db: any Database) async throws -> [SCIMPersonRecord] {
        var people = Person.query(on: db).filter(\.$organisation.$id == organisationID)
        if let personID { people = people.filter(\.$id == personID) }
        let persons = try await people.sort(\.$createdAt).sort(\.$id).all()
        let ids = persons.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        var identities = SCIMIdentity.query(on: db).filter(\.$organisation.$id == organisationID)
        if let personID { identities = identities.filter(\.$person.$id == personID) }
        let byPerson = Dictionary(try await identities.all().map { ($0.$person.id, $0) }, uniquingKeysWith: { first, _ in first })
        var roleQuery = PersonRole.query(on: db)
        if let personID { roleQuery = roleQuery.filter(\.$person.$id == personID) } else {
            roleQuery = roleQuery.join(Person.self, on: \PersonRole.$person.$id == \Person.$id).filter(Person.self, \.$organisation.$id == organisationID)
        }
        let roles = Dictionary(grouping: try await roleQuery.all(), by: { $0.$person.id })
        return persons.compactMap { person in
            guard let id = person.id else { return nil }
            let identity = byPerson[id]
            if identity?.deletedAt != nil { return nil }
            return SCIMPersonRecord(person: person, identity: identity, roles: (roles[id] ?? []).map(\.role).sorted())
        }
    }

    /// The record named by the route's id, in the token's organisation; anything else is SCIM's 404.
    static func named(_ request: Request) async throws -> SCIMPersonRecord {
        guard let text = request.parameters.get("token"), let id = UUID(uuidString: text) else { throw SCIMError.notFound }
        guard let record = try await load(organisationID: try request.scimClient.organisationID, personID: id, on: request.db).first else {
            throw SCIMError.notFound
        }
        return record
    }
}

/// The Users endpoint.
enum SCIMUsers {
    /// The attributes a filter may compare, mapped to what they are checked against.
    static let filterable: Set<String> = ["username", "externalid", "emails", "emails.value", "id"]

    @Sendable static func list(_ request: Request) async throws -> Response {
        let client = try request.scimClient
        var records = try await SCIMPersonRecord.load(organisationID: client.organisationID, on: request.db)
        if let text = request.query[String.self, at: "filter"], !text.trimmingCharacters(in: .whitespaces).isEmpty {
            let filter = try SCIMFilter.parse(text)
            for comparison in filter.comparisons where !filterable.contains(comparison.attribute) {
                throw SCIMError(.badRequest, type: "invalidFilter", "Filtering on \(comparison.attribute) is not supported; use userName, externalId or emails.")
            }
            records = records.filter { record in
                filter.comparisons.allSatisfy { comparison in
                    let wanted = comparison.value.string ?? ""
                    switch comparison.attribute {
                    case "username": return record.userName.caseInsensitiveCompare(wanted) == .orderedSame
                    case "externalid": return record.identity?.externalID == wanted
                    case "id": return record.person.id?.uuidString.lowercased() == wanted.lowercased()
                    default: return record.person.email == wanted.lowercased()
                    }
                }
            }
        }
        let page = try SCIMPaging(request)
        let shown = page.slice(records)
        let resources = shown.map { SCIMJSON.object(SCIMUserResource.project($0.resource(request), attributes: page.attributes,
                                                                             excluded: page.excluded)) }
        return SCIM.response(page.list(resources, total: records.count))
    }

    @Sendable static func read(_ request: Request) async throws -> Response {
        let record = try await SCIMPersonRecord.named(request)
        let page = try SCIMPaging(request)
        return SCIM.response(.object(SCIMUserResource.project(record.resource(request), attributes: page.attributes, excluded: page.excluded)))
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let client = try request.scimClient
        let fields = try SCIMUserResource.fields(try SCIM.body(of: request))
        // Someone of the organisation whom SCIM does not hold yet (added in the app, imported, or
        // deleted through SCIM before) is taken over instead of refused: that is how a firm starts provisioning.
        let existing = try await Person.query(on: request.db).filter(\.$email == fields.email).first()
        var adopted: SCIMPersonRecord?
        if let existing, let id = existing.id {
            let taken = SCIMError(.conflict, type: "uniqueness", "A person with this e-mail address exists already.")
            guard existing.$organisation.id == client.organisationID else { throw taken }
            var record = try await SCIMPersonRecord.load(organisationID: client.organisationID, personID: id, on: request.db).first
            if record == nil { record = try await deletedRecord(existing, on: request.db) }
            guard let record, record.identity == nil || record.identity?.deletedAt != nil else { throw taken }
            adopted = record
        }
        var hash = ""
        if adopted == nil {
            // Nobody knows this password: the person signs in through the identity provider, or after a password link.
            hash = try await request.password.async.hash(PeopleQuery.unguessablePassword() + PeopleQuery.unguessablePassword())
        }
        let record = try await SCIMWrite.save(fields, to: adopted, newPasswordHash: hash, request: request)
        let resource = record.resource(request)
        return SCIM.response(.object(resource), status: .created, location: resource["meta"]?["location"]?.string)
    }

    private static func deletedRecord(_ person: Person, on db: any Database) async throws -> SCIMPersonRecord? {
        guard let id = person.id, let identity = try await SCIMIdentity.query(on: db).filter(\.$person.$id == id).first(),
              identity.deletedAt != nil else { return nil }
        let roles = try await PersonRole.query(on: db).filter(\.$person.$id == id).all().map(\.role)
        return SCIMPersonRecord(person: person, identity: identity, roles: roles)
    }

    @Sendable static func replace(_ request: Request) async throws -> Response {
        let record = try await SCIMPersonRecord.named(request)
        let fields = try SCIMUserResource.fields(try SCIM.body(of: request))
        return SCIM.response(.object(try await SCIMWrite.save(fields, to: record, request: request).resource(request)))
    }

    @Sendable static func patch(_ request: Request) async throws -> Response {
        let record = try await SCIMPersonRecord.named(request)
        var current = record.resource(request)
        for key in ["id", "meta", "schemas", "groups"] { current.removeValue(forKey: key) }
        let patched = try SCIMPatch.apply(try SCIM.body(of: request), to: current, schema: SCIM.userSchema)
        // As in POST and PUT, a resource without `active` is an active person (removing `active` brings them back).
        let fields = try SCIMUserResource.fields(patched)
        return SCIM.response(.object(try await SCIMWrite.save(fields, to: record, request: request).resource(request)))
    }

    /// DELETE deactivates the person (signed out, no sign-in, coordinators told) and hides them from
    /// SCIM; what they recorded stays with the organisation until an administrator erases the person.
    @Sendable static func delete(_ request: Request) async throws -> Response {
        let record = try await SCIMPersonRecord.named(request)
        try await SCIMWrite.delete(record, request: request)
        return Response(status: .noContent)
    }
}

/// `startIndex`, `count`, `attributes` and `excludedAttributes` of a GET (RFC 7644 3.4.2.4, 3.4.2.5).
struct SCIMPaging {
    var startIndex: Int
    var count: Int
    var attributes: String?
    var excluded: String?

    init(_ request: Request) throws {
        func number(_ name: String) throws -> Int? {
            guard let text = request.query[String.self, at: name] else { return nil }
            guard let value = Int(text) else { throw SCIMError(.badRequest, type: "invalidValue", "\(name) must be a number.") }
            return value
        }
        startIndex = max(1, try number("startIndex") ?? 1)
        count = min(SCIM.maxResults, max(0, try number("count") ?? SCIM.maxResults))
        attributes = request.query[String.self, at: "attributes"]
        excluded = request.query[String.self, at: "excludedAttributes"]
    }

    func slice<T>(_ all: [T]) -> ArraySlice<T> {
        let start = min(all.count, startIndex - 1)
        return all[start..<min(all.count, start + count)]
    }

    func list(_ resources: [SCIMJSON], total: Int) -> SCIMJSON {
        .object(["schemas": .array([.string(SCIM.listSchema)]), "totalResults": .number(Double(total)),
                 "startIndex": .number(Double(startIndex)), "itemsPerPage": .number(Double(resources.count)),
                 "Resources": .array(resources)])
    }
}
