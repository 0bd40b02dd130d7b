import Foundation
import MentorCore

/// How a person and a SCIM User resource map onto each other (documented in
/// docs/administration.md, "Provisioning with SCIM"):
/// `userName` is kept as sent and is the e-mail address unless `emails` names another (the primary,
/// else the work address, else the first); `name.formatted` (else given and family name, else
/// `displayName`) is the person's name; `preferredLanguage`, else `locale`, sets the language
/// when it starts with nl or en; `active` is the person's; `externalId` is kept.
enum SCIMUserResource {
    /// What a resource sets on the person.
    struct Fields: Equatable {
        var userName: String
        var externalID: String?
        var email: String
        var name: String
        var language: Language?
        var active: Bool
        /// The attributes kept as sent (everything but the read-only ones and those in columns).
        var stored: [String: SCIMJSON]
    }

    /// The person as the resource's attributes before overrides, for people SCIM never touched.
    static func defaultAttributes(name: String, email: String, language: Language?) -> [String: SCIMJSON] {
        var attributes: [String: SCIMJSON] = [
            "name": .object(["formatted": .string(name)]),
            "displayName": .string(name),
            "emails": .array([.object(["value": .string(email), "type": .string("work"), "primary": .bool(true)])]),
            "active": .bool(true),
        ]
        if let language { attributes["preferredLanguage"] = .string(language.rawValue) }
        return attributes
    }

    /// The full resource: stored attributes with what the person holds now laid over them.
    static func resource(id: UUID, userName: String, externalID: String?, stored: [String: SCIMJSON], name: String, email: String,
                         active: Bool, roles: [Role], created: Date?, lastModified: Date?, location: String) -> [String: SCIMJSON] {
        var resource = stored
        // An administrator may have changed the name or address in the app since the client sent them.
        if personName(stored, email: email) != name {
            var nameObject = resource["name"]?.object ?? [:]
            nameObject["formatted"] = .string(name)
            resource["name"] = .object(nameObject)
        }
        if (derivedEmail(stored) ?? userName).lowercased() != email.lowercased() {
            resource["emails"] = .array([.object(["value": .string(email), "type": .string("work"), "primary": .bool(true)])])
        }
        resource["schemas"] = .array([.string(SCIM.userSchema)])
        resource["id"] = .string(id.uuidString.lowercased())
        resource["userName"] = .string(userName)
        if let externalID { resource["externalId"] = .string(externalID) }
        // A client that removed `active` gets none back while the person is active (RFC 7644 3.5.2.2).
        if resource["active"] != nil || !active { resource.removeValue(forKey: resource.key(matching: "active")); resource["active"] = .bool(active) }
        if !roles.isEmpty {
            resource["groups"] = .array(roles.sorted().map { role in
                .object(["value": .string(role.rawValue), "display": .string(SCIMGroups.displayName(role)), "type": .string("direct")])
            })
        }
        var meta: [String: SCIMJSON] = ["resourceType": .string("User"), "location": .string(location)]
        if let created { meta["created"] = .string(created.formatted(.iso8601)) }
        if let lastModified { meta["lastModified"] = .string(lastModified.formatted(.iso8601)) }
        resource["meta"] = .object(meta)
        return resource
    }

    /// Reads a resource sent with POST or PUT (or the result of a PATCH); refuses what cannot be a person.
    /// A resource without `active` is an active person, in POST, PUT and PATCH alike.
    static func fields(_ resource: [String: SCIMJSON]) throws -> Fields {
        guard let userName = resource["userName"]?.string?.trimmingCharacters(in: .whitespaces), !userName.isEmpty, userName.count <= 320 else {
            throw SCIMError(.badRequest, type: "invalidValue", "userName is required.")
        }
        guard let email = (derivedEmail(resource) ?? userName).trimmingCharacters(in: .whitespaces).lowercased() as String?,
              PeopleImport.isPlausibleEmail(email)
        else {
            throw SCIMError(.badRequest, type: "invalidValue", "An e-mail address is required: in emails, or as the userName.")
        }
        let name = personName(resource, email: email)
        guard !name.isEmpty, name.count <= 200 else { throw SCIMError(.badRequest, type: "invalidValue", "The name is empty or too long.") }
        let active: Bool
        if let value = resource["active"] {
            guard let flag = value.bool else { throw SCIMError(.badRequest, type: "invalidValue", "active must be true or false.") }
            active = flag
        } else {
            active = true
        }
        if let externalID = resource["externalId"], externalID != .null, externalID.string == nil {
            throw SCIMError(.badRequest, type: "invalidValue", "externalId must be a string.")
        }
        var stored = resource
        // `active` stays in the stored attributes only to tell whether the client sent one; the person's own flag counts.
        for key in ["id", "meta", "schemas", "groups", "password", "userName", "externalId"] {
            stored.removeValue(forKey: stored.key(matching: key))
        }
        return Fields(userName: userName, externalID: resource["externalId"]?.string, email: email, name: name,
                      language: language(resource), active: active, stored: stored)
    }

    /// The person's name a resource gives: its name, else the part of the address before the @.
    static func personName(_ resource: [String: SCIMJSON], email: String) -> String {
        (derivedName(resource) ?? String(email.split(separator: "@").first ?? "")).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func derivedEmail(_ resource: [String: SCIMJSON]) -> String? {
        let emails = (resource["emails"]?.array ?? []).compactMap(\.object)
        let chosen = emails.first { $0.first(where: { $0.key.lowercased() == "primary" })?.value.bool == true }
            ?? emails.first { SCIMJSON.object($0)["type"]?.string?.lowercased() == "work" }
            ?? emails.first
        return chosen.flatMap { SCIMJSON.object($0)["value"]?.string }
    }

    static func derivedName(_ resource: [String: SCIMJSON]) -> String? {
        let name = resource["name"]
        if let formatted = name?["formatted"]?.string, !formatted.trimmingCharacters(in: .whitespaces).isEmpty { return formatted }
        let parts = [name?["givenName"]?.string, name?["familyName"]?.string].compactMap { $0 }.filter { !$0.isEmpty }
        if !parts.isEmpty { return parts.joined(separator: " ") }
        if let display = resource["displayName"]?.string, !display.isEmpty { return display }
        return nil
    }

    /// `preferredLanguage` ("nl", "nl-NL", "en-US, nl;q=0.8"), else `locale` ("nl_NL"): nl or en, else nil.
    static func language(_ resource: [String: SCIMJSON]) -> Language? {
        for key in ["preferredLanguage", "locale"] {
            guard let text = resource[key]?.string?.lowercased() else { continue }
            if let language = Language(rawValue: String(text.prefix(2))) { return language }
        }
        return nil
    }

    /// `attributes` and `excludedAttributes` (RFC 7644 3.4.2.5), on top-level names; `id` and `schemas` always stay.
    static func project(_ resource: [String: SCIMJSON], attributes: String?, excluded: String?) -> [String: SCIMJSON] {
        func names(_ text: String?) -> Set<String> {
            Set((text ?? "").split(separator: ",").compactMap { part in
                var name = part.trimmingCharacters(in: .whitespaces).lowercased()
                if name.hasPrefix("urn:"), let last = name.split(separator: ":").last { name = String(last) }
                return name.split(separator: ".").first.map(String.init)
            })
        }
        let always: Set<String> = ["id", "schemas"]
        let wanted = names(attributes), unwanted = names(excluded)
        return resource.filter { key, _ in
            let name = key.lowercased()
            if always.contains(name) { return true }
            if !wanted.isEmpty { return wanted.contains(name) }
            return !unwanted.contains(name)
        }
    }
}
