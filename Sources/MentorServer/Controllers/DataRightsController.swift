import Vapor
import Fluent
import MentorCore

/// A person's own data to download (JSON and a readable page), and erasure by an admin.
struct DataRightsController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .accountExport, .signedIn, page),
            Endpoint(.GET, .accountExportJSON, .signedIn, json),
            Endpoint(.GET, .adminPersonErase(.key), .roles([.admin]), confirm),
            Endpoint(.POST, .adminPersonErase(.key), .roles([.admin]), erase),
        ]
    }

    @Sendable func page(_ request: Request) async throws -> Response {
        let data = try await PersonalData.collect(personID: try request.personID(), language: request.viewer.language, on: request.db)
        return PersonalDataPage.render(data, viewer: request.viewer).response()
    }

    @Sendable func json(_ request: Request) async throws -> Response {
        let data = try await PersonalData.collect(personID: try request.personID(), language: request.viewer.language, on: request.db)
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"mentor-mirror-my-data.json\"")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(string: try data.json()))
    }

    @Sendable func confirm(_ request: Request) async throws -> Response {
        let person = try await request.ownRecord(Person.self, \.$organisation)
        return ErasePage.render(person: person, error: nil, viewer: request.viewer).response()
    }

    @Sendable func erase(_ request: Request) async throws -> Response {
        let person = try await request.ownRecord(Person.self, \.$organisation)
        let language = request.viewer.language
        guard person.id != request.viewer.personID else {
            return ErasePage.render(person: person, error: T.eraseNotYourself(language), viewer: request.viewer).response(status: .conflict)
        }
        guard request.field("confirm").lowercased() == person.email.lowercased() else {
            return ErasePage.render(person: person, error: T.eraseConfirmMismatch(language), viewer: request.viewer).response(status: .unprocessableEntity)
        }
        try await Erasure.erase(person, by: request.viewer.personID, on: request.db)
        request.flash(T.erased(language))
        return request.redirect(to: "/admin/people")
    }
}
