import Vapor
import Fluent
import MentorCore

/// The audit log, and the organisation's own goal themes and attitude patterns.
struct AuditAndListsController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .adminAudit, .roles([.admin]), audit),
            Endpoint(.GET, .adminLists, .roles([.admin]), lists),
            Endpoint(.POST, .adminLists, .roles([.admin]), addListItem),
            Endpoint(.POST, .adminListItemRetire(.key), .roles([.admin]), retireListItem),
        ]
    }

    /// The latest 300 events of the organisation, newest first, with the actor's name.
    @Sendable func audit(_ request: Request) async throws -> Response {
        let events = try await AuditEvent.query(on: request.db).filter(\.$organisation.$id == (try request.organisationID()))
            .with(\.$actor).sort(\.$createdAt, .descending).range(..<300).all()
        let rows = events.map { AuditPage.Row(at: $0.createdAt ?? request.now, actor: $0.actor?.name, action: $0.action, entity: $0.entity, summary: $0.summary) }
        return AuditPage.render(rows, viewer: request.viewer).response()
    }

    @Sendable func lists(_ request: Request) async throws -> Response {
        try await renderLists(request, errors: [:], status: .ok)
    }

    private func renderLists(_ request: Request, errors: FieldErrors, status: HTTPStatus) async throws -> Response {
        let items = try await OrganisationListItem.query(on: request.db).filter(\.$organisation.$id == (try request.organisationID())).sort(\.$nameEN).all()
        return ListsPage.render(items, errors: errors, viewer: request.viewer, flash: request.takeFlash()).response(status: status)
    }

    @Sendable func addListItem(_ request: Request) async throws -> Response {
        let language = request.viewer.language
        guard let list = OrganisationListItem.List(rawValue: request.field("list")) else { throw PageError.badRequest }
        let nameNL = request.field("nameNL"), nameEN = request.field("nameEN")
        var errors: FieldErrors = [:]
        if nameNL.isEmpty { errors["nameNL"] = T.required(language) }
        if nameEN.isEmpty { errors["nameEN"] = T.required(language) }
        guard errors.isEmpty else { return try await renderLists(request, errors: errors, status: .unprocessableEntity) }
        let item = OrganisationListItem(organisationID: try request.organisationID(), list: list,
                                        key: "custom-" + UUID().uuidString.lowercased().prefix(8), nameNL: nameNL, nameEN: nameEN)
        try await request.db.transaction { db in
            try await item.create(on: db)
            try await request.audit("create", list.rawValue, id: item.id, summary: nameEN, on: db)
        }
        request.flash(T.saved(language))
        return request.redirect(to: "/admin/lists")
    }

    @Sendable func retireListItem(_ request: Request) async throws -> Response {
        let item = try await request.ownRecord(OrganisationListItem.self, \.$organisation)
        item.retired.toggle()
        try await request.db.transaction { db in
            try await item.save(on: db)
            try await request.audit(item.retired ? "retire" : "reinstate", item.list.rawValue, id: item.id, summary: item.nameEN, on: db)
        }
        request.flash(T.saved(request.viewer.language))
        return request.redirect(to: "/admin/lists")
    }
}
