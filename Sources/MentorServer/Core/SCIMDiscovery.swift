import Foundation
import Vapor

/// The discovery documents (RFC 7644 section 4): what this server supports and the schemas of
/// its two resource types, so a client (or `scim2-tester`) can find out without being told.
enum SCIMDiscovery {
    private static func attribute(_ name: String, _ type: String = "string", multiValued: Bool = false, required: Bool = false,
                                  mutability: String = "readWrite", uniqueness: String = "none", description: String,
                                  sub: [SCIMJSON] = [], canonical: [String] = []) -> SCIMJSON {
        var object: [String: SCIMJSON] = [
            "name": .string(name), "type": .string(type), "multiValued": .bool(multiValued), "description": .string(description),
            "required": .bool(required), "caseExact": .bool(false), "mutability": .string(mutability), "returned": .string("default"),
            "uniqueness": .string(uniqueness),
        ]
        if !sub.isEmpty { object["subAttributes"] = .array(sub) }
        if !canonical.isEmpty { object["canonicalValues"] = .array(canonical.map(SCIMJSON.string)) }
        return .object(object)
    }

    static let userAttributes: [SCIMJSON] = [
        attribute("userName", required: true, uniqueness: "server",
                  description: "Unique per organisation; the e-mail address unless emails names another."),
        attribute("name", "complex", description: "The person's name: formatted, else given and family name.", sub: [
            attribute("formatted", description: "The full name as shown in Mentor Mirror."),
            attribute("familyName", description: "Family name."),
            attribute("givenName", description: "Given name."),
        ]),
        attribute("displayName", description: "Used as the name when name is not sent."),
        attribute("emails", "complex", multiValued: true, required: true,
                  description: "The sign-in address: the primary one, else the work one, else the first.", sub: [
            attribute("value", required: true, description: "An e-mail address."),
            attribute("type", description: "work, home or other.", canonical: ["work", "home", "other"]),
            attribute("primary", "boolean", description: "The address to sign in with."),
        ]),
        attribute("preferredLanguage", description: "nl or en (also nl-NL, en-US): the person's language."),
        attribute("locale", description: "Used for the language when preferredLanguage is not sent."),
        attribute("active", "boolean", description: "false: the person is deactivated, signed out and can no longer sign in."),
        attribute("groups", "complex", multiValued: true, mutability: "readOnly", description: "The person's roles.", sub: [
            attribute("value", mutability: "readOnly", description: "The role: admin, coordinator, mentor or mentee."),
            attribute("display", mutability: "readOnly", description: "The role's name."),
            attribute("type", mutability: "readOnly", description: "direct."),
        ]),
    ]

    static let groupAttributes: [SCIMJSON] = [
        attribute("displayName", required: true, mutability: "readOnly", uniqueness: "server",
                  description: "The role: admin, coordinator, mentor or mentee."),
        attribute("members", "complex", multiValued: true, description: "The people holding the role.", sub: [
            attribute("value", mutability: "immutable", description: "The id of a User."),
            attribute("display", mutability: "readOnly", description: "The person's name."),
            attribute("type", mutability: "immutable", description: "User.", canonical: ["User"]),
        ]),
    ]

    private static func meta(_ type: String, _ url: SiteURL, _ request: Request) -> SCIMJSON {
        .object(["resourceType": .string(type), "location": .string(SCIM.location(url, request: request))])
    }

    static func serviceProviderConfig(_ request: Request) -> SCIMJSON {
        .object([
            "schemas": .array([.string(SCIM.configSchema)]),
            "documentationUri": .string(request.application.settings.mail.baseURL + SiteURL.adminProvisioning.path),
            "patch": .object(["supported": .bool(true)]),
            "bulk": .object(["supported": .bool(false), "maxOperations": .number(0), "maxPayloadSize": .number(0)]),
            "filter": .object(["supported": .bool(true), "maxResults": .number(Double(SCIM.maxResults))]),
            "changePassword": .object(["supported": .bool(false)]),
            "sort": .object(["supported": .bool(false)]),
            "etag": .object(["supported": .bool(false)]),
            "authenticationSchemes": .array([.object([
                "type": .string("oauthbearertoken"), "name": .string("Bearer token"), "primary": .bool(true),
                "description": .string("A token made by the organisation's administrator under Organisation, Provisioning."),
            ])]),
            "meta": meta("ServiceProviderConfig", .scimServiceProviderConfig, request),
        ])
    }

    private static func resourceTypeObject(_ id: String, endpoint: SiteURL, schema: String, _ request: Request) -> SCIMJSON {
        .object([
            "schemas": .array([.string(SCIM.resourceTypeSchema)]), "id": .string(id), "name": .string(id),
            "endpoint": .string("/" + (endpoint.path.split(separator: "/").last.map(String.init) ?? "")),
            "description": .string(id == "User" ? "A person of the organisation." : "A role: admin, coordinator, mentor or mentee."),
            "schema": .string(schema), "schemaExtensions": .array([]),
            "meta": meta("ResourceType", .scimResourceType(id), request),
        ])
    }

    private static func all(_ request: Request) -> [String: SCIMJSON] {
        ["User": resourceTypeObject("User", endpoint: .scimUsers, schema: SCIM.userSchema, request),
         "Group": resourceTypeObject("Group", endpoint: .scimGroups, schema: SCIM.groupSchema, request)]
    }

    static func list(_ resources: [SCIMJSON]) -> SCIMJSON {
        .object(["schemas": .array([.string(SCIM.listSchema)]), "totalResults": .number(Double(resources.count)),
                 "startIndex": .number(1), "itemsPerPage": .number(Double(resources.count)), "Resources": .array(resources)])
    }

    static func resourceTypes(_ request: Request) -> SCIMJSON {
        let types = all(request)
        return list([types["User"]!, types["Group"]!])
    }

    static func resourceType(_ id: String, _ request: Request) throws -> SCIMJSON {
        guard let type = all(request)[id] else { throw SCIMError.notFound }
        return type
    }

    private static func schemaObjects(_ request: Request) -> [String: SCIMJSON] {
        func schema(_ id: String, _ name: String, _ attributes: [SCIMJSON]) -> SCIMJSON {
            .object(["schemas": .array([.string(SCIM.schemaSchema)]), "id": .string(id), "name": .string(name),
                     "description": .string(name == "User" ? "A person of the organisation." : "A role."),
                     "attributes": .array(attributes), "meta": meta("Schema", .scimSchema(id), request)])
        }
        return [SCIM.userSchema: schema(SCIM.userSchema, "User", userAttributes),
                SCIM.groupSchema: schema(SCIM.groupSchema, "Group", groupAttributes)]
    }

    static func schemas(_ request: Request) -> SCIMJSON {
        let objects = schemaObjects(request)
        return list([objects[SCIM.userSchema]!, objects[SCIM.groupSchema]!])
    }

    static func schema(_ id: String, _ request: Request) throws -> SCIMJSON {
        guard let schema = schemaObjects(request)[id] else { throw SCIMError.notFound }
        return schema
    }
}
