import Vapor
import Fluent
import MentorCore

/// The organisation's core values and the behaviours that show them.
struct CoreValueAdminController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .adminValues, .roles([.admin]), list),
            Endpoint(.GET, .adminValueNew, .roles([.admin]), new),
            Endpoint(.POST, .adminValues, .roles([.admin]), create),
            Endpoint(.GET, .adminValueEdit(.key), record: CoreValue.self, roles: [.admin], edit),
            Endpoint(.POST, .adminValue(.key), record: CoreValue.self, roles: [.admin], update),
            Endpoint(.POST, .adminValueMove(.key), record: CoreValue.self, roles: [.admin], move),
            Endpoint(.POST, .adminValueRetire(.key), record: CoreValue.self, roles: [.admin], retire),
        ]
    }

    /// Values of one organisation in their order, with behaviours loaded.
    @Sendable func list(_ request: Request) async throws -> Response {
        let model = try await CoreValuesPage.Query.model(organisationID: try request.organisationID(), language: request.viewer.language,
                                                         flash: request.takeFlash(), on: request.db)
        return CoreValuesPage.render(model, viewer: request.viewer).response()
    }

    @Sendable func new(_ request: Request) async throws -> Response {
        CoreValueFormPage.render(.init(form: .init()), viewer: request.viewer).response()
    }

    @Sendable func edit(_ request: Request, value: CoreValue) async throws -> Response {
        CoreValueFormPage.render(try await CoreValueFormPage.Query.edit(value, on: request.db), viewer: request.viewer).response()
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let organisationID = try request.organisationID()
        let form = try request.content.decode(CoreValueFormPage.Form.self)
        switch form.validated(request.viewer.language) {
        case .failure(let errors):
            return CoreValueFormPage.render(.init(form: form, errors: errors.fields), viewer: request.viewer).response(status: .unprocessableEntity)
        case .success(let checked):
            try await request.writeTransaction { db in
                let position = try await CoreValueFormPage.Query.nextPosition(organisationID: organisationID, on: db)
                let value = CoreValue(organisationID: organisationID, nameNL: checked.nameNL, nameEN: checked.nameEN,
                                      descriptionNL: checked.descriptionNL, descriptionEN: checked.descriptionEN, position: position)
                try await value.create(on: db)
                try await Self.replaceBehaviours(of: value, with: checked.behaviours, on: db)
                try await request.audit("create", "core_value", id: value.id, summary: checked.nameEN, on: db)
            }
            request.flash(T.saved(request.viewer.language))
            return request.redirect(to: .adminValues)
        }
    }

    @Sendable func update(_ request: Request, value: CoreValue) async throws -> Response {
        let form = try request.content.decode(CoreValueFormPage.Form.self)
        switch form.validated(request.viewer.language) {
        case .failure(let errors):
            return CoreValueFormPage.render(.init(form: form, errors: errors.fields, valueID: value.id), viewer: request.viewer)
                .response(status: .unprocessableEntity)
        case .success(let checked):
            value.nameNL = checked.nameNL
            value.nameEN = checked.nameEN
            value.descriptionNL = checked.descriptionNL
            value.descriptionEN = checked.descriptionEN
            try await request.writeTransaction { db in
                try await value.save(on: db)
                try await Self.replaceBehaviours(of: value, with: checked.behaviours, on: db)
                try await request.audit("update", "core_value", id: value.id, summary: checked.nameEN, on: db)
            }
            request.flash(T.saved(request.viewer.language))
            return request.redirect(to: .adminValues)
        }
    }

    /// Swaps the value with its neighbour above or below.
    @Sendable func move(_ request: Request, value: CoreValue) async throws -> Response {
        let form = try request.content.decode(CoreValuesPage.MoveForm.self)
        guard case .success(let direction) = form.validated(request.viewer.language) else { throw PageError.badRequest }
        let valueID = try value.requireID()
        let organisationID = try request.organisationID()
        try await request.writeTransaction { db in
            let all = try await CoreValueQuery.all(organisationID: organisationID, on: db)
            guard let ordered = Reordering.moved(valueID, direction, in: all.compactMap(\.id)) else { return }
            for item in all {
                guard let position = ordered.firstIndex(of: try item.requireID()).map({ $0 + 1 }), item.position != position else { continue }
                item.position = position
                try await item.save(on: db)
            }
            try await request.audit("reorder", "core_value", id: valueID, summary: "moved \(direction.rawValue)", on: db)
        }
        return request.redirect(to: .adminValues)
    }

    /// Retires a value, or brings a retired one back. Earlier scores stay.
    @Sendable func retire(_ request: Request, value: CoreValue) async throws -> Response {
        value.retiredAt = value.retiredAt == nil ? request.now : nil
        try await request.writeTransaction { db in
            try await value.save(on: db)
            try await request.audit(value.retiredAt == nil ? "reinstate" : "retire", "core_value", id: value.id, summary: value.nameEN, on: db)
        }
        request.flash(T.saved(request.viewer.language))
        return request.redirect(to: .adminValues)
    }

    private static func replaceBehaviours(of value: CoreValue, with behaviours: [CoreValueFormPage.Form.Behaviour], on db: any Database) async throws {
        let valueID = try value.requireID()
        try await CoreValueBehaviour.query(on: db).filter(\.$coreValue.$id == valueID).delete()
        for (index, behaviour) in behaviours.enumerated() {
            try await CoreValueBehaviour(coreValueID: valueID, textNL: behaviour.nl, textEN: behaviour.en, position: index + 1).create(on: db)
        }
    }
}
