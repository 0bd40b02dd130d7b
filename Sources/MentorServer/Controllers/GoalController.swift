import Vapor
import Fluent
import MentorCore

/// Learning goals: written by the mentee, commented on by the mentor, evidenced in conversations.
struct GoalController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .goalNew(pair: .key), pair: [.mentee], new),
            Endpoint(.POST, .goals(pair: .key), pair: [.mentee], create),
            Endpoint(.GET, .goal(.key), pair: [.mentor, .mentee], of: .goal, show),
            Endpoint(.POST, .goal(.key), pair: [.mentee], of: .goal, update),
            Endpoint(.POST, .goalComment(.key), pair: [.mentor], of: .goal, comment),
            Endpoint(.GET, .goalDelete(.key), pair: [.mentee], of: .goal, delete),
            Endpoint(.POST, .goalDelete(.key), pair: [.mentee], of: .goal, delete),
        ]
    }

    @Sendable func new(_ request: Request, _ context: PairContext) async throws -> Response {
        try context.requireOpen()
        let model = try await GoalFormPage.Query.model(pairID: context.pairID, goalID: nil, form: .init(status: GoalStatus.open.rawValue),
                                                       organisationID: context.pair.$organisation.id, language: request.viewer.language, on: request.db)
        return GoalFormPage.render(model, viewer: request.viewer).response()
    }

    private func refuse(_ request: Request, _ context: PairContext, goalID: UUID?, form: GoalFormPage.Form, errors: FormErrors) async throws -> Response {
        let model = try await GoalFormPage.Query.model(pairID: context.pairID, goalID: goalID, form: form.trimmed, errors: errors.fields,
                                                       organisationID: context.pair.$organisation.id, language: request.viewer.language, on: request.db)
        return GoalFormPage.render(model, viewer: request.viewer).response(status: .unprocessableEntity)
    }

    private func decodeForm(_ request: Request) -> GoalFormPage.Form {
        (try? request.content.decode(GoalFormPage.Form.self)) ?? GoalFormPage.Form()
    }

    @Sendable func create(_ request: Request, _ context: PairContext) async throws -> Response {
        try context.requireOpen()
        let themes = try await GoalFormPage.Query.themes(organisationID: context.pair.$organisation.id, language: request.viewer.language, on: request.db)
        let form = decodeForm(request)
        switch form.validated(request.viewer.language, formats: request.viewer.formats, now: request.now, themes: Set(themes.map(\.key)), isNew: true) {
        case .failure(let errors):
            return try await refuse(request, context, goalID: nil, form: form, errors: errors)
        case .success(let valid):
            let goal = LearningGoal(mentorshipID: context.pairID, menteeID: context.pair.$mentee.id, title: valid.title, description: valid.description,
                                    successCriteria: valid.successCriteria, targetDate: valid.targetDate, status: valid.status, theme: valid.theme)
            try await request.writeTransaction { db in
                try await goal.create(on: db)
                try await request.audit("create", "learning_goal", id: goal.id, summary: "goal written", on: db)
            }
            request.flash(T.goalSaved(request.viewer.language))
            return request.redirect(to: .goal(try goal.requireID()))
        }
    }

    @Sendable func show(_ request: Request, _ context: PairContext) async throws -> Response {
        let model = try await GoalPage.Query.model(goal: try context.goal, pair: context.pair, place: context.role.place, language: request.viewer.language,
                                                   formats: request.viewer.formats, flash: request.takeFlash(), on: request.db)
        return GoalPage.render(model, viewer: request.viewer).response()
    }

    @Sendable func update(_ request: Request, _ context: PairContext) async throws -> Response {
        let goal = try context.goal
        try context.requireOpen()
        let themes = try await GoalFormPage.Query.themes(organisationID: context.pair.$organisation.id, language: request.viewer.language, on: request.db)
        let form = decodeForm(request)
        // A goal keeps a theme the organisation has retired since.
        let allowed = Set(themes.map(\.key) + [goal.theme].compactMap { $0 })
        switch form.validated(request.viewer.language, formats: request.viewer.formats, now: request.now, themes: allowed, isNew: false) {
        case .failure(let errors):
            return try await refuse(request, context, goalID: goal.id, form: form, errors: errors)
        case .success(let valid):
            goal.title = valid.title
            goal.description = valid.description
            goal.successCriteria = valid.successCriteria
            goal.targetDate = valid.targetDate
            goal.theme = valid.theme
            goal.status = valid.status
            try await request.writeTransaction { db in
                try await goal.save(on: db)
                try await request.audit("update", "learning_goal", id: goal.id, summary: "goal edited, status \(valid.status.rawValue)", on: db)
            }
            request.flash(T.goalSaved(request.viewer.language))
            return request.redirect(to: .goal(try goal.requireID()))
        }
    }

    @Sendable func comment(_ request: Request, _ context: PairContext) async throws -> Response {
        let goal = try context.goal
        try context.requireOpen()
        let form = (try? request.content.decode(GoalPage.CommentForm.self)) ?? GoalPage.CommentForm()
        guard case .success(let comment) = form.validated(request.viewer.language) else { throw PageError.badRequest }
        goal.mentorComment = comment
        try await request.writeTransaction { db in
            try await goal.save(on: db)
            try await request.audit("update", "learning_goal", id: goal.id, summary: "mentor comment", on: db)
        }
        request.flash(T.saved(request.viewer.language))
        return request.redirect(to: .goal(try goal.requireID()))
    }

    /// Removing a goal the mentee wrote, after the confirmation step; what the mentor saw of
    /// it in conversations goes with it.
    @Sendable func delete(_ request: Request, _ context: PairContext) async throws -> Response {
        let goal = try context.goal
        try context.requireOpen()
        let id = try goal.requireID()
        let model = ConfirmDeletePage.Model(kind: .goal, summary: goal.title, action: .goalDelete(id), back: .pair(context.pairID), keep: .goal(id))
        return try await request.confirmedCorrection(model, change: .delete, id: id) { db in
            try await GoalEvidence.query(on: db).filter(\.$goal.$id == id).delete()
            try await LearningGoal.query(on: db).filter(\.$id == id).delete()
        }
    }
}
