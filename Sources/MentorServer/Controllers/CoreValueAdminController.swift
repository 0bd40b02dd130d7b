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
            Endpoint(.GET, .adminValueEdit(.key), .roles([.admin]), edit),
            Endpoint(.POST, .adminValue(.key), .roles([.admin]), update),
            Endpoint(.POST, .adminValueMove(.key), .roles([.admin]), move),
            Endpoint(.POST, .adminValueRetire(.key), .roles([.admin]), retire),
        ]
    }

    struct Form: Content {
        var nameNL: String?
        var nameEN: String?
        var descriptionNL: String?
        var descriptionEN: String?
        var behavioursNL: String?
        var behavioursEN: String?
    }

    /// Values of one organisation in their order, with behaviours loaded.
    @Sendable func list(_ request: Request) async throws -> Response {
        let values = try await CoreValueQuery.all(organisationID: try request.organisationID(), on: request.db)
        return CoreValuesPage.render(values, viewer: request.viewer, flash: request.takeFlash()).response()
    }

    @Sendable func new(_ request: Request) async throws -> Response {
        CoreValueFormPage.render(form: Form(), errors: [:], valueID: nil, viewer: request.viewer).response()
    }

    @Sendable func edit(_ request: Request) async throws -> Response {
        let value = try await load(request)
        let behaviours = try await value.$behaviours.query(on: request.db).sort(\.$position).all()
        let form = Form(nameNL: value.nameNL, nameEN: value.nameEN, descriptionNL: value.descriptionNL, descriptionEN: value.descriptionEN,
                        behavioursNL: behaviours.map(\.textNL).joined(separator: "\n"),
                        behavioursEN: behaviours.map(\.textEN).joined(separator: "\n"))
        return CoreValueFormPage.render(form: form, errors: [:], valueID: value.id, viewer: request.viewer).response()
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let organisationID = try request.organisationID()
        let form = try request.content.decode(Form.self)
        let (checked, errors) = validate(form, language: request.viewer.language)
        guard let checked else {
            return CoreValueFormPage.render(form: form, errors: errors, valueID: nil, viewer: request.viewer).response(status: .unprocessableEntity)
        }
        let position = (try await CoreValue.query(on: request.db).filter(\.$organisation.$id == organisationID).max(\.$position) ?? 0) + 1
        try await request.db.transaction { db in
            let value = CoreValue(organisationID: organisationID, nameNL: checked.nameNL, nameEN: checked.nameEN,
                                  descriptionNL: checked.descriptionNL, descriptionEN: checked.descriptionEN, position: position)
            try await value.create(on: db)
            try await replaceBehaviours(of: value, with: checked.behaviours, on: db)
            try await request.audit("create", "core_value", id: value.id, summary: checked.nameEN, on: db)
        }
        request.flash(T.saved(request.viewer.language))
        return request.redirect(to: "/admin/values")
    }

    @Sendable func update(_ request: Request) async throws -> Response {
        let value = try await load(request)
        let form = try request.content.decode(Form.self)
        let (checked, errors) = validate(form, language: request.viewer.language)
        guard let checked else {
            return CoreValueFormPage.render(form: form, errors: errors, valueID: value.id, viewer: request.viewer).response(status: .unprocessableEntity)
        }
        value.nameNL = checked.nameNL
        value.nameEN = checked.nameEN
        value.descriptionNL = checked.descriptionNL
        value.descriptionEN = checked.descriptionEN
        try await request.db.transaction { db in
            try await value.save(on: db)
            try await replaceBehaviours(of: value, with: checked.behaviours, on: db)
            try await request.audit("update", "core_value", id: value.id, summary: checked.nameEN, on: db)
        }
        request.flash(T.saved(request.viewer.language))
        return request.redirect(to: "/admin/values")
    }

    struct MoveForm: Content { var direction: String? }

    /// Swaps the value with its neighbour above or below.
    @Sendable func move(_ request: Request) async throws -> Response {
        let value = try await load(request)
        let direction = try request.content.decode(MoveForm.self).direction
        guard direction == "up" || direction == "down" else { throw PageError.badRequest }
        let all = try await CoreValueQuery.all(organisationID: try request.organisationID(), on: request.db)
        guard let index = all.firstIndex(where: { $0.id == value.id }) else { throw PageError.notFound }
        let other = direction == "up" ? index - 1 : index + 1
        if all.indices.contains(other) {
            var reordered = all
            reordered.swapAt(index, other)
            let ordered = reordered
            try await request.db.transaction { db in
                for (position, item) in ordered.enumerated() where item.position != position + 1 {
                    item.position = position + 1
                    try await item.save(on: db)
                }
                try await request.audit("reorder", "core_value", id: value.id, summary: "moved \(direction!)", on: db)
            }
        }
        return request.redirect(to: "/admin/values")
    }

    /// Retires a value, or brings a retired one back. Earlier scores stay.
    @Sendable func retire(_ request: Request) async throws -> Response {
        let value = try await load(request)
        value.retiredAt = value.retiredAt == nil ? request.now : nil
        try await request.db.transaction { db in
            try await value.save(on: db)
            try await request.audit(value.retiredAt == nil ? "reinstate" : "retire", "core_value", id: value.id, summary: value.nameEN, on: db)
        }
        request.flash(T.saved(request.viewer.language))
        return request.redirect(to: "/admin/values")
    }

    struct Checked {
        var nameNL, nameEN, descriptionNL, descriptionEN: String
        var behaviours: [(nl: String, en: String)]
    }

    func validate(_ form: Form, language: Language) -> (Checked?, FieldErrors) {
        func clean(_ text: String?) -> String { (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        func lines(_ text: String?) -> [String] {
            (text ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        var errors: FieldErrors = [:]
        let nameNL = clean(form.nameNL), nameEN = clean(form.nameEN)
        if nameNL.isEmpty { errors["nameNL"] = T.required(language) }
        if nameEN.isEmpty { errors["nameEN"] = T.required(language) }
        let nl = lines(form.behavioursNL), en = lines(form.behavioursEN)
        if nl.count != en.count { errors["behavioursEN"] = T.behavioursMismatch(language) }
        guard errors.isEmpty else { return (nil, errors) }
        return (Checked(nameNL: nameNL, nameEN: nameEN, descriptionNL: clean(form.descriptionNL), descriptionEN: clean(form.descriptionEN),
                        behaviours: Array(zip(nl, en)).map { (nl: $0.0, en: $0.1) }), [:])
    }

    private func replaceBehaviours(of value: CoreValue, with behaviours: [(nl: String, en: String)], on db: any Database) async throws {
        let valueID = try value.requireID()
        try await CoreValueBehaviour.query(on: db).filter(\.$coreValue.$id == valueID).delete()
        for (index, behaviour) in behaviours.enumerated() {
            try await CoreValueBehaviour(coreValueID: valueID, textNL: behaviour.nl, textEN: behaviour.en, position: index + 1).create(on: db)
        }
    }

    private func load(_ request: Request) async throws -> CoreValue {
        try await request.ownRecord(CoreValue.self, \.$organisation)
    }
}
