import Vapor
import Fluent
import SQLKit
import MentorCore

/// Single-use links to choose a password: invitations (sent by an administrator, valid 7
/// days) and resets (asked for on the sign-in page, valid 1 hour).
///
/// The token is 32 random bytes in base64url; only its SHA-256 is stored. A new link retires
/// every earlier unused link of the same person, so only the newest one works. Using a link
/// is one conditional UPDATE, so two requests racing with the same link cannot both win.
enum PasswordLinks {
    static let invitationLifetime: TimeInterval = 7 * 24 * 3600
    static let resetLifetime: TimeInterval = 3600
    /// A reset asked for again within this time, while the earlier link still works, sends
    /// nothing new: the page answers the same, so it cannot be used to flood a mailbox.
    static let resetQuietPeriod: TimeInterval = 5 * 60
    /// `/password/new/`: the link page's address without its token.
    static let pathPrefix = SiteURL.passwordNew("").path

    static func lifetime(_ kind: PasswordLink.Kind) -> TimeInterval {
        kind == .invitation ? invitationLifetime : resetLifetime
    }

    static func makeToken() -> String {
        Data([UInt8].random(count: 32)).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// The address of the link page, always from `MENTOR_BASE_URL`, never from the request's `Host`.
    static func url(token: String, settings: MailSettings) -> String {
        settings.baseURL + pathPrefix + token
    }

    struct Issued: Sendable {
        var personID: UUID
        var name: String
        var email: String
        var url: String
        var expiresAt: Date
        /// True when an e-mail carries the link; false when it must be shown to the administrator.
        var emailed: Bool
    }

    /// Makes a link for `person`, retires their earlier unused links, and queues the e-mail when
    /// e-mail is configured and the address is one plain address; all in one transaction.
    /// The audit event names the kind and how it travels, never the token.
    static func issue(_ kind: PasswordLink.Kind, for person: Person, by admin: (id: UUID, name: String)?,
                      settings: AppSettings, now: Date, on db: any Database) async throws -> Issued {
        let token = makeToken()
        let personID = try person.requireID()
        let organisation = try await Organisation.find(person.organisationID, on: db)
        let language = person.language ?? organisation?.defaultLanguage ?? .nl
        let expiresAt = now.addingTimeInterval(lifetime(kind))
        let link = url(token: token, settings: settings.mail)
        let emailed = settings.mail.sendmail != nil && EmailAddress.isValid(person.email)
        // On the recipient's clock: an administrator may have chosen their zone on the person form.
        let until = Formats(language: language, timeZone: PersonalTimeZone.resolve(person.timeZone, firm: settings.timeZone)).dateTime(expiresAt)
        try await db.transaction { db in
            try await retireOpenLinks(of: personID, now: now, on: db)
            let row = PasswordLink()
            row.$organisation.id = person.organisationID
            row.$person.id = personID
            row.kind = kind
            row.tokenHash = hash(token)
            row.$createdBy.id = admin?.id
            row.expiresAt = expiresAt
            try await row.create(on: db)
            if emailed {
                let subject: Text, body: Text
                switch kind {
                case .invitation:
                    subject = T.invitationSubject
                    body = T.invitationBody(name: person.name, organisation: organisation?.name ?? "", admin: admin?.name ?? "",
                                            email: person.email, link: link, until: until)
                case .reset:
                    subject = T.resetSubject
                    body = T.resetBody(email: person.email, link: link, until: until)
                }
                try await enqueueMail(to: person.email, subject: subject(language), body: body(language) + "\n",
                                      organisationID: person.organisationID, now: now, on: db)
            }
            if kind == .invitation, !emailed {
                // The person learns in the product that an administrator held a link to their account.
                let notice = Notification()
                notice.$organisation.id = person.organisationID
                notice.$person.id = personID
                notice.kind = NotificationKind.passwordLinkSent.rawValue
                notice.key = "password-link:\(row.id?.uuidString ?? UUID().uuidString)"
                notice.detail = Formats(language: language, timeZone: settings.timeZone).dateTime(now)
                notice.link = SiteURL.account.path
                try await notice.create(on: db)
            }
            let travel = emailed ? "sent by e-mail" : "shown to the administrator to pass on"
            let summary = kind == .invitation ? "invitation link \(travel)" : "password reset link sent by e-mail"
            try await Audit.record(kind == .invitation ? "invite" : "reset-request", "person", id: personID, summary: summary,
                                   organisationID: person.organisationID, actorID: admin?.id, on: db)
        }
        return Issued(personID: personID, name: person.name, email: person.email, url: link, expiresAt: expiresAt, emailed: emailed)
    }

    /// The link for `token` and its person, while it works: unused, not expired, the person active.
    static func usable(token: String, now: Date, on db: any Database) async throws -> (PasswordLink, Person)? {
        // A token is 43 characters; anything far off is not looked up at all.
        guard (20...100).contains(token.count) else { return nil }
        guard let link = try await PasswordLink.query(on: db).filter(\.$tokenHash == hash(token)).first(),
              link.usedAt == nil, link.retiredAt == nil, link.expiresAt > now,
              let person = try await Person.find(link.$person.id, on: db), person.active,
              person.organisationID == link.$organisation.id
        else { return nil }
        return (link, person)
    }

    /// Marks `link` used; false when another request used (or a newer link retired) it first.
    static func consume(_ link: PasswordLink, now: Date, on db: any Database) async throws -> Bool {
        guard let sql = db as? any SQLDatabase else { return false }
        let rows = try await sql.raw("""
            UPDATE password_links SET used_at = \(bind: now)
            WHERE id = \(bind: try link.requireID()) AND used_at IS NULL AND retired_at IS NULL AND expires_at > \(bind: now)
            RETURNING id
            """).all()
        return !rows.isEmpty
    }

    /// Every unused link of the person stops working (a newer one was made, or a password was set).
    static func retireOpenLinks(of personID: UUID, now: Date, on db: any Database) async throws {
        try await PasswordLink.query(on: db).filter(\.$person.$id == personID).filter(\.$usedAt == nil).filter(\.$retiredAt == nil)
            .set(\.$retiredAt, to: now).update()
    }

    /// Whether a reset for the person was made within the quiet period and still works.
    static func recentReset(of personID: UUID, now: Date, on db: any Database) async throws -> Bool {
        try await PasswordLink.query(on: db).filter(\.$person.$id == personID).filter(\.$kind == .reset)
            .filter(\.$usedAt == nil).filter(\.$retiredAt == nil).filter(\.$expiresAt > now)
            .filter(\.$createdAt > now.addingTimeInterval(-resetQuietPeriod)).count() > 0
    }

    /// The newest link sent to the person, for the edit page.
    static func latest(of personID: UUID, on db: any Database) async throws -> PasswordLink? {
        try await PasswordLink.query(on: db).filter(\.$person.$id == personID).sort(\.$createdAt, .descending).first()
    }

    /// Puts an e-mail in the outbox; the outbox job delivers it through `MENTOR_SENDMAIL`.
    static func enqueueMail(to recipient: String, subject: String, body: String, organisationID: UUID, now: Date,
                            on db: any Database) async throws {
        let message = OutboxMessage()
        message.$organisation.id = organisationID
        message.recipient = recipient
        message.subject = subject
        message.body = body
        message.status = "pending"
        message.attempts = 0
        message.nextAttemptAt = now
        try await message.create(on: db)
    }

}
