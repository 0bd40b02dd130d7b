import Vapor
import Fluent
import MentorCore

/// A person's own data to download (JSON and a readable page), and erasure by an admin.
struct DataRightsController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .accountExport, .signedIn, page),
            Endpoint(.GET, .accountExportJSON, .signedIn, json),
            Endpoint(.GET, .adminPersonErase(.key), record: Person.self, roles: [.admin], confirm),
            Endpoint(.POST, .adminPersonErase(.key), record: Person.self, roles: [.admin], erase),
        ]
    }

    @Sendable func page(_ request: Request) async throws -> Response {
        let data = try await PersonalData.collect(personID: try request.personID(), language: request.viewer.language, now: request.now, on: request.db)
        return PersonalDataPage.render(PersonalDataPage.Query.model(data), viewer: request.viewer).response()
    }

    @Sendable func json(_ request: Request) async throws -> Response {
        let data = try await PersonalData.collect(personID: try request.personID(), language: request.viewer.language, now: request.now, on: request.db)
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"mentor-mirror-my-data.json\"")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(string: try data.json()))
    }

    @Sendable func confirm(_ request: Request, person: Person) async throws -> Response {
        ErasePage.render(try ErasePage.Query.model(person: person), viewer: request.viewer).response()
    }

    @Sendable func erase(_ request: Request, person: Person) async throws -> Response {
        let language = request.viewer.language
        guard person.id != request.viewer.personID else {
            return ErasePage.render(try ErasePage.Query.model(person: person, error: T.eraseNotYourself(language)), viewer: request.viewer)
                .response(status: .conflict)
        }
        let form = try request.content.decode(ErasePage.Form.self)
        if case .failure(let errors) = form.validated(language, email: person.email) {
            let model = try ErasePage.Query.model(person: person, error: errors.fields["confirm"])
            return ErasePage.render(model, viewer: request.viewer).response(status: .unprocessableEntity)
        }
        let actorID = request.viewer.personID, now = request.now
        try await request.writeTransaction { db in
            try await Erasure.erase(person, by: actorID, now: now, on: db)
        }
        request.flash(T.erased(language))
        return request.redirect(to: .adminPeople)
    }
}
