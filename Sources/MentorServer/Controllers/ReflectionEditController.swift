import Vapor
import Fluent
import MentorCore

/// Correcting and removing the mentor's own reflections. A reflection belongs to its mentor
/// alone (not to a pair, nor to the organisation's records an administrator manages), so the
/// handler looks it up by its owner: anyone else's is "not found", as a notification is.
struct ReflectionEditController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .reflectionEdit(.key), .roles([.mentor]), editPage),
            Endpoint(.POST, .reflectionEdit(.key), .roles([.mentor]), edit),
            Endpoint(.GET, .reflectionDelete(.key), .roles([.mentor]), delete),
            Endpoint(.POST, .reflectionDelete(.key), .roles([.mentor]), delete),
        ]
    }

    /// The viewer's own reflection named by the route, or "not found".
    private func ownReflection(_ request: Request) async throws -> Reflection {
        guard let id = request.parameters.get("id", as: UUID.self),
              let reflection = try await Reflection.query(on: request.db).filter(\.$id == id)
                .filter(\.$mentor.$id == (try request.personID())).first()
        else { throw PageError.notFound }
        return reflection
    }

    @Sendable func editPage(_ request: Request) async throws -> Response {
        let reflection = try await ownReflection(request)
        let model = ReflectionEditPage.Model(id: try reflection.requireID(),
                                             pairs: try await ReflectionEditPage.Query.pairs(mentorID: try request.personID(), on: request.db),
                                             form: ReflectionEditPage.Query.form(reflection, formats: request.viewer.formats))
        return ReflectionEditPage.render(model, viewer: request.viewer).response()
    }

    @Sendable func edit(_ request: Request) async throws -> Response {
        let reflection = try await ownReflection(request)
        let id = try reflection.requireID()
        let form = (try? request.content.decode(ReflectionsPage.Form.self)) ?? ReflectionsPage.Form()
        // A chosen pair must be one of the viewer's own, checked as a pair route checks it.
        var mentorshipID: UUID?
        if let choice = form.mentorshipChoice {
            mentorshipID = try await request.pairContext(UUID(uuidString: choice), allow: [.mentor]).pairID
        }
        switch form.validated(request.viewer.formats) {
        case .failure(let errors):
            let model = ReflectionEditPage.Model(id: id, pairs: try await ReflectionEditPage.Query.pairs(mentorID: try request.personID(), on: request.db),
                                                 form: form, errors: errors.fields)
            return ReflectionEditPage.render(model, viewer: request.viewer).response(status: .unprocessableEntity)
        case .success(let valid):
            reflection.take(valid, mentorshipID: mentorshipID, now: request.now)
            try await request.writeTransaction { db in
                try await reflection.save(on: db)
                try await request.auditCorrection(.update, .reflection, id: id, on: db)
            }
            request.flash(T.reflectionSaved(request.viewer.language))
            return request.redirect(to: .reflections)
        }
    }

    @Sendable func delete(_ request: Request) async throws -> Response {
        let reflection = try await ownReflection(request)
        let id = try reflection.requireID()
        let formats = request.viewer.formats
        let model = ConfirmDeletePage.Model(kind: .reflection, summary: "\(formats.date(reflection.periodFrom)) – \(formats.date(reflection.periodTo))",
                                            action: .reflectionDelete(id), back: .reflections)
        return try await request.confirmedCorrection(model, change: .delete, id: id) { db in
            try await Reflection.query(on: db).filter(\.$id == id).delete()
        }
    }
}
