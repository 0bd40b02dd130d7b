import Foundation
import Vapor
import MentorCore

/// The forms of the conversation page that both the mentor and the mentee send. Every field
/// arrives as text and may be missing; `validated` trims it and checks it.
extension ConversationPage {
    /// A conversation's date, time, length, place, status and initiative; also the form
    /// that plans or logs a new conversation.
    struct DetailsForm: Content, Sendable, Equatable {
        var date: String?
        var time: String?
        var durationMinutes: String?
        var place: String?
        var status: String?
        var initiative: String?

        struct Valid: Sendable, Equatable {
            var at: Date
            var durationMinutes: Int
            var place: String
            var status: ConversationStatus
            var initiative: PairSide
        }

        /// A mentee's conversation is always the mentee's initiative; a new conversation
        /// cannot be cancelled (`allowCancelled` false makes it planned).
        func validated(_ formats: Formats, role: PairRole, allowCancelled: Bool, now: Date) -> Result<Valid, FormErrors> {
            let language = formats.language
            let day = date.sentText, time = time.sentText
            var errors: FieldErrors = [:]
            let at = formats.parseDateTime(day: day, time: time)
            if formats.parseDay(day) == nil { errors["date"] = T.invalidDay(language) }
            else if at == nil { errors["time"] = T.invalidTime(language) }
            let duration = Int(durationMinutes.sentText) ?? 0
            var status = ConversationStatus(rawValue: self.status.sentText) ?? .planned
            if status == .cancelled && !allowCancelled { status = .planned }
            let initiative: PairSide = role == .mentee ? .mentee : (PairSide(rawValue: self.initiative.sentText) ?? .mentor)
            if let at {
                do throws(WorkflowProblem) {
                    if status != .cancelled { try ConversationRules.check(status: status, at: at, durationMinutes: duration, now: now) }
                    else if !(5...480).contains(duration) { throw WorkflowProblem.durationOutOfRange }
                } catch {
                    errors[error == .durationOutOfRange ? "durationMinutes" : "date"] = T.workflowProblem(error)(language)
                }
            }
            guard errors.isEmpty, let at else { return .failure(FormErrors(errors)) }
            return .success(Valid(at: at, durationMinutes: duration, place: place.sentText, status: status, initiative: initiative))
        }
    }

    /// One agenda item, by the viewer's side of the pair unless `broughtBy` names the other:
    /// whoever logs a conversation can record that a topic came from the mentee (or the mentor).
    struct AgendaForm: Content, Sendable, Equatable {
        var agendaText: String?
        var broughtBy: String?

        struct Valid: Sendable, Equatable {
            var text: String
            var author: PairSide
        }

        /// The text alone (editing an item keeps who brought it).
        func validated(_ language: Language) -> Result<String, FormErrors> {
            let text = agendaText.sentText
            return text.isEmpty ? .failure(FormErrors(["agendaText": T.required(language)])) : .success(text)
        }

        func validated(_ language: Language, side: PairSide) -> Result<Valid, FormErrors> {
            let text = agendaText.sentText
            var errors: [String: String] = text.isEmpty ? ["agendaText": T.required(language)] : [:]
            let sent = broughtBy.sentText
            let author = sent.isEmpty ? side : PairSide(rawValue: sent)
            if author == nil { errors["broughtBy"] = T.broughtByInvalid(language) }
            guard errors.isEmpty, let author else { return .failure(FormErrors(errors)) }
            return .success(Valid(text: text, author: author))
        }
    }

    /// The shared notes; from the mentor also the private notes and the talk estimate.
    struct NotesForm: Content, Sendable, Equatable {
        var sharedNotes: String?
        var privateNotes: String?
        var talkShare: String?

        struct Valid: Sendable, Equatable {
            var sharedNotes: String
            /// Nil for the mentee, whose form has neither.
            var mentor: MentorNotes?
        }

        struct MentorNotes: Sendable, Equatable {
            var privateNotes: String
            /// The estimate of the mentor's own talk share (0-1); nil when left empty.
            var talkShare: Double?
        }

        func validated(_ language: Language, isMentor: Bool) -> Result<Valid, FormErrors> {
            guard isMentor else { return .success(Valid(sharedNotes: sharedNotes.sentText, mentor: nil)) }
            let text = talkShare.sentText
            var share: Double?
            if !text.isEmpty {
                guard let percent = Int(text), let value = try? ConversationRules.talkShare(percent: percent) else {
                    return .failure(FormErrors(["talkShare": T.workflowProblem(.talkShareOutOfRange)(language)]))
                }
                share = value
            }
            return .success(Valid(sharedNotes: sharedNotes.sentText, mentor: MentorNotes(privateNotes: privateNotes.sentText, talkShare: share)))
        }
    }

    /// A new action, for the mentee unless the mentor is named, with an optional due day.
    struct ActionForm: Content, Sendable, Equatable {
        var actionText: String?
        var owner: String?
        var dueOn: String?

        struct Valid: Sendable, Equatable {
            var text: String
            var owner: PairSide
            var dueOn: Date?
        }

        func validated(_ formats: Formats) -> Result<Valid, FormErrors> {
            let language = formats.language
            let text = actionText.sentText, due = dueOn.sentText
            var errors: FieldErrors = [:]
            if text.isEmpty { errors["actionText"] = T.required(language) }
            let day = formats.parseDay(due)
            if !due.isEmpty, day == nil { errors["dueOn"] = T.invalidDay(language) }
            guard errors.isEmpty else { return .failure(FormErrors(errors)) }
            return .success(Valid(text: text, owner: PairSide(rawValue: owner.sentText) ?? .mentee, dueOn: due.isEmpty ? nil : day))
        }
    }

    /// The page's address as asked for: which part was just saved (`?saved=notes`), if any.
    struct Shown: Content, Sendable, Equatable {
        var saved: String?
    }

    /// Marking an action done or open again; `back` is the conversation page it was sent from.
    struct ActionDoneForm: Content, Sendable, Equatable {
        var back: String?

        /// The conversation to return to, when `back` is a conversation's page.
        var backConversation: UUID? {
            let back = back.sentText
            guard let id = UUID(uuidString: String(back.suffix(36))), SiteURL.conversation(id).path == back else { return nil }
            return id
        }
    }
}

extension Optional<String> {
    /// The field as sent without surrounding white space; empty when it was not sent.
    var sentText: String { (self ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
}
