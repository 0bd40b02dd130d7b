import Fluent
import Foundation
import MentorAPI
import MentorCore
import OpenAPIRuntime
import Vapor

/// The JSON API's operations (Sources/MentorAPI/openapi.json). Each one states who may use it
/// with the pages' own `Access` rules and loads its record through the pages' own
/// `loadPairContext` (outsiders get 404, a coordinator on a members' record 403); the viewer is
/// the token's owner (`APITokenMiddleware`). Errors are thrown as `APIProblem` and answered as
/// problem details by `APIProblemMiddleware`.
struct APIHandler: APIProtocol {
    // MARK: Me

    func getMe(_ input: Operations.GetMe.Input) async throws -> Operations.GetMe.Output {
        let request = try APIRequest.require()
        let viewer = request.viewer
        guard let id = viewer.personID, let organisation = viewer.organisationID else { throw APIProblem.tokenInvalid }
        let scope = request.storage[APITokenKey.self]?.scope ?? .read
        let me = Components.Schemas.Me(
            id: id.uuidString, name: viewer.name ?? "", email: viewer.email ?? "",
            language: viewer.language == .nl ? .nl : .en,
            roles: viewer.roles.sorted().compactMap { .init(rawValue: $0.rawValue) },
            organisation: .init(id: organisation.uuidString, name: viewer.organisationName ?? ""),
            tokenScope: scope == .write ? .write : .read)
        return .ok(.init(body: .json(me)))
    }

    // MARK: Pairs

    func listPairs(_ input: Operations.ListPairs.Input) async throws -> Operations.ListPairs.Output {
        let request = try APIRequest.require()
        let page = try APIPage(limit: input.query.limit, cursor: input.query.cursor)
        let me = try request.personID()
        // The pairs in which the owner stands as mentor or mentee: what `loadPairContext` lets them open.
        let pairs = try await Mentorship.query(on: request.db)
            .filter(\.$organisation.$id == (try request.organisationID()))
            .group(.or) { $0.filter(\.$mentor.$id == me).filter(\.$mentee.$id == me) }
            .sort(\.$createdAt).sort(\.$id)
            .range(page.range).all()
        let names = try await APIRepresentation.names(of: pairs.flatMap { [$0.$mentor.id, $0.$mentee.id] }, on: request.db)
        let items = pairs.prefix(page.limit).map { APIRepresentation.pair($0, viewer: me, names: names) }
        return .ok(.init(body: .json(.init(items: Array(items), nextCursor: page.next(fetched: pairs.count)))))
    }

    func getPair(_ input: Operations.GetPair.Input) async throws -> Operations.GetPair.Output {
        let request = try APIRequest.require()
        let context = try await APIAccess.context(.pair, input.path.pairId, allow: [.mentor, .mentee], request)
        let names = try await APIRepresentation.names(of: [context.pair.$mentor.id, context.pair.$mentee.id], on: request.db)
        let pair = APIRepresentation.pair(context.pair, viewer: try request.personID(), names: names)
        return .ok(.init(headers: .init(eTag: APIETag.of(pair)), body: .json(pair)))
    }

    // MARK: Conversations

    func listConversations(_ input: Operations.ListConversations.Input) async throws -> Operations.ListConversations.Output {
        let request = try APIRequest.require()
        let page = try APIPage(limit: input.query.limit, cursor: input.query.cursor)
        let context = try await APIAccess.context(.pair, input.path.pairId, allow: [.mentor, .mentee], request)
        let conversations = try await Conversation.query(on: request.db).filter(\.$mentorship.$id == context.pairID)
            .sort(\.$scheduledAt).sort(\.$id).range(page.range).all()
        let items = conversations.prefix(page.limit).map(APIRepresentation.summary)
        return .ok(.init(body: .json(.init(items: Array(items), nextCursor: page.next(fetched: conversations.count)))))
    }

    func getConversation(_ input: Operations.GetConversation.Input) async throws -> Operations.GetConversation.Output {
        let request = try APIRequest.require()
        let context = try await APIAccess.context(.conversation, input.path.conversationId, allow: [.mentor, .mentee], request)
        let conversation = try await APIRepresentation.conversation(context, request)
        return .ok(.init(headers: .init(eTag: APIETag.of(conversation)), body: .json(conversation)))
    }

    func addAgendaItem(_ input: Operations.AddAgendaItem.Input) async throws -> Operations.AddAgendaItem.Output {
        let request = try APIRequest.require()
        try request.requireWriteScope()
        let context = try await APIAccess.context(.conversation, input.path.conversationId, allow: [.mentor, .mentee], request)
        try context.requireOpen()
        if let ifMatch = input.headers.ifMatch {
            try APIETag.check(ifMatch, current: APIETag.of(try await APIRepresentation.conversation(context, request)))
        }
        guard case .json(let body) = input.body else { throw APIProblem.badInput }
        guard let side = context.role.side else { throw APIProblem.forbidden }
        let form = ConversationPage.AgendaForm(agendaText: body.text, broughtBy: body.broughtBy?.rawValue)
        let valid: ConversationPage.AgendaForm.Valid
        switch form.validated(request.viewer.language, side: side) {
        case .failure(let errors): throw APIProblem.invalid(errors)
        case .success(let checked): valid = checked
        }
        let conversation = try context.conversation
        let conversationID = try conversation.requireID()
        let now = request.now
        // As the conversation page adds one (the agenda form of the conversation page): last in the
        // list, "beforehand" when added before the conversation starts, audited.
        let item = try await request.writeTransaction { db in
            let position = try await AgendaItem.query(on: db).filter(\.$conversation.$id == conversationID).count() + 1
            let item = AgendaItem(conversationID: conversationID, authorSide: valid.author, text: valid.text,
                                  addedBeforehand: ConversationRules.isBeforehand(addedAt: now, conversationStart: conversation.scheduledAt),
                                  covered: false, position: position)
            try await item.create(on: db)
            let recorder = valid.author == side ? "" : ", recorded by \(side.rawValue)"
            try await request.audit("create", "agenda_item", id: item.id, summary: "by \(item.authorSide.rawValue) through the API\(recorder)", on: db)
            return item
        }
        return .created(.init(body: .json(APIRepresentation.agendaItem(item))))
    }

    // MARK: Actions

    func getAction(_ input: Operations.GetAction.Input) async throws -> Operations.GetAction.Output {
        let request = try APIRequest.require()
        let context = try await APIAccess.context(.action, input.path.actionId, allow: [.mentor, .mentee], request)
        let action = APIRepresentation.action(try context.action)
        return .ok(.init(headers: .init(eTag: APIETag.of(action)), body: .json(action)))
    }

    func changeAction(_ input: Operations.ChangeAction.Input) async throws -> Operations.ChangeAction.Output {
        let request = try APIRequest.require()
        try request.requireWriteScope()
        let context = try await APIAccess.context(.action, input.path.actionId, allow: [.mentor, .mentee], request)
        try context.requireOpen()
        guard let ifMatch = input.headers.ifMatch else { throw APIProblem.ifMatchMissing }
        guard case .json(let body) = input.body else { throw APIProblem.badInput }
        let id = try context.action.requireID()
        let now = request.now
        let changed = try await request.writeTransaction { db in
            // Compared under the row lock, so of two writers with the same ETag only the first wins.
            try await db.lockForUpdate(ActionItem.self, id: id)
            guard let action = try await ActionItem.find(id, on: db) else { throw APIProblem.notFound }
            try APIETag.check(ifMatch, current: APIETag.of(APIRepresentation.action(action)))
            if body.done != (action.doneOn != nil) {
                action.doneOn = body.done ? now : nil
                try await action.save(on: db)
                try await request.audit("update", "action_item", id: action.id, summary: (body.done ? "done" : "reopened") + " through the API", on: db)
            }
            return APIRepresentation.action(action)
        }
        return .ok(.init(headers: .init(eTag: APIETag.of(changed)), body: .json(changed)))
    }

    // MARK: Goals

    func listGoals(_ input: Operations.ListGoals.Input) async throws -> Operations.ListGoals.Output {
        let request = try APIRequest.require()
        let page = try APIPage(limit: input.query.limit, cursor: input.query.cursor)
        let context = try await APIAccess.context(.pair, input.path.pairId, allow: [.mentor, .mentee], request)
        let goals = try await LearningGoal.query(on: request.db).filter(\.$mentorship.$id == context.pairID)
            .sort(\.$createdAt).sort(\.$id).range(page.range).all()
        let items = goals.prefix(page.limit).map(APIRepresentation.goal)
        return .ok(.init(body: .json(.init(items: Array(items), nextCursor: page.next(fetched: goals.count)))))
    }

    func createGoal(_ input: Operations.CreateGoal.Input) async throws -> Operations.CreateGoal.Output {
        let request = try APIRequest.require()
        try request.requireWriteScope()
        // As on the goal pages: the mentee writes their own goals.
        let context = try await APIAccess.context(.pair, input.path.pairId, allow: [.mentee], request)
        try context.requireOpen()
        guard case .json(let body) = input.body else { throw APIProblem.badInput }
        let language = request.viewer.language
        let themes = try await GoalFormPage.Query.themes(organisationID: context.pair.$organisation.id, language: language, on: request.db)
        let form = GoalFormPage.Form(title: body.title, description: body.description, successCriteria: body.successCriteria,
                                     targetDate: body.targetDate, theme: body.theme, status: body.status)
        let valid: GoalFormPage.Form.Valid
        switch form.validated(language, formats: request.viewer.formats, now: request.now, themes: Set(themes.map(\.key)), isNew: true) {
        case .failure(let errors): throw APIProblem.invalid(errors)
        case .success(let checked): valid = checked
        }
        let goal = LearningGoal(mentorshipID: context.pairID, menteeID: context.pair.$mentee.id, title: valid.title, description: valid.description,
                                successCriteria: valid.successCriteria, targetDate: valid.targetDate, status: valid.status, theme: valid.theme)
        try await request.writeTransaction { db in
            try await goal.create(on: db)
            try await request.audit("create", "learning_goal", id: goal.id, summary: "goal written through the API", on: db)
        }
        let created = APIRepresentation.goal(goal)
        return .created(.init(headers: .init(eTag: APIETag.of(created)), body: .json(created)))
    }

    func getGoal(_ input: Operations.GetGoal.Input) async throws -> Operations.GetGoal.Output {
        let request = try APIRequest.require()
        let context = try await APIAccess.context(.goal, input.path.goalId, allow: [.mentor, .mentee], request)
        let goal = APIRepresentation.goal(try context.goal)
        return .ok(.init(headers: .init(eTag: APIETag.of(goal)), body: .json(goal)))
    }

    // MARK: The mirror

    func getMirror(_ input: Operations.GetMirror.Input) async throws -> Operations.GetMirror.Output {
        let request = try APIRequest.require()
        // The mentor's own mirror only, as on the pair mirror page.
        let context = try await APIAccess.context(.pair, input.path.pairId, allow: [.mentor], request)
        // Read and computed as `mentor mirror --mentorship ID` does.
        let loaded = try await MirrorQuery.load(mentorID: try request.personID(), organisationID: context.pair.$organisation.id,
                                                mentorshipID: context.pairID, language: request.viewer.language, on: request.db)
        guard let record = loaded.pairs.first else { throw APIProblem.notFound }
        var settings = MirrorSettings.lastSixMonths(now: request.now)
        settings.talkBand = loaded.talkBand
        let mirror = MentorCore.Mirror.compute(record, values: loaded.values, settings: settings)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let body = try JSONDecoder().decode(Components.Schemas.Mirror.self, from: encoder.encode(mirror))
        return .ok(.init(body: .json(body)))
    }

    // MARK: Programmes and people

    func listProgrammes(_ input: Operations.ListProgrammes.Input) async throws -> Operations.ListProgrammes.Output {
        let request = try APIRequest.require()
        try APIAccess.require(.roles([.coordinator, .admin]), request)
        let page = try APIPage(limit: input.query.limit, cursor: input.query.cursor)
        let programmes = try await Programme.query(on: request.db).filter(\.$organisation.$id == (try request.organisationID()))
            .sort(\.$startsOn).sort(\.$id).range(page.range).all()
        let items = programmes.prefix(page.limit).map(APIRepresentation.programme)
        return .ok(.init(body: .json(.init(items: Array(items), nextCursor: page.next(fetched: programmes.count)))))
    }

    func getProgrammeHealth(_ input: Operations.GetProgrammeHealth.Input) async throws -> Operations.GetProgrammeHealth.Output {
        let request = try APIRequest.require()
        // As the health page: a programme of the owner's organisation, for coordinators.
        let programme = try await APIAccess.record(Programme.self, input.path.programmeId, roles: [.coordinator], request)
        let health = try await ProgrammeHealthQuery.health(of: programme, now: request.now, on: request.db)
        return .ok(.init(body: .json(APIRepresentation.health(health, programmeID: try programme.requireID()))))
    }

    func listPeople(_ input: Operations.ListPeople.Input) async throws -> Operations.ListPeople.Output {
        let request = try APIRequest.require()
        try APIAccess.require(.roles([.admin]), request)
        let page = try APIPage(limit: input.query.limit, cursor: input.query.cursor)
        let people = try await Person.query(on: request.db).filter(\.$organisation.$id == (try request.organisationID()))
            .sort(\.$name).sort(\.$id).range(page.range).all()
        let shown = Array(people.prefix(page.limit))
        let ids = shown.compactMap(\.id)
        let roles = try await PersonRole.query(on: request.db).filter(\.$person.$id ~~ ids).all()
        let rolesByPerson = Dictionary(grouping: roles, by: { $0.$person.id })
        let items = shown.map { person in
            APIRepresentation.person(person, roles: Set((rolesByPerson[person.id ?? UUID()] ?? []).map(\.role)))
        }
        return .ok(.init(body: .json(.init(items: items, nextCursor: page.next(fetched: people.count)))))
    }
}
