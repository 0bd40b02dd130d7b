import Foundation
import MentorCore

/// One conversation: details, agenda, notes, actions, and for the mentor the observations.
/// Sections that belong to the mentor alone are rendered only when `isMentor` is true and
/// their data is only loaded for the mentor.
enum ConversationPage {
    struct Model: Sendable, Equatable {
        var id: UUID
        var pairID: UUID
        var isMentor: Bool
        var open: Bool
        var mentorName: String
        var menteeName: String
        var at: Date
        var durationMinutes: Int
        var place: String
        var status: ConversationStatus
        var initiative: PairSide
        var agenda: [AgendaRow]
        var sharedNotes: String
        var actionsHere: [Action]
        var actionsEarlier: [Action]
        var goals: [Goal]
        var evidence: [Evidence]
        /// The mentor's alone, nil for the mentee.
        var privateNotes: String?
        var talkSharePercent: Int?
        var values: [Value] = []
        var scores: [Score] = []
        var patterns: [Pattern] = []
        var observations: [Observation] = []
        var transcript: Transcript?
        /// The form sent with errors, shown again as it was sent.
        var draft = Draft()
        var errors: FieldErrors = [:]
        var flash: String?
    }

    struct AgendaRow: Sendable, Equatable {
        var id: UUID
        var text: String
        var author: PairSide
        var beforehand: Bool
        var covered: Bool
        var carried: Bool
    }

    struct Action: Sendable, Equatable {
        var id: UUID
        var text: String
        var owner: PairSide
        var due: Date?
        var done: Date?
        var carried: Int
    }

    struct Goal: Sendable, Equatable {
        var id: UUID
        var title: String
    }

    struct Evidence: Sendable, Equatable {
        var goal: String
        var text: String
    }

    struct Value: Sendable, Equatable {
        var id: UUID
        var name: String
        var behaviours: [String]
    }

    struct Score: Sendable, Equatable {
        var value: String
        var score: Int
        var behaviour: String
    }

    struct Pattern: Sendable, Equatable {
        var key: String
        var name: String
    }

    struct Observation: Sendable, Equatable {
        var pattern: String
        var effect: AttitudeEffect
        var note: String
    }

    /// A stored transcript analysis as the page shows it.
    struct Transcript: Sendable, Equatable {
        struct Speaker: Sendable, Equatable {
            var name: String
            var share: Double
            var words: Int
            var turns: Int
            var open: Int
            var closed: Int
        }

        var speakers: [Speaker]
        var timed: Bool
        var mentorSpeaker: String
        var menteeSpeaker: String
        var mentorShare: Double
        var rawText: String?
    }

    /// The one form that was sent and refused, so the page shows what was typed.
    struct Draft: Sendable, Equatable {
        var details: DetailsForm?
        var agenda: AgendaForm?
        var notes: NotesForm?
        var action: ActionForm?
        var evidence: EvidenceForm?
        var score: ScoreForm?
        var observation: ObservationForm?
    }
}

extension ConversationPage.Model {
    static let mock: ConversationPage.Model = {
        let day: TimeInterval = 86_400
        let at = Date(timeIntervalSince1970: 1_780_000_000)
        let goal = UUID(uuidString: "00000000-0000-4000-8000-0000000000a1")!
        let value = UUID(uuidString: "00000000-0000-4000-8000-0000000000b1")!
        return ConversationPage.Model(
            id: UUID(uuidString: "00000000-0000-4000-8000-0000000000c1")!, pairID: UUID(uuidString: "00000000-0000-4000-8000-0000000000d1")!,
            isMentor: true, open: true, mentorName: "Jeroen <Partners>", menteeName: "Emma <script>",
            at: at, durationMinutes: 60, place: "Room <Partners>", status: .held, initiative: .mentee,
            agenda: [
                .init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000e1")!, text: "Plan my <script> week", author: .mentee,
                      beforehand: true, covered: false, carried: true),
                .init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000e2")!, text: "Client call", author: .mentor,
                      beforehand: false, covered: true, carried: false),
            ],
            sharedNotes: "Shared <Partners> notes",
            actionsHere: [.init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000f1")!, text: "Draft a <script> plan", owner: .mentee,
                                due: at + 7 * day, done: nil, carried: 0)],
            actionsEarlier: [.init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000f2")!, text: "Read the memo", owner: .mentor,
                                   due: nil, done: nil, carried: 2)],
            goals: [.init(id: goal, title: "Plan <Partners> work")],
            evidence: [.init(goal: "Plan <Partners> work", text: "Kept the <script> plan")],
            privateNotes: "Private <script> notes", talkSharePercent: 40,
            values: [.init(id: value, name: "Ownership <Partners>", behaviours: ["Takes the <script> lead"])],
            scores: [.init(value: "Ownership <Partners>", score: 4, behaviour: "Proposed a <script> plan")],
            patterns: [.init(key: "waits_for_others", name: "Waits for <Partners>")],
            observations: [.init(pattern: "Waits for <Partners>", effect: .hinders, note: "Waited <script>")],
            transcript: .init(speakers: [
                .init(name: "Jeroen <Partners>", share: 0.6, words: 300, turns: 12, open: 5, closed: 2),
                .init(name: "Emma <script>", share: 0.3, words: 150, turns: 11, open: 1, closed: 1),
                .init(name: "Guest", share: 0.1, words: 50, turns: 2, open: 0, closed: 0),
            ], timed: true, mentorSpeaker: "Jeroen <Partners>", menteeSpeaker: "Emma <script>", mentorShare: 0.67,
                              rawText: "Jeroen: how did the <script> week go?"),
            flash: "Saved <script>")
    }()
}
