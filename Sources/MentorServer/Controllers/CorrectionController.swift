import Vapor
import Fluent
import MentorCore

/// Correcting and removing what a conversation recorded, and moving or cancelling a planned
/// conversation. Each record is changed by whoever may create it: agenda items by their
/// author, actions by both of the pair, goal evidence, value scores and observations by the
/// mentor. A removal asks for a confirmation first (a page with one button, no JavaScript
/// needed) and every change leaves an audit entry naming the kind of record.
struct CorrectionController {
    var endpoints: [Endpoint] {
        let members: Set<PairRole> = [.mentor, .mentee]
        return [
            Endpoint(.GET, .conversationReschedule(.key), pair: members, of: .conversation, reschedulePage),
            Endpoint(.POST, .conversationReschedule(.key), pair: members, of: .conversation, reschedule),
            Endpoint(.GET, .conversationCancel(.key), pair: members, of: .conversation, cancelPage),
            Endpoint(.POST, .conversationCancel(.key), pair: members, of: .conversation, cancel),
            Endpoint(.GET, .agendaItemEdit(.key), pair: members, of: .agendaItem, editAgendaItemPage),
            Endpoint(.POST, .agendaItemEdit(.key), pair: members, of: .agendaItem, editAgendaItem),
            Endpoint(.GET, .agendaItemDelete(.key), pair: members, of: .agendaItem, deleteAgendaItem),
            Endpoint(.POST, .agendaItemDelete(.key), pair: members, of: .agendaItem, deleteAgendaItem),
            Endpoint(.GET, .actionEdit(.key), pair: members, of: .action, editActionPage),
            Endpoint(.POST, .actionEdit(.key), pair: members, of: .action, editAction),
            Endpoint(.GET, .actionDelete(.key), pair: members, of: .action, deleteAction),
            Endpoint(.POST, .actionDelete(.key), pair: members, of: .action, deleteAction),
            Endpoint(.GET, .evidenceEdit(.key), pair: [.mentor], of: .goalEvidence, editEvidencePage),
            Endpoint(.POST, .evidenceEdit(.key), pair: [.mentor], of: .goalEvidence, editEvidence),
            Endpoint(.GET, .evidenceDelete(.key), pair: [.mentor], of: .goalEvidence, deleteEvidence),
            Endpoint(.POST, .evidenceDelete(.key), pair: [.mentor], of: .goalEvidence, deleteEvidence),
            Endpoint(.GET, .scoreEdit(.key), pair: [.mentor], of: .valueScore, editScorePage),
            Endpoint(.POST, .scoreEdit(.key), pair: [.mentor], of: .valueScore, editScore),
            Endpoint(.GET, .scoreDelete(.key), pair: [.mentor], of: .valueScore, deleteScore),
            Endpoint(.POST, .scoreDelete(.key), pair: [.mentor], of: .valueScore, deleteScore),
            Endpoint(.GET, .observationEdit(.key), pair: [.mentor], of: .observation, editObservationPage),
            Endpoint(.POST, .observationEdit(.key), pair: [.mentor], of: .observation, editObservation),
            Endpoint(.GET, .observationDelete(.key), pair: [.mentor], of: .observation, deleteObservation),
            Endpoint(.POST, .observationDelete(.key), pair: [.mentor], of: .observation, deleteObservation),
        ]
    }

    // MARK: Shared steps

    /// The edit page for `editor`, with the errors of a refused save (422) or none.
    private func editPage(_ request: Request, conversation: Conversation, _ editor: RecordEditPage.Editor,
                          errors: FieldErrors = [:]) throws -> Response {
        let model = RecordEditPage.Model(conversationID: try conversation.requireID(), conversationAt: conversation.scheduledAt,
                                         editor: editor, errors: errors)
        return RecordEditPage.render(model, viewer: request.viewer).response(status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    private func confirmed(_ request: Request, _ model: ConfirmDeletePage.Model, change: CorrectionChange, id: UUID,
                           _ write: @escaping @Sendable (any Database) async throws -> Void) async throws -> Response {
        try await request.confirmedCorrection(model, change: change, id: id, write)
    }

    private func conversation(of action: ActionItem, on db: any Database) async throws -> Conversation {
        guard let conversation = try await Conversation.find(action.$conversation.id, on: db) else { throw PageError.notFound }
        return conversation
    }

    private func refuse(_ problem: CorrectionProblem, status: HTTPStatus) -> UserError {
        UserError(status, T.correctionProblem(problem))
    }

    // MARK: Moving and cancelling a planned conversation

    private func requirePlanned(_ conversation: Conversation) throws {
        do throws(CorrectionProblem) { try Corrections.checkPlanned(conversation.status) } catch { throw refuse(error, status: .conflict) }
    }

    @Sendable func reschedulePage(_ request: Request, _ context: PairContext) async throws -> Response {
        let conversation = try context.conversation
        try context.requireOpen()
        try requirePlanned(conversation)
        let formats = request.viewer.formats
        let form = ConversationPage.DetailsForm(date: formats.localDay(conversation.scheduledAt), time: formats.timeOfDay(conversation.scheduledAt),
                                                durationMinutes: "\(conversation.durationMinutes)", place: conversation.place)
        return try editPage(request, conversation: conversation, .reschedule(form))
    }

    @Sendable func reschedule(_ request: Request, _ context: PairContext) async throws -> Response {
        let conversation = try context.conversation
        try context.requireOpen()
        try requirePlanned(conversation)
        var form = (try? request.content.decode(ConversationPage.DetailsForm.self)) ?? ConversationPage.DetailsForm()
        // Moving keeps the status and the initiative; only the time, length and place change.
        form.status = ConversationStatus.planned.rawValue
        form.initiative = conversation.initiatedBy.rawValue
        let valid: ConversationPage.DetailsForm.Valid
        switch form.validated(request.viewer.formats, role: context.role, allowCancelled: false, now: request.now) {
        case .failure(let errors): return try editPage(request, conversation: conversation, .reschedule(form), errors: errors.fields)
        case .success(let value): valid = value
        }
        let id = try conversation.requireID()
        try await request.writeTransaction { db in
            try await db.lockForUpdate(Conversation.self, id: id)
            guard let conversation = try await Conversation.find(id, on: db) else { throw PageError.notFound }
            try requirePlanned(conversation)
            let before = CalendarInvitations.slot(conversation)
            conversation.scheduledAt = valid.at
            conversation.durationMinutes = valid.durationMinutes
            conversation.place = valid.place
            let change = CalendarChange.between(before, CalendarInvitations.slot(conversation))
            CalendarInvitations.prepare(change, conversation)
            try await conversation.save(on: db)
            try await request.queueCalendarInvitations(change, conversation, on: db)
            try await request.auditCorrection(.reschedule, .conversation, id: id, on: db)
        }
        request.flash(T.conversationMoved(request.viewer.language))
        return request.redirect(to: .conversation(id))
    }

    @Sendable func cancelPage(_ request: Request, _ context: PairContext) async throws -> Response {
        try await cancel(request, context)
    }

    @Sendable func cancel(_ request: Request, _ context: PairContext) async throws -> Response {
        let conversation = try context.conversation
        try context.requireOpen()
        try requirePlanned(conversation)
        let id = try conversation.requireID()
        let formats = request.viewer.formats
        let place = conversation.place.isEmpty ? "" : " · \(conversation.place)"
        let model = ConfirmDeletePage.Model(kind: .conversation, mode: .cancelConversation, summary: formats.dateTime(conversation.scheduledAt) + place,
                                            action: .conversationCancel(id), back: .conversation(id))
        return try await confirmed(request, model, change: .cancel, id: id) { db in
            try await db.lockForUpdate(Conversation.self, id: id)
            guard let conversation = try await Conversation.find(id, on: db) else { throw PageError.notFound }
            try requirePlanned(conversation)
            CalendarInvitations.prepare(.cancelled, conversation)
            conversation.status = .cancelled
            try await conversation.save(on: db)
            try await request.queueCalendarInvitations(.cancelled, conversation, on: db)
        }
    }

    // MARK: Agenda items: by their author

    private func requireAuthor(_ item: AgendaItem, _ context: PairContext) throws {
        do throws(CorrectionProblem) { try Corrections.checkAuthor(item.authorSide, editor: context.role.side) } catch {
            throw refuse(error, status: .forbidden)
        }
    }

    @Sendable func editAgendaItemPage(_ request: Request, _ context: PairContext) async throws -> Response {
        let item = try context.agendaItem
        try context.requireOpen()
        try requireAuthor(item, context)
        return try editPage(request, conversation: try context.conversation, .agendaItem(try item.requireID(), .init(agendaText: item.text)))
    }

    @Sendable func editAgendaItem(_ request: Request, _ context: PairContext) async throws -> Response {
        let item = try context.agendaItem, conversation = try context.conversation
        try context.requireOpen()
        try requireAuthor(item, context)
        let form = (try? request.content.decode(ConversationPage.AgendaForm.self)) ?? ConversationPage.AgendaForm()
        let id = try item.requireID()
        switch form.validated(request.viewer.language) {
        case .failure(let errors):
            return try editPage(request, conversation: conversation, .agendaItem(id, form), errors: errors.fields)
        case .success(let text):
            try await request.writeTransaction { db in
                try await db.lockForUpdate(AgendaItem.self, id: id)
                guard let item = try await AgendaItem.find(id, on: db) else { throw PageError.notFound }
                item.text = text
                try await item.save(on: db)
                try await request.auditCorrection(.update, .agendaItem, id: id, on: db)
            }
            request.flash(T.saved(request.viewer.language))
            return request.redirect(to: .conversation(try conversation.requireID()))
        }
    }

    @Sendable func deleteAgendaItem(_ request: Request, _ context: PairContext) async throws -> Response {
        let item = try context.agendaItem, conversation = try context.conversation
        try context.requireOpen()
        try requireAuthor(item, context)
        let id = try item.requireID(), conversationID = try conversation.requireID()
        let model = ConfirmDeletePage.Model(kind: .agendaItem, summary: item.text, action: .agendaItemDelete(id), back: .conversation(conversationID))
        return try await confirmed(request, model, change: .delete, id: id) { db in
            try await db.lockForUpdate(Conversation.self, id: conversationID)
            // A later conversation's copy of this item stays; only its link to this item goes.
            try await AgendaItem.query(on: db).filter(\.$carriedFrom.$id == id).set(\.$carriedFrom.$id, to: nil).update()
            try await AgendaItem.query(on: db).filter(\.$id == id).delete()
            // The rest keep their order, numbered 1...n again, so the next item added is numbered after them all.
            let rest = try await AgendaItem.query(on: db).filter(\.$conversation.$id == conversationID).sort(\.$position).all()
            for (index, item) in rest.enumerated() where item.position != index + 1 {
                item.position = index + 1
                try await item.save(on: db)
            }
        }
    }

    // MARK: Actions: by both of the pair

    @Sendable func editActionPage(_ request: Request, _ context: PairContext) async throws -> Response {
        let action = try context.action
        try context.requireOpen()
        let form = ConversationPage.ActionForm(actionText: action.text, owner: action.ownerSide.rawValue,
                                               dueOn: action.dueOn.map(request.viewer.formats.isoDay) ?? "")
        return try editPage(request, conversation: try await conversation(of: action, on: request.db), .action(try action.requireID(), form))
    }

    @Sendable func editAction(_ request: Request, _ context: PairContext) async throws -> Response {
        let action = try context.action
        try context.requireOpen()
        let form = (try? request.content.decode(ConversationPage.ActionForm.self)) ?? ConversationPage.ActionForm()
        let id = try action.requireID()
        switch form.validated(request.viewer.formats) {
        case .failure(let errors):
            return try editPage(request, conversation: try await conversation(of: action, on: request.db), .action(id, form), errors: errors.fields)
        case .success(let valid):
            try await request.writeTransaction { db in
                try await db.lockForUpdate(ActionItem.self, id: id)
                guard let action = try await ActionItem.find(id, on: db) else { throw PageError.notFound }
                action.text = valid.text
                action.ownerSide = valid.owner
                action.dueOn = valid.dueOn
                try await action.save(on: db)
                try await request.auditCorrection(.update, .action, id: id, on: db)
            }
            request.flash(T.saved(request.viewer.language))
            return request.redirect(to: .conversation(action.$conversation.id))
        }
    }

    @Sendable func deleteAction(_ request: Request, _ context: PairContext) async throws -> Response {
        let action = try context.action
        try context.requireOpen()
        let id = try action.requireID()
        let model = ConfirmDeletePage.Model(kind: .action, summary: action.text, action: .actionDelete(id), back: .conversation(action.$conversation.id))
        return try await confirmed(request, model, change: .delete, id: id) { db in
            try await ActionItem.query(on: db).filter(\.$id == id).delete()
        }
    }

    // MARK: The mentor's records: goal evidence, value scores, observations

    @Sendable func editEvidencePage(_ request: Request, _ context: PairContext) async throws -> Response {
        let evidence = try context.evidence
        try context.requireOpen()
        let goals = try await RecordEditPage.Query.goals(pairID: context.pairID, keeping: evidence.$goal.id, on: request.db)
        let form = ConversationPage.EvidenceForm(goal: evidence.$goal.id.uuidString, evidenceText: evidence.text)
        return try editPage(request, conversation: try context.conversation, .evidence(try evidence.requireID(), form, goals: goals))
    }

    @Sendable func editEvidence(_ request: Request, _ context: PairContext) async throws -> Response {
        let evidence = try context.evidence, conversation = try context.conversation
        try context.requireOpen()
        let goals = try await RecordEditPage.Query.goals(pairID: context.pairID, keeping: evidence.$goal.id, on: request.db)
        let form = (try? request.content.decode(ConversationPage.EvidenceForm.self)) ?? ConversationPage.EvidenceForm()
        let id = try evidence.requireID()
        switch form.validated(request.viewer.language, goals: Set(goals.map(\.id))) {
        case .failure(let errors):
            return try editPage(request, conversation: conversation, .evidence(id, form, goals: goals), errors: errors.fields)
        case .success(let valid):
            try await request.writeTransaction { db in
                try await db.lockForUpdate(GoalEvidence.self, id: id)
                guard let evidence = try await GoalEvidence.find(id, on: db) else { throw PageError.notFound }
                evidence.$goal.id = valid.goal
                evidence.text = valid.text
                try await evidence.save(on: db)
                try await request.auditCorrection(.update, .evidence, id: id, on: db)
            }
            request.flash(T.saved(request.viewer.language))
            return request.redirect(to: .conversation(try conversation.requireID()))
        }
    }

    @Sendable func deleteEvidence(_ request: Request, _ context: PairContext) async throws -> Response {
        let evidence = try context.evidence, conversation = try context.conversation
        try context.requireOpen()
        let id = try evidence.requireID()
        let model = ConfirmDeletePage.Model(kind: .evidence, summary: evidence.text, action: .evidenceDelete(id),
                                            back: .conversation(try conversation.requireID()))
        return try await confirmed(request, model, change: .delete, id: id) { db in
            try await GoalEvidence.query(on: db).filter(\.$id == id).delete()
        }
    }

    @Sendable func editScorePage(_ request: Request, _ context: PairContext) async throws -> Response {
        let score = try context.score
        try context.requireOpen()
        let values = try await RecordEditPage.Query.values(organisationID: context.pair.$organisation.id, keeping: score.$coreValue.id,
                                                           language: request.viewer.language, on: request.db)
        let form = ConversationPage.ScoreForm(value: score.$coreValue.id.uuidString, score: "\(score.score)", behaviour: score.behaviour)
        return try editPage(request, conversation: try context.conversation, .score(try score.requireID(), form, values: values))
    }

    @Sendable func editScore(_ request: Request, _ context: PairContext) async throws -> Response {
        let score = try context.score, conversation = try context.conversation
        try context.requireOpen()
        let values = try await RecordEditPage.Query.values(organisationID: context.pair.$organisation.id, keeping: score.$coreValue.id,
                                                           language: request.viewer.language, on: request.db)
        let form = (try? request.content.decode(ConversationPage.ScoreForm.self)) ?? ConversationPage.ScoreForm()
        let id = try score.requireID()
        switch form.validated(request.viewer.language, values: Set(values.map(\.id))) {
        case .failure(let errors):
            return try editPage(request, conversation: conversation, .score(id, form, values: values), errors: errors.fields)
        case .success(let valid):
            try await request.writeTransaction { db in
                try await db.lockForUpdate(ValueScore.self, id: id)
                guard let score = try await ValueScore.find(id, on: db) else { throw PageError.notFound }
                score.$coreValue.id = valid.value
                score.score = valid.score
                score.behaviour = valid.behaviour
                try await score.save(on: db)
                try await request.auditCorrection(.update, .score, id: id, on: db)
            }
            request.flash(T.saved(request.viewer.language))
            return request.redirect(to: .conversation(try conversation.requireID()))
        }
    }

    @Sendable func deleteScore(_ request: Request, _ context: PairContext) async throws -> Response {
        let score = try context.score, conversation = try context.conversation
        try context.requireOpen()
        let id = try score.requireID()
        let value = try await CoreValue.find(score.$coreValue.id, on: request.db)
        let summary = "\(value?.name(in: request.viewer.language) ?? ""): \(score.score)/5 · \(score.behaviour)"
        let model = ConfirmDeletePage.Model(kind: .score, summary: summary, action: .scoreDelete(id), back: .conversation(try conversation.requireID()))
        return try await confirmed(request, model, change: .delete, id: id) { db in
            try await ValueScore.query(on: db).filter(\.$id == id).delete()
        }
    }

    @Sendable func editObservationPage(_ request: Request, _ context: PairContext) async throws -> Response {
        let observation = try context.observation
        try context.requireOpen()
        let patterns = try await RecordEditPage.Query.patterns(organisationID: context.pair.$organisation.id, keeping: observation.pattern,
                                                               language: request.viewer.language, on: request.db)
        let form = ConversationPage.ObservationForm(pattern: observation.pattern, effect: observation.effect.rawValue, observationNote: observation.note)
        return try editPage(request, conversation: try context.conversation, .observation(try observation.requireID(), form, patterns: patterns))
    }

    @Sendable func editObservation(_ request: Request, _ context: PairContext) async throws -> Response {
        let observation = try context.observation, conversation = try context.conversation
        try context.requireOpen()
        let patterns = try await RecordEditPage.Query.patterns(organisationID: context.pair.$organisation.id, keeping: observation.pattern,
                                                               language: request.viewer.language, on: request.db)
        let form = (try? request.content.decode(ConversationPage.ObservationForm.self)) ?? ConversationPage.ObservationForm()
        let id = try observation.requireID()
        switch form.validated(request.viewer.language, patterns: Set(patterns.map(\.key))) {
        case .failure(let errors):
            return try editPage(request, conversation: conversation, .observation(id, form, patterns: patterns), errors: errors.fields)
        case .success(let valid):
            try await request.writeTransaction { db in
                try await db.lockForUpdate(AttitudeObservation.self, id: id)
                guard let observation = try await AttitudeObservation.find(id, on: db) else { throw PageError.notFound }
                observation.pattern = valid.pattern
                observation.effect = valid.effect
                observation.note = valid.note
                try await observation.save(on: db)
                try await request.auditCorrection(.update, .observation, id: id, on: db)
            }
            request.flash(T.saved(request.viewer.language))
            return request.redirect(to: .conversation(try conversation.requireID()))
        }
    }

    @Sendable func deleteObservation(_ request: Request, _ context: PairContext) async throws -> Response {
        let observation = try context.observation, conversation = try context.conversation
        try context.requireOpen()
        let id = try observation.requireID()
        let vocabulary = try await Vocabulary.load(organisationID: context.pair.$organisation.id, on: request.db)
        let name = vocabulary.patternName(observation.pattern, request.viewer.language)
        let summary = "\(name) · \(T.attitudeEffect(observation.effect)(request.viewer.language))" + (observation.note.isEmpty ? "" : " · \(observation.note)")
        let model = ConfirmDeletePage.Model(kind: .observation, summary: summary, action: .observationDelete(id),
                                            back: .conversation(try conversation.requireID()))
        return try await confirmed(request, model, change: .delete, id: id) { db in
            try await AttitudeObservation.query(on: db).filter(\.$id == id).delete()
        }
    }
}
