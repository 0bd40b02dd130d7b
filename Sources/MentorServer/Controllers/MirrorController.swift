import Vapor
import Fluent
import MentorCore

/// The mentor's mirror, their reflections, and the mentee's own progress summary.
struct MirrorController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .mirror, .roles([.mentor]), overview),
            Endpoint(.GET, .pairMirror(.key), pair: [.mentor], pairMirror),
            Endpoint(.GET, .reflections, .roles([.mentor]), reflections),
            Endpoint(.POST, .reflections, .roles([.mentor]), saveReflection),
            Endpoint(.GET, .progress(pair: .key), pair: [.mentee], progress),
        ]
    }

    @Sendable func overview(_ request: Request) async throws -> Response {
        let model = try await MirrorOverviewPage.Query.model(
            mentorID: try request.personID(), organisationID: try request.organisationID(),
            period: try request.query.decode(MirrorPeriodForm.self), formats: request.viewer.formats, now: request.now, on: request.db)
        return MirrorOverviewPage.render(model, viewer: request.viewer).response()
    }

    @Sendable func pairMirror(_ request: Request, _ context: PairContext) async throws -> Response {
        let model = try await MirrorPage.Query.model(pair: context.pair, period: try request.query.decode(MirrorPeriodForm.self),
                                                     formats: request.viewer.formats, now: request.now, on: request.db)
        return MirrorPage.render(model, viewer: request.viewer).response()
    }

    // MARK: Reflections

    @Sendable func reflections(_ request: Request) async throws -> Response {
        let model = try await ReflectionsPage.Query.model(mentorID: try request.personID(), form: nil, formats: request.viewer.formats,
                                                          now: request.now, flash: request.takeFlash(), on: request.db)
        return ReflectionsPage.render(model, viewer: request.viewer).response()
    }

    @Sendable func saveReflection(_ request: Request) async throws -> Response {
        let form = try request.content.decode(ReflectionsPage.Form.self)
        let formats = request.viewer.formats
        // A chosen pair must be one of the viewer's own, checked as a pair route checks it.
        var mentorshipID: UUID?
        if let choice = form.mentorshipChoice {
            mentorshipID = try await request.pairContext(UUID(uuidString: choice), allow: [.mentor]).pairID
        }
        switch form.validated(formats) {
        case .failure(let errors):
            let model = try await ReflectionsPage.Query.model(mentorID: try request.personID(), form: form, errors: errors.fields,
                                                              formats: formats, now: request.now, flash: nil, on: request.db)
            return ReflectionsPage.render(model, viewer: request.viewer).response(status: .unprocessableEntity)
        case .success(let valid):
            let reflection = Reflection()
            reflection.$mentor.id = try request.personID()
            reflection.take(valid, mentorshipID: mentorshipID, now: request.now)
            try await request.writeTransaction { db in
                try await reflection.create(on: db)
                try await request.audit("create", "reflection", id: reflection.id, summary: "reflection written", on: db)
            }
            request.flash(T.reflectionSaved(request.viewer.language))
            return request.redirect(to: .reflections)
        }
    }

    // MARK: The mentee's own summary

    @Sendable func progress(_ request: Request, _ context: PairContext) async throws -> Response {
        let model = try await ProgressPage.Query.model(pair: context.pair, menteeName: request.viewer.name ?? "",
                                                       period: try request.query.decode(MirrorPeriodForm.self),
                                                       formats: request.viewer.formats, now: request.now, on: request.db)
        return ProgressPage.render(model, viewer: request.viewer).response()
    }
}
