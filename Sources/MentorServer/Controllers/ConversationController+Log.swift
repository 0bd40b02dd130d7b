import Vapor
import Fluent
import MentorCore

/// The mentor's one page for logging a whole conversation (issue 15): one form, one POST, one
/// write transaction. If any part is refused nothing is written and the page comes back with
/// everything as it was typed and each message beside its field.
extension ConversationController {
    @Sendable func showLog(_ request: Request, _ context: PairContext) async throws -> Response {
        try context.requireOpen()
        var model = try await ConversationLogPage.Query.model(try context.conversation, context, formats: request.viewer.formats, on: request.db)
        model.flash = request.takeFlash()
        return ConversationLogPage.render(model, viewer: request.viewer).response()
    }

    @Sendable func saveLog(_ request: Request, _ context: PairContext) async throws -> Response {
        try context.requireOpen()
        let conversation = try context.conversation
        let form = try request.content.decode(ConversationLogPage.Form.self)
        var model = try await ConversationLogPage.Query.model(conversation, context, formats: request.viewer.formats, on: request.db)
        if form.more.sentText == "1" {
            // "More empty rows": the same form with a row more in each list; nothing is saved.
            model.form = form
            model.rows = model.rows.fitting(form, extra: 1)
            model.flash = T.logMoreRowsAdded(request.viewer.language)
            return ConversationLogPage.render(model, viewer: request.viewer).response()
        }
        let known = ConversationLogPage.Form.Known(
            agenda: Set(model.agenda.map(\.id)), openActions: Set(model.openActions.map(\.id)),
            goals: Set(model.goals.compactMap { UUID(uuidString: $0.value) }), values: Set(model.values.compactMap { UUID(uuidString: $0.value) }),
            patterns: Set(model.patterns.map(\.value)), storedStatus: conversation.status)
        let log: ConversationLogPage.Form.Valid
        switch form.validated(request.viewer.formats, now: request.now, known: known) {
        case .failure(let errors):
            model.form = form
            model.rows = model.rows.fitting(form)
            model.errors = errors.fields
            return ConversationLogPage.render(model, viewer: request.viewer).response(status: .unprocessableEntity)
        case .success(let valid): log = valid
        }
        let conversationID = try conversation.requireID()
        let pairID = context.pairID
        let now = request.now
        try await request.writeTransaction { db in
            try await ConversationLogWrites.save(log, conversationID: conversationID, pairID: pairID, now: now, request: request, on: db)
        }
        request.flash(T.logSaved(agenda: log.newAgenda.count, actions: log.actions.count, evidence: log.evidence.count,
                                 scores: log.scores.count, observations: log.observations.count)(request.viewer.language))
        return request.redirect(to: .conversation(conversationID), saved: ConversationPage.SavedSection.log)
    }
}

/// The writes of one conversation log, inside the one write transaction that saves it.
enum ConversationLogWrites {
    static func save(_ log: ConversationLogPage.Form.Valid, conversationID: UUID, pairID: UUID, now: Date, request: Request,
                     on db: any Database) async throws {
        // Under the conversation's lock (PostgreSQL), as the page's small forms: read again, so two
        // saves that both mark it held carry the open actions once and number agenda items apart.
        try await db.lockForUpdate(Conversation.self, id: conversationID)
        guard let conversation = try await Conversation.find(conversationID, on: db) else { throw PageError.notFound }
        let details = log.details
        do throws(CorrectionProblem) { try Corrections.checkStatusChange(from: conversation.status, to: details.status) } catch {
            throw UserError(.conflict, T.correctionProblem(error))
        }
        let carries = CarryForward.carriesActions(from: conversation.status, to: details.status)
        let before = CalendarInvitations.slot(conversation)
        conversation.scheduledAt = details.at
        conversation.durationMinutes = details.durationMinutes
        conversation.place = details.place
        conversation.status = details.status
        conversation.initiatedBy = details.initiative
        conversation.sharedNotes = log.notes.sharedNotes
        if let mentor = log.notes.mentor {
            conversation.privateNotes = mentor.privateNotes
            conversation.talkShareEstimate = mentor.talkShare
        }
        let change = CalendarChange.between(before, CalendarInvitations.slot(conversation))
        CalendarInvitations.prepare(change, conversation)
        try await conversation.save(on: db)
        try await request.queueCalendarInvitations(change, conversation, on: db)
        try await request.audit("update", "conversation", id: conversationID, summary: "details: \(details.status.rawValue)", on: db)
        try await request.audit("update", "conversation", id: conversationID, summary: "shared and private notes, talk estimate", on: db)

        // The agenda: what was discussed, and the topics raised during the conversation (discussed too).
        let items = try await AgendaItem.query(on: db).filter(\.$conversation.$id == conversationID).all()
        for item in items where item.covered != log.covered.contains(item.id!) {
            item.covered = log.covered.contains(item.id!)
            try await item.save(on: db)
            try await request.audit("update", "agenda_item", id: item.id, summary: item.covered ? "covered" : "not covered", on: db)
        }
        var position = items.count
        for topic in log.newAgenda {
            position += 1
            let item = AgendaItem(conversationID: conversationID, authorSide: topic.author, text: topic.text,
                                  addedBeforehand: ConversationRules.isBeforehand(addedAt: now, conversationStart: details.at),
                                  covered: true, position: position)
            try await item.create(on: db)
            let recorder = topic.author == .mentor ? "" : ", recorded by mentor"
            try await request.audit("create", "agenda_item", id: item.id, summary: "by \(topic.author.rawValue)\(recorder)", on: db)
        }

        // Action items done before the open ones are carried, so a done one is not carried on.
        if !log.done.isEmpty {
            let done = try await ActionItem.query(on: db).filter(\.$mentorship.$id == pairID).filter(\.$id ~~ Array(log.done))
                .filter(\.$doneOn == nil).all()
            for action in done {
                action.doneOn = now
                try await action.save(on: db)
                try await request.audit("update", "action_item", id: action.id, summary: "done", on: db)
            }
        }
        if carries { try await CarryForwardWrites.openActions(of: pairID, into: conversationID, startingAt: details.at, on: db) }
        for action in log.actions {
            let item = ActionItem(mentorshipID: pairID, conversationID: conversationID, ownerSide: action.owner,
                                  text: action.text, dueOn: action.dueOn, doneOn: nil)
            try await item.create(on: db)
            try await request.audit("create", "action_item", id: item.id, summary: "owner \(item.ownerSide.rawValue)", on: db)
        }

        // The mentor's observations.
        for evidence in log.evidence {
            let item = GoalEvidence(conversationID: conversationID, goalID: evidence.goal, text: evidence.text)
            try await item.create(on: db)
            try await request.audit("create", "goal_evidence", id: item.id, summary: "evidence recorded", on: db)
        }
        for score in log.scores {
            let item = ValueScore(conversationID: conversationID, coreValueID: score.value, score: score.score, behaviour: score.behaviour)
            try await item.create(on: db)
            try await request.audit("create", "value_score", id: item.id, summary: "score recorded", on: db)
        }
        for observation in log.observations {
            let item = AttitudeObservation(conversationID: conversationID, pattern: observation.pattern, effect: observation.effect, note: observation.note)
            try await item.create(on: db)
            try await request.audit("create", "attitude_observation", id: item.id, summary: "observation recorded", on: db)
        }
    }
}

extension Request {
    /// To a conversation's page at the part just saved (`?saved=notes#saved`), where its message shows.
    func redirect(to url: SiteURL, saved section: ConversationPage.SavedSection) -> Response {
        redirect(to: url.path(query: [("saved", section.rawValue)], fragment: "saved"), redirectType: .normal)
    }
}
