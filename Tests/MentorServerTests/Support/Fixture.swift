import Foundation
import Vapor
import Fluent
@testable import MentorServer
import MentorCore

/// Two organisations, each with a person per role, a core value, a programme and a spare
/// person to act on. Organisation B exists to prove that A's data stays out of its reach.
struct Fixture {
    static let password = "password-123"

    struct Organisation {
        var id: UUID
        var admin, coordinator, mentor, mentee, spare, strangerMentor: UUID
        var value: UUID
        var programme: UUID
        var emails: [Role: String]
        /// An active pair of `mentor` and `mentee` with one held conversation, an agenda item,
        /// an action, a learning goal, and an organisation list item.
        var pair, conversation, agendaItem, action, goal, listItem: UUID
        var strangerEmail: String
        /// The mentor's records of `conversation`, made by `addMentorRecords` (nil until then).
        var evidence: UUID? = nil
        var score: UUID? = nil
        var observation: UUID? = nil
    }

    /// Goal evidence, a value score and an attitude observation in the pair's conversation, for
    /// the routes that correct them.
    static func addMentorRecords(to organisation: inout Organisation, on db: any Database) async throws {
        let evidence = GoalEvidence(conversationID: organisation.conversation, goalID: organisation.goal, text: "Planned the week")
        try await evidence.create(on: db)
        let score = ValueScore(conversationID: organisation.conversation, coreValueID: organisation.value, score: 4, behaviour: "Took the lead")
        try await score.create(on: db)
        let observation = AttitudeObservation(conversationID: organisation.conversation, pattern: AttitudePattern.allCases[0].rawValue,
                                              effect: .hinders, note: "Waited")
        try await observation.create(on: db)
        organisation.evidence = try evidence.requireID()
        organisation.score = try score.requireID()
        organisation.observation = try observation.requireID()
    }

    var a: Organisation
    var b: Organisation

    static func make(on app: Application) async throws -> Fixture {
        let hash = try await app.password.async.hash(password)
        return Fixture(a: try await organisation("a", name: "Alpha Accountants", language: .nl, hash: hash, on: app.db),
                       b: try await organisation("b", name: "Beta Advisory", language: .en, hash: hash, on: app.db))
    }

    private static func organisation(_ key: String, name: String, language: Language, hash: String, on db: any Database) async throws -> Organisation {
        let organisation = MentorServer.Organisation(name: name, slug: "org-\(key)", defaultLanguage: language)
        try await organisation.create(on: db)
        let organisationID = try organisation.requireID()
        var emails: [Role: String] = [:]
        func person(_ label: String, _ roles: [Role], seniority: Seniority, isActor: Bool = true) async throws -> UUID {
            let email = "\(label)@\(key).example"
            let person = Person(organisationID: organisationID, name: "\(label.capitalized) \(key.uppercased())", email: email,
                                passwordHash: hash, seniority: seniority)
            try await person.create(on: db)
            for role in roles {
                try await PersonRole(personID: try person.requireID(), role: role).create(on: db)
                if isActor { emails[role] = email }
            }
            return try person.requireID()
        }
        let admin = try await person("admin", [.admin], seniority: .senior)
        let coordinator = try await person("coordinator", [.coordinator], seniority: .senior)
        let mentor = try await person("mentor", [.mentor], seniority: .senior)
        let mentee = try await person("mentee", [.mentee], seniority: .junior)
        let spare = try await person("spare", [.mentee], seniority: .medior, isActor: false)
        let stranger = try await person("stranger", [.mentor], seniority: .senior, isActor: false)
        let value = CoreValue(organisationID: organisationID, nameNL: "Eigenaarschap", nameEN: "Ownership",
                              descriptionNL: "", descriptionEN: "", position: 1)
        try await value.create(on: db)
        let programme = Programme(organisationID: organisationID, name: "Programme \(key)", startsOn: Date(timeIntervalSinceNow: -86_400 * 30),
                                  endsOn: Date(timeIntervalSinceNow: 86_400 * 300), cadenceDays: 28)
        try await programme.create(on: db)
        let pair = Mentorship(organisationID: organisationID, programmeID: try programme.requireID(), mentorID: mentor, menteeID: mentee,
                              status: .active, startedOn: Date(timeIntervalSinceNow: -86_400 * 20))
        try await pair.create(on: db)
        let conversation = Conversation(mentorshipID: try pair.requireID(), scheduledAt: Date(timeIntervalSinceNow: -86_400), durationMinutes: 60,
                                        place: "Room 1", initiatedBy: .mentor, status: .held)
        try await conversation.create(on: db)
        let item = AgendaItem(conversationID: try conversation.requireID(), authorSide: .mentee, text: "How do I plan my week?",
                              addedBeforehand: true, covered: false, position: 1)
        try await item.create(on: db)
        let action = ActionItem(mentorshipID: try pair.requireID(), conversationID: try conversation.requireID(), ownerSide: .mentee,
                                text: "Draft a weekly plan", dueOn: Date(timeIntervalSinceNow: 86_400 * 7), doneOn: nil)
        try await action.create(on: db)
        let goal = LearningGoal(mentorshipID: try pair.requireID(), menteeID: mentee, title: "Plan my work", description: "",
                                successCriteria: "", targetDate: nil, status: .open, theme: GoalTheme.workOrganisation.rawValue)
        try await goal.create(on: db)
        let listItem = OrganisationListItem(organisationID: organisationID, list: .goalTheme, key: "custom-\(key)", nameNL: "Digitaal", nameEN: "Digital")
        try await listItem.create(on: db)
        return Organisation(id: organisationID, admin: admin, coordinator: coordinator, mentor: mentor, mentee: mentee, spare: spare,
                            strangerMentor: stranger, value: try value.requireID(), programme: try programme.requireID(), emails: emails,
                            pair: try pair.requireID(), conversation: try conversation.requireID(), agendaItem: try item.requireID(),
                            action: try action.requireID(), goal: try goal.requireID(), listItem: try listItem.requireID(),
                            strangerEmail: "stranger@\(key).example")
    }
}
