import Fluent
import Foundation
import MentorCore
import Vapor

/// Larger data sets: copies of the demo organisation (`mentor demo --scale N`) and a busy
/// mentor with many mentees and long histories, for benchmarks and load tests.
enum LoadSeeder {
    /// Seeds the demo and `copies - 1` more organisations like it; copy k has slug `demo-k`
    /// and accounts such as `mentor@demo-k.example`. Returns how many organisations were created.
    @discardableResult
    static func seedDemoCopies(_ copies: Int, on db: any Database, passwordHash: String, now: Date = Date()) async throws -> Int {
        var created = try await DemoSeeder.seed(on: db, passwordHash: passwordHash, now: now) ? 1 : 0
        if copies > 1 {
            for copy in 2...copies {
                let suffix = "-\(copy)"
                if try await DemoSeeder.seed(on: db, passwordHash: passwordHash, now: now, suffix: suffix) { created += 1 }
            }
        }
        return created
    }

    /// One organisation with a mentor and coordinator (`email`) who has `mentees` pairs of `conversations`
    /// held conversations each, every fourteen days back from `now`, with agenda items,
    /// actions, evidence, scores and observations like real use.
    static func seedBusyMentor(email: String, mentees: Int, conversations: Int, on db: any Database, passwordHash: String, now: Date = Date()) async throws -> UUID {
        try await db.transaction { db in
            let organisation = Organisation(name: "Load \(email)", slug: "load-" + Organisation.slug(for: email), defaultLanguage: .en)
            try await organisation.create(on: db)
            let organisationID = try organisation.requireID()
            var valueIDs: [UUID] = []
            for (index, name) in ["Craftsmanship", "Ownership", "Client focus", "Openness"].enumerated() {
                let value = CoreValue(organisationID: organisationID, nameNL: name, nameEN: name, descriptionNL: "", descriptionEN: "", position: index + 1)
                try await value.create(on: db)
                valueIDs.append(try value.requireID())
            }
            let mentor = Person(organisationID: organisationID, name: "Busy Mentor", email: email, passwordHash: passwordHash, seniority: .senior, capacity: mentees)
            try await mentor.create(on: db)
            try await PersonRole(personID: try mentor.requireID(), role: .mentor).create(on: db)
            // Also the programme's coordinator, so one sign-in can load the mirror and the health page.
            try await PersonRole(personID: try mentor.requireID(), role: .coordinator).create(on: db)
            let start = now.addingTimeInterval(-Double(conversations + 2) * 14 * 86_400)
            let programme = Programme(organisationID: organisationID, name: "Load", startsOn: start, endsOn: now.addingTimeInterval(365 * 86_400), cadenceDays: 14)
            try await programme.create(on: db)
            var random = SeededRandom(seed: 42)
            for index in 0..<mentees {
                let mentee = Person(organisationID: organisationID, name: "Mentee \(index + 1)", email: "mentee\(index + 1).\(email)", passwordHash: passwordHash, seniority: .junior)
                try await mentee.create(on: db)
                try await PersonRole(personID: try mentee.requireID(), role: .mentee).create(on: db)
                let pair = Mentorship(organisationID: organisationID, programmeID: try programme.requireID(), mentorID: try mentor.requireID(),
                                      menteeID: try mentee.requireID(), status: .active, startedOn: start)
                try await pair.create(on: db)
                let agreement = Agreement(mentorshipID: try pair.requireID())
                agreement.menteeExpectations = "Honest feedback"
                agreement.discussedOn = start.addingTimeInterval(7 * 86_400)
                agreement.revision = 1
                try await agreement.create(on: db)
                let goal = LearningGoal(mentorshipID: try pair.requireID(), menteeID: try mentee.requireID(), title: "Goal \(index + 1)", description: "",
                                        successCriteria: "", targetDate: nil, status: .inProgress, theme: GoalTheme.allCases[index % 4].rawValue)
                try await goal.create(on: db)
                for number in 0..<conversations {
                    let date = now.addingTimeInterval(-Double(conversations - number) * 14 * 86_400)
                    let conversation = Conversation(mentorshipID: try pair.requireID(), scheduledAt: date, durationMinutes: 60, place: "",
                                                    initiatedBy: random.chance(0.5) ? .mentee : .mentor, status: .held)
                    conversation.talkShareEstimate = (random.between(0.2, 0.7) * 100).rounded() / 100
                    try await conversation.create(on: db)
                    let conversationID = try conversation.requireID()
                    for item in 0..<2 {
                        try await AgendaItem(conversationID: conversationID, authorSide: item == 0 ? .mentee : .mentor, text: "Topic \(item)",
                                             addedBeforehand: random.chance(0.7), covered: true, position: item + 1).create(on: db)
                    }
                    try await ActionItem(mentorshipID: try pair.requireID(), conversationID: conversationID, ownerSide: .mentee, text: "Action",
                                         dueOn: date.addingTimeInterval(7 * 86_400), doneOn: random.chance(0.7) ? date.addingTimeInterval(6 * 86_400) : nil).create(on: db)
                    try await ValueScore(conversationID: conversationID, coreValueID: valueIDs[number % 4], score: 1 + Int(random.next() % 5), behaviour: "Seen").create(on: db)
                    if number % 3 == 0 { try await GoalEvidence(conversationID: conversationID, goalID: try goal.requireID(), text: "Seen").create(on: db) }
                    if number % 4 == 0 {
                        try await AttitudeObservation(conversationID: conversationID, pattern: AttitudePattern.allCases[number % 6].rawValue,
                                                      effect: random.chance(0.5) ? .helps : .hinders, note: "").create(on: db)
                    }
                }
            }
            return try mentor.requireID()
        }
    }
}

/// Prepares a migrated application with load data, for the benchmark package (which sees
/// only the public API).
public enum LoadData {
    public static func prepare(_ app: Application, demoCopies: Int, busyMentorEmail: String, password: String,
                               mentees: Int = 12, conversations: Int = 40) async throws {
        try await app.autoMigrate()
        try await app.prepareStorage()
        let hash = try await app.password.async.hash(password)
        try await LoadSeeder.seedDemoCopies(demoCopies, on: app.db, passwordHash: hash)
        _ = try await LoadSeeder.seedBusyMentor(email: busyMentorEmail, mentees: mentees, conversations: conversations, on: app.db, passwordHash: hash)
    }
}
