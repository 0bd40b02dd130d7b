import Vapor
import Fluent
import MentorCore

/// Learning goals: written by the mentee, commented on by the mentor, evidenced in conversations.
struct GoalController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .goalNew(pair: .key), .roles([.mentee]), new),
            Endpoint(.POST, .goals(pair: .key), .roles([.mentee]), create),
            Endpoint(.GET, .goal(.key), .roles([.mentor, .mentee]), show),
            Endpoint(.POST, .goal(.key), .roles([.mentee]), update),
            Endpoint(.POST, .goalComment(.key), .roles([.mentor]), comment),
        ]
    }

    static let fields = ["title", "description", "successCriteria", "targetDate", "theme", "status"]

    @Sendable func new(_ request: Request) async throws -> Response {
        let context = try await request.pairContext(allow: [.mentee])
        try context.requireOpen()
        return try await renderForm(request, pairID: context.pairID, goalID: nil, values: ["status": GoalStatus.open.rawValue], errors: [:], status: .ok)
    }

    private func renderForm(_ request: Request, pairID: UUID, goalID: UUID?, values: [String: String], errors: FieldErrors, status: HTTPStatus) async throws -> Response {
        let vocabulary = try await Vocabulary.load(organisationID: try request.organisationID(), on: request.db)
        let model = GoalFormPage.Model(pairID: pairID, goalID: goalID, values: values,
                                       themes: vocabulary.themes.map { ($0.key, $0.name(request.viewer.language)) }, errors: errors)
        return GoalFormPage.render(model, viewer: request.viewer).response(status: status)
    }

    struct Checked {
        var title, description, successCriteria: String
        var targetDate: Date?
        var theme: String?
        var status: GoalStatus
    }

    func validate(_ request: Request, themes: Set<String>, isNew: Bool) -> (Checked?, [String: String], FieldErrors) {
        let language = request.viewer.language
        var values: [String: String] = [:]
        for field in Self.fields { values[field] = request.field(field) }
        var errors: FieldErrors = [:]
        if values["title"]!.isEmpty { errors["title"] = T.required(language) }
        var target: Date?
        if !values["targetDate"]!.isEmpty {
            target = request.viewer.formats.parseDay(values["targetDate"]!)
            if target == nil { errors["targetDate"] = T.invalidDay(language) }
            else if isNew && target! < request.now { errors["targetDate"] = T.targetInPast(language) }
        }
        let theme = values["theme"]!.isEmpty ? nil : values["theme"]
        if let theme, !themes.contains(theme) { errors["theme"] = T.required(language) }
        let status = GoalStatus(rawValue: values["status"]!) ?? .open
        guard errors.isEmpty else { return (nil, values, errors) }
        return (Checked(title: values["title"]!, description: values["description"]!, successCriteria: values["successCriteria"]!,
                        targetDate: target, theme: theme, status: status), values, [:])
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let context = try await request.pairContext(allow: [.mentee])
        try context.requireOpen()
        let vocabulary = try await Vocabulary.load(organisationID: try request.organisationID(), on: request.db)
        let (checked, values, errors) = validate(request, themes: Set(vocabulary.themes.map(\.key)), isNew: true)
        guard let checked else {
            return try await renderForm(request, pairID: context.pairID, goalID: nil, values: values, errors: errors, status: .unprocessableEntity)
        }
        let goal = LearningGoal(mentorshipID: context.pairID, menteeID: context.pair.$mentee.id, title: checked.title, description: checked.description,
                                successCriteria: checked.successCriteria, targetDate: checked.targetDate, status: checked.status, theme: checked.theme)
        try await request.writeTransaction { db in
            try await goal.create(on: db)
            try await request.audit("create", "learning_goal", id: goal.id, summary: "goal written", on: db)
        }
        request.flash(T.goalSaved(request.viewer.language))
        return request.redirect(to: "/goals/\(goal.id!)")
    }

    private func load(_ request: Request, allow: Set<PairRole>) async throws -> (LearningGoal, PairContext) {
        guard let id = request.parameters.get("id", as: UUID.self), let goal = try await LearningGoal.find(id, on: request.db) else { throw PageError.notFound }
        let context = try await request.pairContext(goal.$mentorship.id, allow: allow)
        return (goal, context)
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        let (goal, context) = try await load(request, allow: [.mentor, .mentee])
        let vocabulary = try await Vocabulary.load(organisationID: try request.organisationID(), on: request.db)
        let evidence = try await GoalEvidence.query(on: request.db).filter(\.$goal.$id == goal.id!).with(\.$conversation).all()
            .sorted { $0.conversation.scheduledAt > $1.conversation.scheduledAt }
        let formats = request.viewer.formats
        let model = GoalPage.Model(
            id: goal.id!, pairID: context.pairID, isMentor: context.isMentor, isMentee: context.role == .mentee, open: context.pair.status != .ended,
            title: goal.title, description: goal.description, successCriteria: goal.successCriteria, targetDate: goal.targetDate,
            status: goal.status, theme: vocabulary.themeName(goal.theme, request.viewer.language), mentorComment: goal.mentorComment,
            evidence: evidence.map { ($0.conversation.id!, $0.conversation.scheduledAt, $0.text) },
            formValues: ["title": goal.title, "description": goal.description, "successCriteria": goal.successCriteria,
                         "targetDate": goal.targetDate.map(formats.isoDay) ?? "", "theme": goal.theme ?? "", "status": goal.status.rawValue],
            themes: vocabulary.themes.map { ($0.key, $0.name(request.viewer.language)) })
        return GoalPage.render(model, viewer: request.viewer, flash: request.takeFlash()).response()
    }

    @Sendable func update(_ request: Request) async throws -> Response {
        let (goal, context) = try await load(request, allow: [.mentee])
        try context.requireOpen()
        let vocabulary = try await Vocabulary.load(organisationID: try request.organisationID(), on: request.db)
        let (checked, values, errors) = validate(request, themes: Set(vocabulary.themes.map(\.key) + [goal.theme].compactMap { $0 }), isNew: false)
        guard let checked else {
            return try await renderForm(request, pairID: context.pairID, goalID: goal.id, values: values, errors: errors, status: .unprocessableEntity)
        }
        goal.title = checked.title
        goal.description = checked.description
        goal.successCriteria = checked.successCriteria
        goal.targetDate = checked.targetDate
        goal.theme = checked.theme
        goal.status = checked.status
        try await request.writeTransaction { db in
            try await goal.save(on: db)
            try await request.audit("update", "learning_goal", id: goal.id, summary: "goal edited, status \(checked.status.rawValue)", on: db)
        }
        request.flash(T.goalSaved(request.viewer.language))
        return request.redirect(to: "/goals/\(goal.id!)")
    }

    @Sendable func comment(_ request: Request) async throws -> Response {
        let (goal, context) = try await load(request, allow: [.mentor])
        try context.requireOpen()
        goal.mentorComment = request.field("comment")
        try await request.writeTransaction { db in
            try await goal.save(on: db)
            try await request.audit("update", "learning_goal", id: goal.id, summary: "mentor comment", on: db)
        }
        request.flash(T.saved(request.viewer.language))
        return request.redirect(to: "/goals/\(goal.id!)")
    }
}
