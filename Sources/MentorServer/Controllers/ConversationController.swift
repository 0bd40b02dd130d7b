import Vapor
import Fluent
import MentorCore

/// Planning and logging conversations, and everything recorded in them.
/// Only the pair's mentor and mentee reach a conversation; some parts are the mentor's alone.
struct ConversationController {
    var endpoints: [Endpoint] {
        let members: Set<PairRole> = [.mentor, .mentee]
        return [
            Endpoint(.GET, .conversationNew(pair: .key), pair: members, of: .pair, new),
            Endpoint(.POST, .conversations(pair: .key), pair: members, of: .pair, create),
            Endpoint(.GET, .conversation(.key), pair: members, of: .conversation, show),
            Endpoint(.POST, .conversation(.key), pair: members, of: .conversation, updateDetails),
            Endpoint(.GET, .conversationCalendar(.key), pair: members, of: .conversation, calendar),
            Endpoint(.POST, .conversationAgenda(.key), pair: members, of: .conversation, addAgendaItem),
            Endpoint(.POST, .agendaItemCovered(.key), pair: members, of: .agendaItem, toggleCovered),
            Endpoint(.POST, .conversationNotes(.key), pair: members, of: .conversation, saveNotes),
            Endpoint(.POST, .conversationActions(.key), pair: members, of: .conversation, addAction),
            Endpoint(.POST, .actionDone(.key), pair: members, of: .action, toggleDone),
            Endpoint(.POST, .conversationEvidence(.key), pair: [.mentor], of: .conversation, addEvidence),
            Endpoint(.POST, .conversationScores(.key), pair: [.mentor], of: .conversation, addScore),
            Endpoint(.POST, .conversationObservations(.key), pair: [.mentor], of: .conversation, addObservation),
            Endpoint(.GET, .conversationLog(.key), pair: [.mentor], of: .conversation, showLog),
            Endpoint(.POST, .conversationLog(.key), pair: [.mentor], of: .conversation, saveLog),
        ]
    }

    // MARK: Plan or log

    @Sendable func new(_ request: Request, _ context: PairContext) async throws -> Response {
        try context.requireOpen()
        let model = NewConversationPage.Query.model(pairID: context.pairID, role: context.role, now: request.now, formats: request.viewer.formats)
        return NewConversationPage.render(model, viewer: request.viewer).response()
    }

    @Sendable func create(_ request: Request, _ context: PairContext) async throws -> Response {
        try context.requireOpen()
        let form = try request.content.decode(NewConversationPage.Form.self)
        let details: ConversationPage.DetailsForm.Valid
        switch form.validated(request.viewer.formats, role: context.role, allowCancelled: false, now: request.now) {
        case .failure(let errors):
            let model = NewConversationPage.Model(pairID: context.pairID, isMentor: context.isMentor, form: form, errors: errors.fields)
            return NewConversationPage.render(model, viewer: request.viewer).response(status: .unprocessableEntity)
        case .success(let valid): details = valid
        }
        let conversation = Conversation(mentorshipID: context.pairID, scheduledAt: details.at, durationMinutes: details.durationMinutes,
                                        place: details.place, initiatedBy: details.initiative, status: details.status)
        conversation.plannedBy = context.role.side
        // The carry-forward reads what earlier conversations left open and moves each item once:
        // one write transaction per pair at a time (the pair locked on PostgreSQL).
        try await request.writeTransaction { db in
            try await db.lockForUpdate(Mentorship.self, id: context.pairID)
            try await conversation.create(on: db)
            try await CarryForwardWrites.agenda(into: conversation, on: db)
            if CarryForward.carriesActions(from: nil, to: details.status) {
                try await CarryForwardWrites.openActions(of: context.pairID, into: conversation.requireID(), startingAt: details.at, on: db)
            }
            try await request.audit("create", "conversation", id: conversation.id,
                                    summary: "\(details.status.rawValue), initiative \(details.initiative.rawValue)", on: db)
            try await request.queueCalendarInvitations(CalendarChange.between(nil, CalendarInvitations.slot(conversation)), conversation, on: db)
        }
        request.flash(T.conversationSaved(request.viewer.language))
        return request.redirect(to: .conversation(try conversation.requireID()))
    }

    @Sendable func updateDetails(_ request: Request, _ context: PairContext) async throws -> Response {
        let conversation = try context.conversation
        try context.requireOpen()
        let form = try request.content.decode(ConversationPage.DetailsForm.self)
        let details: ConversationPage.DetailsForm.Valid
        switch form.validated(request.viewer.formats, role: context.role, allowCancelled: true, now: request.now) {
        case .failure(let errors):
            return try await renderPage(request, context, errors: errors.fields, draft: .init(details: form), status: .unprocessableEntity)
        case .success(let valid): details = valid
        }
        let conversationID = try conversation.requireID()
        try await request.writeTransaction { db in
            // Read again under the lock, so two saves that both mark it held carry the open actions once.
            try await db.lockForUpdate(Conversation.self, id: conversationID)
            guard let conversation = try await Conversation.find(conversationID, on: db) else { throw PageError.notFound }
            do throws(CorrectionProblem) { try Corrections.checkStatusChange(from: conversation.status, to: details.status) } catch {
                throw UserError(.conflict, T.correctionProblem(error))
            }
            let carries = CarryForward.carriesActions(from: conversation.status, to: details.status)
            let before = CalendarInvitations.slot(conversation)
            conversation.scheduledAt = details.at
            conversation.durationMinutes = details.durationMinutes
            conversation.place = details.place
            conversation.status = details.status
            // Only the mentor corrects who took the initiative; a mentee's edit keeps what was recorded.
            if context.isMentor { conversation.initiatedBy = details.initiative }
            let change = CalendarChange.between(before, CalendarInvitations.slot(conversation))
            CalendarInvitations.prepare(change, conversation)
            try await conversation.save(on: db)
            try await request.queueCalendarInvitations(change, conversation, on: db)
            if carries { try await CarryForwardWrites.openActions(of: context.pairID, into: conversationID, startingAt: details.at, on: db) }
            try await request.audit("update", "conversation", id: conversation.id, summary: "details: \(details.status.rawValue)", on: db)
        }
        request.flash(T.conversationSaved(request.viewer.language))
        return request.redirect(to: .conversation(conversationID), saved: .details)
    }

    // MARK: The page

    @Sendable func show(_ request: Request, _ context: PairContext) async throws -> Response {
        try await renderPage(request, context, errors: [:], draft: .init(), status: .ok)
    }

    func renderPage(_ request: Request, _ context: PairContext, errors: FieldErrors, draft: ConversationPage.Draft,
                    status: HTTPStatus) async throws -> Response {
        var model = try await ConversationPage.Query.model(try context.conversation, context, language: request.viewer.language, on: request.db)
        model.errors = errors
        model.draft = draft
        model.flash = request.takeFlash()
        model.saved = (try? request.query.decode(ConversationPage.Shown.self))?.saved.flatMap(ConversationPage.SavedSection.init(rawValue:))
        return ConversationPage.render(model, viewer: request.viewer).response(status: status)
    }

    /// Saves one small form of the conversation page, or shows the page again with its
    /// message and the form as it was sent.
    private func save<Valid: Sendable>(_ request: Request, _ context: PairContext, _ result: Result<Valid, FormErrors>,
                                       draft: ConversationPage.Draft, section: ConversationPage.SavedSection,
                                       _ write: @escaping @Sendable (Valid, Conversation, any Database) async throws -> Void) async throws -> Response {
        let conversation = try context.conversation
        let valid: Valid
        switch result {
        case .failure(let errors):
            return try await renderPage(request, context, errors: errors.fields, draft: draft, status: .unprocessableEntity)
        case .success(let value): valid = value
        }
        try await request.writeTransaction { db in
            // One conversation's small forms are written one at a time (locked on PostgreSQL), so an
            // agenda item numbered from the count of the others never shares its number.
            try await db.lockForUpdate(Conversation.self, id: conversation.requireID())
            try await write(valid, conversation, db)
        }
        request.flash(T.saved(request.viewer.language))
        return request.redirect(to: .conversation(try conversation.requireID()), saved: section)
    }

    // MARK: Agenda

    @Sendable func addAgendaItem(_ request: Request, _ context: PairContext) async throws -> Response {
        try context.requireOpen()
        let form = try request.content.decode(ConversationPage.AgendaForm.self)
        let now = request.now
        guard let side = context.role.side else { throw PageError.forbidden }
        return try await save(request, context, form.validated(request.viewer.language, side: side), draft: .init(agenda: form), section: .agenda) { valid, conversation, db in
            let conversationID = try conversation.requireID()
            let position = try await AgendaItem.query(on: db).filter(\.$conversation.$id == conversationID).count() + 1
            let item = AgendaItem(conversationID: conversationID, authorSide: valid.author, text: valid.text,
                                  addedBeforehand: ConversationRules.isBeforehand(addedAt: now, conversationStart: conversation.scheduledAt),
                                  covered: false, position: position)
            try await item.create(on: db)
            let recorder = valid.author == side ? "" : ", recorded by \(side.rawValue)"
            try await request.audit("create", "agenda_item", id: item.id, summary: "by \(item.authorSide.rawValue)\(recorder)", on: db)
        }
    }

    @Sendable func toggleCovered(_ request: Request, _ context: PairContext) async throws -> Response {
        let item = try context.agendaItem
        try context.requireOpen()
        let id = try item.requireID()
        try await request.writeTransaction { db in
            // Toggled from the value under the lock, so two clicks at once leave it as it was.
            try await db.lockForUpdate(AgendaItem.self, id: id)
            guard let item = try await AgendaItem.find(id, on: db) else { throw PageError.notFound }
            item.covered.toggle()
            try await item.save(on: db)
            try await request.audit("update", "agenda_item", id: item.id, summary: item.covered ? "covered" : "not covered", on: db)
        }
        return request.redirect(to: .conversation(item.$conversation.id))
    }

    // MARK: Notes

    @Sendable func saveNotes(_ request: Request, _ context: PairContext) async throws -> Response {
        try context.requireOpen()
        let form = try request.content.decode(ConversationPage.NotesForm.self)
        let result = form.validated(request.viewer.language, isMentor: context.isMentor)
        return try await save(request, context, result, draft: .init(notes: form), section: .notes) { notes, conversation, db in
            conversation.sharedNotes = notes.sharedNotes
            var summary = "shared notes"
            // Private notes and the talk estimate come only from the mentor; a mentee's form has neither.
            if let mentor = notes.mentor {
                conversation.privateNotes = mentor.privateNotes
                conversation.talkShareEstimate = mentor.talkShare
                summary = "shared and private notes, talk estimate"
            }
            try await conversation.save(on: db)
            try await request.audit("update", "conversation", id: conversation.id, summary: summary, on: db)
        }
    }

    // MARK: Actions

    @Sendable func addAction(_ request: Request, _ context: PairContext) async throws -> Response {
        try context.requireOpen()
        let form = try request.content.decode(ConversationPage.ActionForm.self)
        let pairID = context.pairID
        return try await save(request, context, form.validated(request.viewer.formats), draft: .init(action: form), section: .actions) { action, conversation, db in
            let item = ActionItem(mentorshipID: pairID, conversationID: try conversation.requireID(), ownerSide: action.owner,
                                  text: action.text, dueOn: action.dueOn, doneOn: nil)
            try await item.create(on: db)
            try await request.audit("create", "action_item", id: item.id, summary: "owner \(item.ownerSide.rawValue)", on: db)
        }
    }

    @Sendable func toggleDone(_ request: Request, _ context: PairContext) async throws -> Response {
        let action = try context.action
        try context.requireOpen()
        let id = try action.requireID()
        let now = request.now
        try await request.writeTransaction { db in
            try await db.lockForUpdate(ActionItem.self, id: id)
            guard let action = try await ActionItem.find(id, on: db) else { throw PageError.notFound }
            action.doneOn = action.doneOn == nil ? now : nil
            try await action.save(on: db)
            try await request.audit("update", "action_item", id: action.id, summary: action.doneOn == nil ? "reopened" : "done", on: db)
        }
        let form = try? request.content.decode(ConversationPage.ActionDoneForm.self)
        return request.redirect(to: .conversation(form?.backConversation ?? action.$conversation.id))
    }

    // MARK: The mentor's observations

    @Sendable func addEvidence(_ request: Request, _ context: PairContext) async throws -> Response {
        try context.requireOpen()
        let form = try request.content.decode(ConversationPage.EvidenceForm.self)
        // Goals of this conversation's pair only, so evidence can never point at another pair's goal.
        let goals = Set(try await LearningGoal.query(on: request.db).filter(\.$mentorship.$id == context.pairID).all(\.$id))
        let result = form.validated(request.viewer.language, goals: goals)
        return try await save(request, context, result, draft: .init(evidence: form), section: .evidence) { evidence, conversation, db in
            let item = GoalEvidence(conversationID: try conversation.requireID(), goalID: evidence.goal, text: evidence.text)
            try await item.create(on: db)
            try await request.audit("create", "goal_evidence", id: item.id, summary: "evidence recorded", on: db)
        }
    }

    @Sendable func addScore(_ request: Request, _ context: PairContext) async throws -> Response {
        try context.requireOpen()
        let form = try request.content.decode(ConversationPage.ScoreForm.self)
        let values = Set(try await CoreValue.query(on: request.db).filter(\.$organisation.$id == context.pair.$organisation.id)
            .filter(\.$retiredAt == nil).all(\.$id))
        let result = form.validated(request.viewer.language, values: values)
        return try await save(request, context, result, draft: .init(score: form), section: .scores) { score, conversation, db in
            let item = ValueScore(conversationID: try conversation.requireID(), coreValueID: score.value, score: score.score, behaviour: score.behaviour)
            try await item.create(on: db)
            try await request.audit("create", "value_score", id: item.id, summary: "score recorded", on: db)
        }
    }

    @Sendable func addObservation(_ request: Request, _ context: PairContext) async throws -> Response {
        try context.requireOpen()
        let form = try request.content.decode(ConversationPage.ObservationForm.self)
        let vocabulary = try await Vocabulary.load(organisationID: context.pair.$organisation.id, on: request.db)
        let result = form.validated(request.viewer.language, patterns: Set(vocabulary.patterns.map(\.key)))
        return try await save(request, context, result, draft: .init(observation: form), section: .observations) { observation, conversation, db in
            let item = AttitudeObservation(conversationID: try conversation.requireID(), pattern: observation.pattern,
                                           effect: observation.effect, note: observation.note)
            try await item.create(on: db)
            try await request.audit("create", "attitude_observation", id: item.id, summary: "observation recorded", on: db)
        }
    }

    // MARK: Calendar

    @Sendable func calendar(_ request: Request, _ context: PairContext) async throws -> Response {
        let conversation = try context.conversation
        let names = try await PairRows.memberNames(of: context.pair, on: request.db)
        let other = context.isMentor ? names.mentee : names.mentor
        let url = ConversationCalendar.pageURL(try conversation.requireID(), baseURL: request.application.settings.mail.baseURL)
        var event = ConversationCalendar.event(conversation, with: other, language: request.viewer.language, url: url)
        event.timeZone = request.viewer.timeZone
        return ConversationCalendar.response(ICalendar.document(name: T.productName(request.viewer.language), events: [event], stamp: request.now),
                                             filename: T.conversationFileName(request.viewer.formats.isoDay(conversation.scheduledAt))(request.viewer.language))
    }
}
