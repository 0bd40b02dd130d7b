import Foundation
import MentorCore

/// The person's own data as a readable page, with the JSON download beside it. The Model holds
/// what the page shows of `PersonalData` (the download holds everything); statuses and kinds
/// stay the stored keys, which the View says in the reader's language.
enum PersonalDataPage {
    struct Model: Sendable, Equatable {
        struct Profile: Sendable, Equatable {
            var name, email, organisation: String
            var roles: [String]
            var language: String?
            var practiceGroup: String
            var expertise: [String]
            /// The stored e-mail choice (`EmailChoice.rawValue`), which the View puts into the account page's words.
            var emailChoice: String
            /// The person's own time zone; nil: the firm's.
            var timeZone: String? = nil
        }
        struct Action: Sendable, Equatable { var text: String; var owner: String }
        struct Score: Sendable, Equatable { var value: String; var score: Int; var behaviour: String }
        struct Observation: Sendable, Equatable { var pattern: String; var effect: String; var note: String }
        struct Conversation: Sendable, Equatable {
            var scheduledAt: Date
            var status: String
            var place: String
            var sharedNotes: String
            /// Both only in the pair's mentor's data (see `PersonalData.collect`).
            var talkShareEstimate: Double?
            var privateNotes: String?
            var agenda: [String]
            var actions: [Action]
            var valueScores: [Score]
            var observations: [Observation]
        }
        struct Evidence: Sendable, Equatable { var conversationOn: Date?; var text: String }
        struct Goal: Sendable, Equatable {
            var title, status, description: String
            var evidence: [Evidence]
        }
        struct Agreement: Sendable, Equatable { var menteeExpectations, mentorExpectations, confidentiality: String }
        struct Pair: Sendable, Equatable {
            var programme: String
            /// `mentor` or `mentee`: the person's side.
            var role: String
            var otherPerson: String
            var status: String
            var startedOn: Date?
            var endedOn: Date?
            var agreement: Agreement?
            var conversations: [Conversation]
            var goals: [Goal]
        }
        struct Pulse: Sendable, Equatable { var answeredAt: Date?; var value: Int; var improvement: String }
        struct Reflection: Sendable, Equatable {
            var from, to: Date
            var initiative, expectations, coreValues, learningGoals: String
        }
        struct AuditEntry: Sendable, Equatable { var at: Date?; var action, entity, summary: String }

        var profile: Profile
        var pairs: [Pair]
        var pulseAnswers: [Pulse]
        var reflections: [Reflection]
        var notificationCount: Int
        var auditEntries: [AuditEntry]
    }
}

extension PersonalDataPage.Model {
    static let mock: PersonalDataPage.Model = {
        let day = Date(timeIntervalSince1970: 1_780_000_000)
        let conversation = Conversation(
            scheduledAt: day, status: "held", place: "Room <Partners>", sharedNotes: "We talked about <script>planning",
            talkShareEstimate: 0.4, privateNotes: "Listen more", agenda: ["Planning"],
            actions: [Action(text: "Draft the memo", owner: "mentee")],
            valueScores: [Score(value: "Ownership", score: 4, behaviour: "Took the lead")],
            observations: [Observation(pattern: "advising", effect: "hinders", note: "Too quick")])
        let pair = Pair(programme: "Programme <Partners>", role: "mentor", otherPerson: "Jan <script>", status: "active",
                        startedOn: day, endedOn: nil,
                        agreement: Agreement(menteeExpectations: "Honest feedback", mentorExpectations: "Preparation",
                                             confidentiality: "Between us"),
                        conversations: [conversation],
                        goals: [Goal(title: "Lead a client meeting", status: "in_progress", description: "Twice this year",
                                     evidence: [Evidence(conversationOn: day, text: "Led one")])])
        return PersonalDataPage.Model(
            profile: Profile(name: "Sanne <script>", email: "sanne@example.org", organisation: "Van Dijk & <Partners>",
                             roles: ["mentor"], language: "nl", practiceGroup: "Tax", expertise: ["VAT"], emailChoice: EmailChoice.remindersOnly.rawValue,
                             timeZone: "Europe/London"),
            pairs: [pair], pulseAnswers: [Pulse(answeredAt: day, value: 4, improvement: "More time")],
            reflections: [Reflection(from: day, to: day, initiative: "Often", expectations: "Clear", coreValues: "Yes",
                                     learningGoals: "On track")],
            notificationCount: 2, auditEntries: [AuditEntry(at: day, action: "update", entity: "person", summary: "password changed")])
    }()
}
