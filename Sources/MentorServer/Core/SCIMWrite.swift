import Vapor
import Fluent
import MentorCore

/// The writes of SCIM provisioning, each in one write transaction with its audit entry (the actor
/// is the SCIM client, named in the summary; no person did it). Deactivating a person ends every
/// session of theirs and tells the organisation's coordinators about each open pair, once.
enum SCIMWrite {
    static func save(_ fields: SCIMUserResource.Fields, to record: SCIMPersonRecord?, newPasswordHash: String = "",
                     request: Request) async throws -> SCIMPersonRecord {
        let client = try request.scimClient
        let organisationID = client.organisationID
        let attributes = String(decoding: SCIMJSON.object(fields.stored).encoded(), as: UTF8.self)
        let now = request.now
        let saved = try await request.writeTransaction { db -> SCIMPersonRecord in
            let personID = record?.person.id
            // userName is unique per organisation, also against people SCIM shows by their e-mail address.
            let key = fields.userName.lowercased()
            var clash = SCIMIdentity.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$userNameKey == key)
            if let personID { clash = clash.filter(\.$person.$id != personID) }
            var emailClash = Person.query(on: db).filter(\.$email == fields.email)
            if let personID { emailClash = emailClash.filter(\.$id != personID) }
            var nameClash = Person.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$email == key)
            if let personID { nameClash = nameClash.filter(\.$id != personID) }
            let userNameTaken = try await clash.first() != nil
            let emailTaken = try await emailClash.first() != nil
            if userNameTaken || emailTaken {
                throw SCIMError(.conflict, type: "uniqueness", "userName or e-mail address is already in use.")
            }
            if let other = try await nameClash.first(), let otherID = other.id,
               try await SCIMIdentity.query(on: db).filter(\.$person.$id == otherID).first() == nil {
                throw SCIMError(.conflict, type: "uniqueness", "userName is already in use.")
            }
            let person = record?.person ?? Person(organisationID: organisationID, name: fields.name, email: fields.email,
                                                  passwordHash: newPasswordHash)
            let wasActive = record == nil ? true : person.active && record?.identity?.deletedAt == nil
            person.name = fields.name
            person.email = fields.email
            if let language = fields.language { person.language = language }
            person.active = fields.active
            try await person.save(on: db)
            let id = try person.requireID()
            let identity = record?.identity ?? SCIMIdentity()
            identity.$organisation.id = organisationID
            identity.$person.id = id
            identity.userName = fields.userName
            identity.userNameKey = key
            identity.externalID = fields.externalID
            identity.attributes = attributes
            identity.deletedAt = nil
            try await identity.save(on: db)
            let action = record == nil ? "create" : wasActive && !person.active ? "deactivate" : !wasActive && person.active ? "activate" : "update"
            try await Audit.record(action, "person", id: id, summary: "SCIM: \(client.label)", organisationID: organisationID,
                                   actorID: nil, on: db)
            if wasActive && !person.active {
                try await deactivated(person, request: request, now: now, on: db)
            }
            return SCIMPersonRecord(person: person, identity: identity, roles: record?.roles ?? [])
        }
        return saved
    }

    static func delete(_ record: SCIMPersonRecord, request: Request) async throws {
        let client = try request.scimClient
        let now = request.now
        try await request.writeTransaction { db in
            let person = record.person
            let id = try person.requireID()
            let wasActive = person.active
            person.active = false
            try await person.save(on: db)
            let identity = record.identity ?? SCIMIdentity()
            if record.identity == nil {
                identity.$organisation.id = client.organisationID
                identity.$person.id = id
                identity.userName = person.email
                identity.attributes = String(decoding: SCIMJSON.object(SCIMUserResource.defaultAttributes(
                    name: person.name, email: person.email, language: person.language)).encoded(), as: UTF8.self)
            }
            identity.deletedAt = now
            // The user name is free again for someone new; a later POST with this address takes the person back.
            identity.userNameKey = "deleted:\(UUID().uuidString.lowercased())"
            try await identity.save(on: db)
            try await Audit.record("delete", "person", id: id, summary: "SCIM: \(client.label)", organisationID: client.organisationID,
                                   actorID: nil, on: db)
            if wasActive { try await deactivated(person, request: request, now: now, on: db) }
        }
    }

    /// Signed out everywhere, and each coordinator told about each open pair of the person.
    static func deactivated(_ person: Person, request: Request, now: Date, on db: any Database) async throws {
        let id = try person.requireID()
        try await Sessions.endAll(personID: id, on: db)
        let pairs = try await Mentorship.query(on: db).filter(\.$organisation.$id == person.$organisation.id).filter(\.$status != .ended)
            .group(.or) { $0.filter(\.$mentor.$id == id).filter(\.$mentee.$id == id) }.all()
        guard !pairs.isEmpty else { return }
        let coordinators = try await Notifier.coordinatorIDs(of: person.$organisation.id, on: db).filter { $0 != id }
        let settings = request.application.settings
        for pair in pairs {
            let pairID = try pair.requireID()
            let otherID = pair.$mentor.id == id ? pair.$mentee.id : pair.$mentor.id
            let other = try await Person.find(otherID, on: db)?.name ?? ""
            let detail = ReminderRules.Detail(value: now.formatted(.iso8601), names: [person.name, other])
            for coordinator in coordinators {
                let notice = Notifier.Request(organisationID: person.$organisation.id, personID: coordinator, kind: .pairMemberDeactivated,
                                              key: EventRules.key(kind: NotificationKind.pairMemberDeactivated.rawValue, subject: pairID,
                                                                  occurrence: id.uuidString.lowercased()),
                                              subjectID: pairID, detail: detail.encoded, link: SiteURL.pair(pairID).path)
                try await Notifier.notify(notice, now: now, settings: settings.mail, timeZone: settings.timeZone, on: db)
            }
        }
    }
}
