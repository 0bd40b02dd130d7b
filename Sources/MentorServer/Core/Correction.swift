import Vapor
import Fluent
import MentorCore

/// The kinds of record a pair or an administrator can correct or remove, with the name the
/// audit log and the pages give each.
enum CorrectionKind: String, Sendable, Equatable, CaseIterable {
    case agendaItem
    case action
    case evidence
    case score
    case observation
    case goal
    case theme
    case pattern
    case reflection
    case conversation

    /// The entity name audit events have always used for this kind of record.
    var entity: String {
        switch self {
        case .agendaItem: "agenda_item"
        case .action: "action_item"
        case .evidence: "goal_evidence"
        case .score: "value_score"
        case .observation: "attitude_observation"
        case .goal: "learning_goal"
        case .theme: OrganisationListItem.List.goalTheme.rawValue
        case .pattern: OrganisationListItem.List.attitudePattern.rawValue
        case .reflection: "reflection"
        case .conversation: "conversation"
        }
    }

    var label: Text { T.correctionKind(self) }
}

/// What was done to a record.
enum CorrectionChange: String, Sendable, CaseIterable {
    case update
    case delete
    case cancel
    case reschedule

    func summary(_ kind: CorrectionKind) -> Text { T.correctionSummary(self, kind) }
}

extension Request {
    /// The audit entry of a correction. Its summary is the English phrase ("value score
    /// deleted"), which `AuditWording` reads back in the reader's language; like every audit
    /// summary it never holds what the record said.
    func auditCorrection(_ change: CorrectionChange, _ kind: CorrectionKind, id: UUID?, on db: any Database) async throws {
        try await audit(change.rawValue, kind.entity, id: id, summary: change.summary(kind).en, on: db)
    }
}

extension Request {
    /// The step of a removal (or a cancellation): on GET the confirmation page; on a POST
    /// without the confirmation the same page with its message (422), nothing changed; on a
    /// confirmed POST `write` runs in one transaction with the audit entry, and the person is
    /// sent back with a message.
    func confirmedCorrection(_ model: ConfirmDeletePage.Model, change: CorrectionChange, id: UUID,
                             _ write: @escaping @Sendable (any Database) async throws -> Void) async throws -> Response {
        guard method == .POST else { return ConfirmDeletePage.render(model, viewer: viewer).response() }
        let form = (try? content.decode(ConfirmDeletePage.Form.self)) ?? ConfirmDeletePage.Form()
        guard form.isConfirmed else {
            var model = model
            model.unconfirmed = true
            return ConfirmDeletePage.render(model, viewer: viewer).response(status: .unprocessableEntity)
        }
        let kind = model.kind
        try await writeTransaction { db in
            try await write(db)
            try await self.auditCorrection(change, kind, id: id, on: db)
        }
        flash(change == .cancel ? T.conversationCancelled(viewer.language) : T.deleted(viewer.language))
        return redirect(to: model.back)
    }
}
