import Fluent
import Vapor
import MentorCore

/// An account. Email is unique across the whole installation, because signing in asks
/// for nothing else.
final class Person: Model, @unchecked Sendable {
    static let schema = "people"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Field(key: "name") var name: String
    @Field(key: "email") var email: String
    @Field(key: "password_hash") var passwordHash: String
    @OptionalField(key: "language") var language: Language?
    @OptionalField(key: "seniority") var seniority: Seniority?
    @Field(key: "practice_group") var practiceGroup: String
    /// Areas of expertise, one per line.
    @Field(key: "expertise") var expertiseText: String
    @Field(key: "capacity") var capacity: Int
    /// The mentor is not available before this day (its start in the firm's time zone; migration 017).
    @OptionalField(key: "unavailable_until") var unavailableUntil: Date?
    /// The person's own time zone, an IANA identifier; nil: the firm's (`MENTOR_TIMEZONE`, migration 021).
    @OptionalField(key: "time_zone") var timeZone: String?
    @Field(key: "active") var active: Bool
    /// Reminders by e-mail as well as in the product (false: in the product only).
    @Field(key: "notify_by_email") var notifyByEmail: Bool
    /// With `notifyByEmail`: e-mail for reminders only, events in the product only (migration 016).
    @Field(key: "email_reminders_only") var emailRemindersOnly: Bool
    @Field(key: "failed_sign_ins") var failedSignIns: Int
    @OptionalField(key: "locked_until") var lockedUntil: Date?
    /// SHA-256 of the personal calendar feed's secret (`CalendarToken.hash`, migration 011); nil when the feed is off.
    @OptionalField(key: "calendar_token") var calendarToken: String?
    /// The person's line manager; matching never pairs a mentee with them.
    @OptionalParent(key: "manager_id") var manager: Person?
    /// Languages the person mentors or is mentored in, comma separated (e.g. "nl, en").
    @Field(key: "languages") var languagesText: String
    @Children(for: \.$person) var roleRows: [PersonRole]
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(id: UUID? = nil, organisationID: UUID, name: String, email: String, passwordHash: String,
         language: Language? = nil, seniority: Seniority? = nil, practiceGroup: String = "",
         expertise: [String] = [], capacity: Int = 3) {
        self.id = id
        self.$organisation.id = organisationID
        self.name = name
        self.email = email.lowercased()
        self.passwordHash = passwordHash
        self.language = language
        self.seniority = seniority
        self.practiceGroup = practiceGroup
        self.expertiseText = expertise.joined(separator: "\n")
        self.capacity = capacity
        self.active = true
        self.failedSignIns = 0
        self.languagesText = ""
        self.notifyByEmail = true
        self.emailRemindersOnly = false
    }

    var languages: [String] {
        languagesText.split(whereSeparator: { $0 == "," || $0 == " " }).map { $0.lowercased() }.filter { !$0.isEmpty }
    }

    var expertise: [String] {
        get { expertiseText.split(separator: "\n").map(String.init) }
        set { expertiseText = newValue.joined(separator: "\n") }
    }

    var organisationID: UUID { $organisation.id }
}

extension Person: ModelSessionAuthenticatable {}

final class PersonRole: Model, @unchecked Sendable {
    static let schema = "person_roles"

    @ID(key: .id) var id: UUID?
    @Parent(key: "person_id") var person: Person
    @Field(key: "role") var role: Role

    init() {}

    init(personID: UUID, role: Role) {
        self.$person.id = personID
        self.role = role
    }
}
