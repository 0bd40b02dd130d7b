import Foundation
import MentorCore

/// Correcting one thing a conversation recorded (an agenda item, an action, goal evidence, a
/// value score, an attitude observation) or moving the conversation itself. The page holds
/// the same fields, with the same names and checks, as the form that created the record, filled
/// with what was recorded (or, after a refusal, with what was typed).
enum RecordEditPage {
    struct Model: Sendable, Equatable {
        var conversationID: UUID
        var conversationAt: Date
        var editor: Editor
        var errors: FieldErrors = [:]
    }

    enum Editor: Sendable, Equatable {
        case agendaItem(UUID, ConversationPage.AgendaForm)
        case action(UUID, ConversationPage.ActionForm)
        case evidence(UUID, ConversationPage.EvidenceForm, goals: [ConversationPage.Goal])
        case score(UUID, ConversationPage.ScoreForm, values: [ConversationPage.Value])
        case observation(UUID, ConversationPage.ObservationForm, patterns: [ConversationPage.Pattern])
        /// A new date, time, length and place for a planned conversation.
        case reschedule(ConversationPage.DetailsForm)

        var kind: CorrectionKind {
            switch self {
            case .agendaItem: .agendaItem
            case .action: .action
            case .evidence: .evidence
            case .score: .score
            case .observation: .observation
            case .reschedule: .conversation
            }
        }

        /// Where the form is sent.
        func action(conversation: UUID) -> SiteURL {
            switch self {
            case .agendaItem(let id, _): .agendaItemEdit(id)
            case .action(let id, _): .actionEdit(id)
            case .evidence(let id, _, _): .evidenceEdit(id)
            case .score(let id, _, _): .scoreEdit(id)
            case .observation(let id, _, _): .observationEdit(id)
            case .reschedule: .conversationReschedule(conversation)
            }
        }

        /// The confirmation page that removes the record; nil when moving a conversation.
        var delete: SiteURL? {
            switch self {
            case .agendaItem(let id, _): .agendaItemDelete(id)
            case .action(let id, _): .actionDelete(id)
            case .evidence(let id, _, _): .evidenceDelete(id)
            case .score(let id, _, _): .scoreDelete(id)
            case .observation(let id, _, _): .observationDelete(id)
            case .reschedule: nil
            }
        }
    }
}

extension RecordEditPage.Model {
    static let mockConversation = UUID(uuidString: "00000000-0000-4000-8000-0000000000c1")!
    static let mockAt = Date(timeIntervalSince1970: 1_780_000_000)

    static func mock(_ editor: RecordEditPage.Editor) -> RecordEditPage.Model {
        RecordEditPage.Model(conversationID: mockConversation, conversationAt: mockAt, editor: editor)
    }

    /// One of each editor, holding markup in every name and text.
    static let mocks: [RecordEditPage.Model] = {
        let id = UUID(uuidString: "00000000-0000-4000-8000-0000000000e1")!
        let goal = UUID(uuidString: "00000000-0000-4000-8000-0000000000a1")!
        let value = UUID(uuidString: "00000000-0000-4000-8000-0000000000b1")!
        return [
            mock(.agendaItem(id, .init(agendaText: "Plan my <script> week"))),
            mock(.action(id, .init(actionText: "Draft a <script> plan", owner: "mentor", dueOn: "2026-06-01"))),
            mock(.evidence(id, .init(goal: goal.uuidString, evidenceText: "Kept the <script> plan"),
                           goals: [.init(id: goal, title: "Plan <Partners> work")])),
            mock(.score(id, .init(value: value.uuidString, score: "4", behaviour: "Proposed a <script> plan"),
                        values: [.init(id: value, name: "Ownership <Partners>", behaviours: ["Takes the <script> lead"])])),
            mock(.observation(id, .init(pattern: "waits_for_others", effect: "hinders", observationNote: "Waited <script>"),
                              patterns: [.init(key: "waits_for_others", name: "Waits for <Partners>")])),
            mock(.reschedule(.init(date: "2026-06-02", time: "09:30", durationMinutes: "45", place: "Room <Partners>"))),
        ]
    }()

    static let mock = mocks[1]
}
