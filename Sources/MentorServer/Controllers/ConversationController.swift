import Vapor
import Fluent
import MentorCore

/// Planning and logging conversations, and everything recorded in them.
/// Only the pair's mentor and mentee reach a conversation; some parts are the mentor's alone.
struct ConversationController {
    var endpoints: [Endpoint] {
        let pair: Access = .roles([.mentor, .mentee])
        return [
            Endpoint(.GET, .conversationNew(pair: .key), pair, new),
            Endpoint(.POST, .conversations(pair: .key), pair, create),
            Endpoint(.GET, .conversation(.key), pair, show),
            Endpoint(.POST, .conversation(.key), pair, updateDetails),
            Endpoint(.GET, .conversationCalendar(.key), pair, calendar),
            Endpoint(.POST, .conversationAgenda(.key), pair, addAgendaItem),
            Endpoint(.POST, .agendaItemCovered(.key), pair, toggleCovered),
            Endpoint(.POST, .conversationNotes(.key), pair, saveNotes),
            Endpoint(.POST, .conversationActions(.key), pair, addAction),
            Endpoint(.POST, .actionDone(.key), pair, toggleDone),
            Endpoint(.POST, .conversationEvidence(.key), .roles([.mentor]), addEvidence),
            Endpoint(.POST, .conversationScores(.key), .roles([.mentor]), addScore),
            Endpoint(.POST, .conversationObservations(.key), .roles([.mentor]), addObservation),
        ]
    }

    // MARK: Plan or log

    @Sendable func new(_ request: Request) async throws -> Response {
        let context = try await request.pairContext(allow: [.mentor, .mentee])
        try context.requireOpen()
        let start = request.now.addingTimeInterval(7 * 86_400)
        let formats = request.viewer.formats
        let values = ["date": formats.isoDay(start), "time": "10:00", "durationMinutes": "60", "place": "", "status": "planned",
                      "initiative": context.role == .mentee ? "mentee" : "mentor"]
        return NewConversationPage.render(.init(pairID: context.pairID, role: context.role, values: values, errors: [:]), viewer: request.viewer).response()
    }

    struct Details {
        var at: Date
        var durationMinutes: Int
        var place: String
        var status: ConversationStatus
        var initiative: PairSide
    }

    /// Reads and checks the details form. A mentee's conversation is always the mentee's initiative.
    func readDetails(_ request: Request, role: PairRole, allowCancelled: Bool) -> (Details?, [String: String], FieldErrors) {
        let language = request.viewer.language
        var values: [String: String] = [:]
        for key in ["date", "time", "durationMinutes", "place", "status", "initiative"] { values[key] = request.field(key) }
        var errors: FieldErrors = [:]
        let at = request.viewer.formats.parseDateTime(day: values["date"]!, time: values["time"]!)
        if request.viewer.formats.parseDay(values["date"]!) == nil { errors["date"] = T.invalidDay(language) }
        else if at == nil { errors["time"] = T.invalidTime(language) }
        let duration = Int(values["durationMinutes"]!) ?? 0
        var status = ConversationStatus(rawValue: values["status"]!) ?? .planned
        if status == .cancelled && !allowCancelled { status = .planned }
        let initiative: PairSide = role == .mentee ? .mentee : (PairSide(rawValue: values["initiative"]!) ?? .mentor)
        if let at {
            do {
                if status != .cancelled { try ConversationRules.check(status: status, at: at, durationMinutes: duration, now: request.now) }
                else if !(5...480).contains(duration) { throw WorkflowProblem.durationOutOfRange }
            } catch let problem as WorkflowProblem {
                errors[problem == .durationOutOfRange ? "durationMinutes" : "date"] = T.workflowProblem(problem)(language)
            } catch {}
        }
        guard errors.isEmpty, let at else { return (nil, values, errors) }
        return (Details(at: at, durationMinutes: duration, place: values["place"]!, status: status, initiative: initiative), values, [:])
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let context = try await request.pairContext(allow: [.mentor, .mentee])
        try context.requireOpen()
        let (details, values, errors) = readDetails(request, role: context.role, allowCancelled: false)
        guard let details else {
            return NewConversationPage.render(.init(pairID: context.pairID, role: context.role, values: values, errors: errors), viewer: request.viewer)
                .response(status: .unprocessableEntity)
        }
        let conversation = Conversation(mentorshipID: context.pairID, scheduledAt: details.at, durationMinutes: details.durationMinutes,
                                        place: details.place, initiatedBy: details.initiative, status: details.status)
        // The carry-forward reads what earlier conversations left open and moves each item once:
        // one write transaction per pair at a time (the pair locked on PostgreSQL).
        try await request.writeTransaction { db in
            try await db.lockForUpdate(Mentorship.self, id: context.pairID)
            try await conversation.create(on: db)
            try await Self.carryForwardAgenda(into: conversation, on: db)
            if details.status == .held { try await Self.carryOpenActions(of: context.pairID, past: conversation, on: db) }
            try await request.audit("create", "conversation", id: conversation.id, summary: "\(details.status.rawValue), initiative \(details.initiative.rawValue)", on: db)
        }
        request.flash(T.conversationSaved(request.viewer.language))
        return request.redirect(to: "/conversations/\(conversation.id!)")
    }

    /// Agenda items that the latest earlier held conversation did not cover move to this one,
    /// keeping their author and a link to where they came from. Each item moves once.
    static func carryForwardAgenda(into conversation: Conversation, on db: any Database) async throws {
        guard let previous = try await Conversation.query(on: db).filter(\.$mentorship.$id == conversation.$mentorship.id)
            .filter(\.$status == .held).filter(\.$scheduledAt < conversation.scheduledAt).filter(\.$id != conversation.id!)
            .sort(\.$scheduledAt, .descending).first()
        else { return }
        let uncovered = try await AgendaItem.query(on: db).filter(\.$conversation.$id == previous.id!).filter(\.$covered == false).sort(\.$position).all()
        let alreadyCarried = Set(try await AgendaItem.query(on: db).filter(\.$carriedFrom.$id ~~ uncovered.compactMap(\.id)).all().compactMap { $0.$carriedFrom.id })
        var position = try await AgendaItem.query(on: db).filter(\.$conversation.$id == conversation.id!).count()
        for item in uncovered where !alreadyCarried.contains(item.id!) {
            position += 1
            let copy = AgendaItem(conversationID: conversation.id!, authorSide: item.authorSide, text: item.text,
                                  addedBeforehand: true, covered: false, position: position)
            copy.$carriedFrom.id = item.id
            try await copy.create(on: db)
        }
    }

    /// A held conversation carries every action still open from an earlier conversation one step further.
    static func carryOpenActions(of pairID: UUID, past conversation: Conversation, on db: any Database) async throws {
        let open = try await ActionItem.query(on: db).filter(\.$mentorship.$id == pairID).filter(\.$doneOn == nil)
            .filter(\.$conversation.$id != conversation.id!).all()
        for action in open {
            action.carriedCount += 1
            try await action.save(on: db)
        }
    }

    @Sendable func updateDetails(_ request: Request) async throws -> Response {
        let (conversation, context) = try await request.conversationContext(request.parameters.get("id", as: UUID.self))
        try context.requireOpen()
        let (details, values, errors) = readDetails(request, role: context.role, allowCancelled: true)
        guard let details else {
            return try await renderPage(request, conversation, context, errors: errors, draft: values, status: .unprocessableEntity)
        }
        let conversationID = try conversation.requireID()
        try await request.writeTransaction { db in
            // Read again under the lock, so two saves that both mark it held carry the open actions once.
            try await db.lockForUpdate(Conversation.self, id: conversationID)
            guard let conversation = try await Conversation.find(conversationID, on: db) else { throw PageError.notFound }
            let becameHeld = conversation.status != .held && details.status == .held
            conversation.scheduledAt = details.at
            conversation.durationMinutes = details.durationMinutes
            conversation.place = details.place
            conversation.status = details.status
            // Only the mentor corrects who took the initiative; a mentee's edit keeps what was recorded.
            if context.isMentor { conversation.initiatedBy = details.initiative }
            try await conversation.save(on: db)
            if becameHeld { try await Self.carryOpenActions(of: context.pairID, past: conversation, on: db) }
            try await request.audit("update", "conversation", id: conversation.id, summary: "details: \(details.status.rawValue)", on: db)
        }
        request.flash(T.conversationSaved(request.viewer.language))
        return request.redirect(to: "/conversations/\(conversation.id!)")
    }

    // MARK: The page

    @Sendable func show(_ request: Request) async throws -> Response {
        let (conversation, context) = try await request.conversationContext(request.parameters.get("id", as: UUID.self))
        return try await renderPage(request, conversation, context, errors: [:], draft: [:], status: .ok)
    }

    /// Everything the conversation page shows. The mentor's private notes, scores and
    /// observations are loaded only for the mentor, so they cannot leak into the mentee's page.
    static func pageModel(_ conversation: Conversation, _ context: PairContext, viewer: Viewer, on db: any Database) async throws -> ConversationPage.Model {
        let conversationID = conversation.id!
        let pair = context.pair
        try await pair.$mentor.load(on: db)
        try await pair.$mentee.load(on: db)
        let vocabulary = try await Vocabulary.load(organisationID: pair.$organisation.id, on: db)
        let language = viewer.language
        let agenda = try await AgendaItem.query(on: db).filter(\.$conversation.$id == conversationID).sort(\.$position).all()
        let actions = try await ActionItem.query(on: db).filter(\.$mentorship.$id == context.pairID).sort(\.$createdAt).all()
        let goals = try await LearningGoal.query(on: db).filter(\.$mentorship.$id == context.pairID).filter(\.$status != .dropped).sort(\.$createdAt).all()
        let evidence = try await GoalEvidence.query(on: db).filter(\.$conversation.$id == conversationID).with(\.$goal).all()
        var model = ConversationPage.Model(
            id: conversationID, pairID: context.pairID, isMentor: context.isMentor, open: pair.status != .ended,
            mentorName: pair.mentor.name, menteeName: pair.mentee.name,
            at: conversation.scheduledAt, durationMinutes: conversation.durationMinutes, place: conversation.place,
            status: conversation.status, initiative: conversation.initiatedBy,
            agenda: agenda.map { .init(id: $0.id!, text: $0.text, author: $0.authorSide, beforehand: $0.addedBeforehand, covered: $0.covered, carried: $0.$carriedFrom.id != nil) },
            sharedNotes: conversation.sharedNotes,
            actionsHere: actions.filter { $0.$conversation.id == conversationID }.map(ConversationPage.Action.init),
            actionsEarlier: actions.filter { $0.$conversation.id != conversationID && $0.doneOn == nil }.map(ConversationPage.Action.init),
            goals: goals.map { ($0.id!, $0.title) },
            evidence: evidence.map { ($0.goal.title, $0.text) })
        if let analysis = try await TranscriptAnalysis.query(on: db).filter(\.$conversation.$id == conversationID).first(),
           let stored = try? JSONDecoder().decode(TranscriptController.Stored.self, from: Data(analysis.figures.utf8)) {
            model.transcript = .init(
                speakers: stored.figures.speakers.map { ($0.name, $0.talkShare, $0.words, $0.turns, $0.questions.open, $0.questions.closed) },
                timed: analysis.timed, mentorSpeaker: analysis.mentorSpeaker, menteeSpeaker: analysis.menteeSpeaker,
                mentorShare: analysis.mentorShare, rawText: analysis.rawText)
        }
        if context.isMentor {
            model.privateNotes = conversation.privateNotes
            model.talkSharePercent = conversation.talkShareEstimate.map { Int(($0 * 100).rounded()) }
            let values = try await CoreValueQuery.all(organisationID: pair.$organisation.id, on: db)
            model.values = values.filter { $0.retiredAt == nil }.map { value in
                (value.id!, value.name(in: language), value.behaviours.sorted { $0.position < $1.position }.map { $0.text(in: language) })
            }
            let names = Dictionary(uniqueKeysWithValues: values.map { ($0.id!, $0.name(in: language)) })
            model.scores = try await ValueScore.query(on: db).filter(\.$conversation.$id == conversationID).sort(\.$createdAt).all()
                .map { (names[$0.$coreValue.id] ?? "", $0.score, $0.behaviour) }
            model.patterns = vocabulary.patterns.map { ($0.key, $0.name(language)) }
            model.observations = try await AttitudeObservation.query(on: db).filter(\.$conversation.$id == conversationID).sort(\.$createdAt).all()
                .map { (vocabulary.patternName($0.pattern, language), $0.effect, $0.note) }
        }
        return model
    }

    func renderPage(_ request: Request, _ conversation: Conversation, _ context: PairContext, errors: FieldErrors, draft: [String: String], status: HTTPStatus) async throws -> Response {
        var model = try await Self.pageModel(conversation, context, viewer: request.viewer, on: request.db)
        model.errors = errors
        model.draft = draft
        return ConversationPage.render(model, viewer: request.viewer, flash: request.takeFlash()).response(status: status)
    }

    /// Saves one small form of the conversation page, or shows the page again with its message.
    private func record(_ request: Request, mentorOnly: Bool = false, fields: [String],
                        _ body: @escaping @Sendable (Conversation, PairContext, [String: String], any Database) async throws -> Void,
                        validate: ([String: String], PairContext) async throws -> FieldErrors) async throws -> Response {
        let (conversation, context) = try await request.conversationContext(request.parameters.get("id", as: UUID.self))
        if mentorOnly && !context.isMentor { throw PageError.forbidden }
        try context.requireOpen()
        var values: [String: String] = [:]
        for field in fields { values[field] = request.field(field) }
        let errors = try await validate(values, context)
        guard errors.isEmpty else {
            return try await renderPage(request, conversation, context, errors: errors, draft: values, status: .unprocessableEntity)
        }
        let captured = values
        try await request.writeTransaction { db in
            // One conversation's small forms are written one at a time (locked on PostgreSQL), so an
            // agenda item numbered from the count of the others never shares its number.
            try await db.lockForUpdate(Conversation.self, id: conversation.requireID())
            try await body(conversation, context, captured, db)
        }
        request.flash(T.saved(request.viewer.language))
        return request.redirect(to: "/conversations/\(conversation.id!)")
    }

    // MARK: Agenda

    @Sendable func addAgendaItem(_ request: Request) async throws -> Response {
        let language = request.viewer.language
        return try await record(request, fields: ["agendaText"], { conversation, context, values, db in
            let position = try await AgendaItem.query(on: db).filter(\.$conversation.$id == conversation.id!).count() + 1
            let item = AgendaItem(conversationID: conversation.id!, authorSide: context.role.side!, text: values["agendaText"]!,
                                  addedBeforehand: ConversationRules.isBeforehand(addedAt: request.now, conversationStart: conversation.scheduledAt),
                                  covered: false, position: position)
            try await item.create(on: db)
            try await request.audit("create", "agenda_item", id: item.id, summary: "by \(item.authorSide.rawValue)", on: db)
        }, validate: { values, _ in values["agendaText"]!.isEmpty ? ["agendaText": T.required(language)] : [:] })
    }

    @Sendable func toggleCovered(_ request: Request) async throws -> Response {
        guard let id = request.parameters.get("id", as: UUID.self), let item = try await AgendaItem.find(id, on: request.db) else { throw PageError.notFound }
        let (_, context) = try await request.conversationContext(item.$conversation.id)
        try context.requireOpen()
        try await request.writeTransaction { db in
            // Toggled from the value under the lock, so two clicks at once leave it as it was.
            try await db.lockForUpdate(AgendaItem.self, id: id)
            guard let item = try await AgendaItem.find(id, on: db) else { throw PageError.notFound }
            item.covered.toggle()
            try await item.save(on: db)
            try await request.audit("update", "agenda_item", id: item.id, summary: item.covered ? "covered" : "not covered", on: db)
        }
        return request.redirect(to: "/conversations/\(item.$conversation.id)")
    }

    // MARK: Notes

    @Sendable func saveNotes(_ request: Request) async throws -> Response {
        let language = request.viewer.language
        return try await record(request, fields: ["sharedNotes", "privateNotes", "talkShare"], { conversation, context, values, db in
            conversation.sharedNotes = values["sharedNotes"]!
            var summary = "shared notes"
            // Private notes and the talk estimate come only from the mentor; a mentee's form has neither.
            if context.isMentor {
                conversation.privateNotes = values["privateNotes"]!
                let percent = values["talkShare"]!
                conversation.talkShareEstimate = percent.isEmpty ? nil : try ConversationRules.talkShare(percent: Int(percent)!)
                summary = "shared and private notes, talk estimate"
            }
            try await conversation.save(on: db)
            try await request.audit("update", "conversation", id: conversation.id, summary: summary, on: db)
        }, validate: { values, context in
            guard context.isMentor, let text = values["talkShare"], !text.isEmpty else { return [:] }
            guard let percent = Int(text), (0...100).contains(percent) else { return ["talkShare": T.workflowProblem(.talkShareOutOfRange)(language)] }
            return [:]
        })
    }

    // MARK: Actions

    @Sendable func addAction(_ request: Request) async throws -> Response {
        let language = request.viewer.language
        let formats = request.viewer.formats
        return try await record(request, fields: ["actionText", "owner", "dueOn"], { conversation, context, values, db in
            let action = ActionItem(mentorshipID: context.pairID, conversationID: conversation.id!,
                                    ownerSide: PairSide(rawValue: values["owner"]!) ?? .mentee, text: values["actionText"]!,
                                    dueOn: formats.parseDay(values["dueOn"]!), doneOn: nil)
            try await action.create(on: db)
            try await request.audit("create", "action_item", id: action.id, summary: "owner \(action.ownerSide.rawValue)", on: db)
        }, validate: { values, _ in
            var errors: FieldErrors = [:]
            if values["actionText"]!.isEmpty { errors["actionText"] = T.required(language) }
            if !values["dueOn"]!.isEmpty, formats.parseDay(values["dueOn"]!) == nil { errors["dueOn"] = T.invalidDay(language) }
            return errors
        })
    }

    @Sendable func toggleDone(_ request: Request) async throws -> Response {
        guard let id = request.parameters.get("id", as: UUID.self), let action = try await ActionItem.find(id, on: request.db) else { throw PageError.notFound }
        let context = try await request.pairContext(action.$mentorship.id, allow: [.mentor, .mentee])
        try context.requireOpen()
        try await request.writeTransaction { db in
            try await db.lockForUpdate(ActionItem.self, id: id)
            guard let action = try await ActionItem.find(id, on: db) else { throw PageError.notFound }
            action.doneOn = action.doneOn == nil ? request.now : nil
            try await action.save(on: db)
            try await request.audit("update", "action_item", id: action.id, summary: action.doneOn == nil ? "reopened" : "done", on: db)
        }
        let back = request.field("back")
        return request.redirect(to: back.hasPrefix("/conversations/") ? back : "/conversations/\(action.$conversation.id)")
    }

    // MARK: The mentor's observations

    @Sendable func addEvidence(_ request: Request) async throws -> Response {
        let language = request.viewer.language
        return try await record(request, mentorOnly: true, fields: ["goal", "evidenceText"], { conversation, _, values, db in
            let evidence = GoalEvidence(conversationID: conversation.id!, goalID: UUID(uuidString: values["goal"]!)!, text: values["evidenceText"]!)
            try await evidence.create(on: db)
            try await request.audit("create", "goal_evidence", id: evidence.id, summary: "evidence recorded", on: db)
        }, validate: { values, context in
            // Goals of this conversation's pair only, so evidence can never point at another pair's goal.
            let goalIDs = Set(try await LearningGoal.query(on: request.db).filter(\.$mentorship.$id == context.pairID).all().compactMap(\.id))
            var errors: FieldErrors = [:]
            if UUID(uuidString: values["goal"]!).map(goalIDs.contains) != true { errors["goal"] = T.required(language) }
            if values["evidenceText"]!.isEmpty { errors["evidenceText"] = T.required(language) }
            return errors
        })
    }

    @Sendable func addScore(_ request: Request) async throws -> Response {
        let language = request.viewer.language
        let organisationID = try request.organisationID()
        let valueIDs = Set(try await CoreValue.query(on: request.db).filter(\.$organisation.$id == organisationID).filter(\.$retiredAt == nil).all().compactMap(\.id))
        return try await record(request, mentorOnly: true, fields: ["value", "score", "behaviour"], { conversation, _, values, db in
            let score = ValueScore(conversationID: conversation.id!, coreValueID: UUID(uuidString: values["value"]!)!,
                                   score: Int(values["score"]!)!, behaviour: values["behaviour"]!)
            try await score.create(on: db)
            try await request.audit("create", "value_score", id: score.id, summary: "score recorded", on: db)
        }, validate: { values, _ in
            var errors: FieldErrors = [:]
            if UUID(uuidString: values["value"]!).map(valueIDs.contains) != true { errors["value"] = T.required(language) }
            do {
                try ConversationRules.checkScore(Int(values["score"]!) ?? 0, behaviour: values["behaviour"]!)
            } catch let problem as WorkflowProblem {
                errors[problem == .behaviourRequired ? "behaviour" : "score"] = T.workflowProblem(problem)(language)
                if problem == .scoreOutOfRange && values["behaviour"]!.isEmpty { errors["behaviour"] = T.workflowProblem(.behaviourRequired)(language) }
            } catch {}
            return errors
        })
    }

    @Sendable func addObservation(_ request: Request) async throws -> Response {
        let language = request.viewer.language
        let vocabulary = try await Vocabulary.load(organisationID: try request.organisationID(), on: request.db)
        let patternKeys = Set(vocabulary.patterns.map(\.key))
        return try await record(request, mentorOnly: true, fields: ["pattern", "effect", "observationNote"], { conversation, _, values, db in
            let observation = AttitudeObservation(conversationID: conversation.id!, pattern: values["pattern"]!,
                                                  effect: AttitudeEffect(rawValue: values["effect"]!)!, note: values["observationNote"]!)
            try await observation.create(on: db)
            try await request.audit("create", "attitude_observation", id: observation.id, summary: "observation recorded", on: db)
        }, validate: { values, _ in
            var errors: FieldErrors = [:]
            if !patternKeys.contains(values["pattern"]!) { errors["pattern"] = T.required(language) }
            if AttitudeEffect(rawValue: values["effect"]!) == nil { errors["effect"] = T.required(language) }
            return errors
        })
    }

    // MARK: Calendar

    @Sendable func calendar(_ request: Request) async throws -> Response {
        let (conversation, context) = try await request.conversationContext(request.parameters.get("id", as: UUID.self))
        try await context.pair.$mentor.load(on: request.db)
        try await context.pair.$mentee.load(on: request.db)
        let other = context.isMentor ? context.pair.mentee.name : context.pair.mentor.name
        let event = ConversationCalendar.event(conversation, with: other, language: request.viewer.language)
        return ConversationCalendar.response(ICalendar.document(name: T.productName(request.viewer.language), events: [event], stamp: request.now),
                                           filename: "conversation.ics")
    }
}
