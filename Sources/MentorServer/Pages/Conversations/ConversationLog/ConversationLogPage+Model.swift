import Foundation
import MentorCore

/// The mentor's one page for logging a whole conversation: its details, what of the agenda was
/// discussed, the notes, the action items done and new, goal evidence, value scores and attitude
/// observations, in one form that is saved at once or not at all.
enum ConversationLogPage {
    struct Model: Sendable, Equatable {
        var id: UUID
        var pairID: UUID
        var mentorName: String
        var menteeName: String
        var at: Date
        var agenda: [AgendaEntry]
        /// The pair's action items not done yet, from this conversation and earlier ones.
        var openActions: [OpenAction]
        var goals: [Choice]
        var values: [Choice]
        var patterns: [Choice]
        /// What the fields hold: the stored conversation, or the form as it was sent.
        var form: Form
        var rows = Rows()
        var errors: FieldErrors = [:]
        var flash: String?
    }

    struct AgendaEntry: Sendable, Equatable {
        var id: UUID
        var text: String
        var author: PairSide
        var carried: Bool
    }

    struct OpenAction: Sendable, Equatable {
        var id: UUID
        var text: String
        var owner: PairSide
        var due: Date?
    }

    /// One option of a select: the value sent and what the reader sees.
    struct Choice: Sendable, Equatable {
        var value: String
        var label: String
    }

    /// How many rows each list of new records shows; "more empty rows" adds one to each.
    struct Rows: Sendable, Equatable {
        var agenda = 2
        var actions = 3
        var evidence = 2
        var scores = 2
        var observations = 2

        /// At least as many rows as `form` sent, so nothing typed is dropped, plus `extra` empty ones.
        func fitting(_ form: Form, extra: Int = 0) -> Rows {
            Rows(agenda: max(agenda, form.agenda?.count ?? 0) + extra, actions: max(actions, form.actions?.count ?? 0) + extra,
                 evidence: max(evidence, form.evidence?.count ?? 0) + extra, scores: max(scores, form.scores?.count ?? 0) + extra,
                 observations: max(observations, form.observations?.count ?? 0) + extra)
        }
    }
}

extension ConversationLogPage.Model {
    static let mock: ConversationLogPage.Model = {
        let at = Date(timeIntervalSince1970: 1_780_000_000)
        let agenda = [UUID(uuidString: "00000000-0000-4000-8000-0000000001e1")!, UUID(uuidString: "00000000-0000-4000-8000-0000000001e2")!]
        let goal = UUID(uuidString: "00000000-0000-4000-8000-0000000001a1")!
        let value = UUID(uuidString: "00000000-0000-4000-8000-0000000001b1")!
        return ConversationLogPage.Model(
            id: UUID(uuidString: "00000000-0000-4000-8000-0000000001c1")!, pairID: UUID(uuidString: "00000000-0000-4000-8000-0000000001d1")!,
            mentorName: "Jeroen <Partners>", menteeName: "Emma <script>", at: at,
            agenda: [.init(id: agenda[0], text: "Plan my <script> week", author: .mentee, carried: true),
                     .init(id: agenda[1], text: "Client <Partners> call", author: .mentor, carried: false)],
            openActions: [.init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000001f1")!, text: "Read the <script> memo", owner: .mentee,
                                due: at + 7 * 86_400)],
            goals: [.init(value: goal.uuidString, label: "Plan <Partners> work")],
            values: [.init(value: value.uuidString, label: "Ownership <Partners>")],
            patterns: [.init(value: "waits_for_others", label: "Waits for <Partners>")],
            form: .init(date: "2026-05-28", time: "10:00", durationMinutes: "60", place: "Room <Partners>", status: "held",
                        initiative: "mentee", covered: [agenda[1].uuidString],
                        agenda: [.init(text: "A <script> topic", broughtBy: "mentee")],
                        sharedNotes: "Shared <Partners> notes", privateNotes: "Private <script> notes", talkShare: "40",
                        actions: [.init(text: "Draft a <script> plan", owner: "mentee", due: "")],
                        scores: [.init(value: value.uuidString, score: "9", behaviour: "")]),
            errors: ["scores[0][score]": "Score <script> error"],
            flash: "Saved <script>")
    }()
}
