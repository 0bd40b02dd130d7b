import Foundation
import Vapor
import MentorCore

/// The whole log as the browser sends it. Lists of new records arrive as numbered rows
/// (`actions[0][text]`), the ticked agenda items and action items as lists of ids
/// (`covered[]`, `done[]`). Each part is checked by the same rules as the conversation page's
/// own small forms, and an error is reported under the field of its row.
extension ConversationLogPage {
    struct Form: Content, Sendable, Equatable {
        var date: String?
        var time: String?
        var durationMinutes: String?
        var place: String?
        var status: String?
        var initiative: String?
        /// The ids of the agenda items discussed.
        var covered: [String]?
        var agenda: [AgendaRow]?
        var sharedNotes: String?
        var privateNotes: String?
        var talkShare: String?
        /// The ids of the open action items now done.
        var done: [String]?
        var actions: [ActionRow]?
        var evidence: [EvidenceRow]?
        var scores: [ScoreRow]?
        var observations: [ObservationRow]?
        /// Sent by "more empty rows": show the form again with a row more in each list, save nothing.
        var more: String?

        struct AgendaRow: Content, Sendable, Equatable {
            var text: String?
            var broughtBy: String?
        }

        struct ActionRow: Content, Sendable, Equatable {
            var text: String?
            var owner: String?
            var due: String?
        }

        struct EvidenceRow: Content, Sendable, Equatable {
            var goal: String?
            var text: String?
        }

        struct ScoreRow: Content, Sendable, Equatable {
            var value: String?
            var score: String?
            var behaviour: String?
        }

        struct ObservationRow: Content, Sendable, Equatable {
            var pattern: String?
            var effect: String?
            var note: String?
        }

        struct Valid: Sendable, Equatable {
            var details: ConversationPage.DetailsForm.Valid
            var covered: Set<UUID>
            var newAgenda: [ConversationPage.AgendaForm.Valid]
            var notes: ConversationPage.NotesForm.Valid
            var done: Set<UUID>
            var actions: [ConversationPage.ActionForm.Valid]
            var evidence: [ConversationPage.EvidenceForm.Valid]
            var scores: [ConversationPage.ScoreForm.Valid]
            var observations: [ConversationPage.ObservationForm.Valid]
        }

        /// What this conversation, pair and organisation hold, so no record can point elsewhere:
        /// ticks for other agenda or action items are left out, other goals, values and patterns refused.
        struct Known: Sendable {
            var agenda: Set<UUID>
            var openActions: Set<UUID>
            var goals: Set<UUID>
            var values: Set<UUID>
            var patterns: Set<String>
            /// The status stored before this log: a held conversation cannot become cancelled.
            var storedStatus: ConversationStatus
        }

        func validated(_ formats: Formats, now: Date, known: Known) -> Result<Valid, FormErrors> {
            let language = formats.language
            var errors: FieldErrors = [:]
            func take<V>(_ result: Result<V, FormErrors>, _ names: [String: String]) -> V? {
                switch result {
                case .success(let value): return value
                case .failure(let failure):
                    for (name, message) in failure.fields { errors[names[name] ?? name] = message }
                    return nil
                }
            }
            let details = take(ConversationPage.DetailsForm(date: date, time: time, durationMinutes: durationMinutes, place: place,
                                                            status: status, initiative: initiative)
                .validated(formats, role: .mentor, allowCancelled: true, now: now), [:])
            if let details {
                do throws(CorrectionProblem) { try Corrections.checkStatusChange(from: known.storedStatus, to: details.status) } catch {
                    errors["status"] = T.correctionProblem(error)(language)
                }
            }
            let newAgenda = (agenda ?? []).enumerated().compactMap { index, row -> ConversationPage.AgendaForm.Valid? in
                guard !row.text.sentText.isEmpty else { return nil }
                return take(ConversationPage.AgendaForm(agendaText: row.text, broughtBy: row.broughtBy).validated(language, side: .mentor),
                            ["agendaText": "agenda[\(index)][text]", "broughtBy": "agenda[\(index)][broughtBy]"])
            }
            let notes = take(ConversationPage.NotesForm(sharedNotes: sharedNotes, privateNotes: privateNotes, talkShare: talkShare)
                .validated(language, isMentor: true), [:])
            let actions = (self.actions ?? []).enumerated().compactMap { index, row -> ConversationPage.ActionForm.Valid? in
                guard !row.text.sentText.isEmpty || !row.due.sentText.isEmpty else { return nil }
                return take(ConversationPage.ActionForm(actionText: row.text, owner: row.owner, dueOn: row.due).validated(formats),
                            ["actionText": "actions[\(index)][text]", "dueOn": "actions[\(index)][due]", "owner": "actions[\(index)][owner]"])
            }
            let evidence = (self.evidence ?? []).enumerated().compactMap { index, row -> ConversationPage.EvidenceForm.Valid? in
                guard !row.text.sentText.isEmpty else { return nil }
                return take(ConversationPage.EvidenceForm(goal: row.goal, evidenceText: row.text).validated(language, goals: known.goals),
                            ["goal": "evidence[\(index)][goal]", "evidenceText": "evidence[\(index)][text]"])
            }
            let scores = (self.scores ?? []).enumerated().compactMap { index, row -> ConversationPage.ScoreForm.Valid? in
                guard !row.score.sentText.isEmpty || !row.behaviour.sentText.isEmpty else { return nil }
                return take(ConversationPage.ScoreForm(value: row.value, score: row.score, behaviour: row.behaviour).validated(language, values: known.values),
                            ["value": "scores[\(index)][value]", "score": "scores[\(index)][score]", "behaviour": "scores[\(index)][behaviour]"])
            }
            let observations = (self.observations ?? []).enumerated().compactMap { index, row -> ConversationPage.ObservationForm.Valid? in
                guard !row.effect.sentText.isEmpty || !row.note.sentText.isEmpty else { return nil }
                return take(ConversationPage.ObservationForm(pattern: row.pattern, effect: row.effect, observationNote: row.note)
                                .validated(language, patterns: known.patterns),
                            ["pattern": "observations[\(index)][pattern]", "effect": "observations[\(index)][effect]",
                             "observationNote": "observations[\(index)][note]"])
            }
            guard errors.isEmpty, let details, let notes else { return .failure(FormErrors(errors)) }
            return .success(Valid(details: details, covered: Self.ids(covered).intersection(known.agenda), newAgenda: newAgenda, notes: notes,
                                  done: Self.ids(done).intersection(known.openActions), actions: actions, evidence: evidence,
                                  scores: scores, observations: observations))
        }

        static func ids(_ sent: [String]?) -> Set<UUID> {
            Set((sent ?? []).compactMap { UUID(uuidString: $0.trimmingCharacters(in: .whitespaces)) })
        }

        init(date: String? = nil, time: String? = nil, durationMinutes: String? = nil, place: String? = nil, status: String? = nil,
             initiative: String? = nil, covered: [String]? = nil, agenda: [AgendaRow]? = nil, sharedNotes: String? = nil,
             privateNotes: String? = nil, talkShare: String? = nil, done: [String]? = nil, actions: [ActionRow]? = nil,
             evidence: [EvidenceRow]? = nil, scores: [ScoreRow]? = nil, observations: [ObservationRow]? = nil, more: String? = nil) {
            self.date = date; self.time = time; self.durationMinutes = durationMinutes; self.place = place; self.status = status
            self.initiative = initiative; self.covered = covered; self.agenda = agenda; self.sharedNotes = sharedNotes
            self.privateNotes = privateNotes; self.talkShare = talkShare; self.done = done; self.actions = actions
            self.evidence = evidence; self.scores = scores; self.observations = observations; self.more = more
        }
    }
}
