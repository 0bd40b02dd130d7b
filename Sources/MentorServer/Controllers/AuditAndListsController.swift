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
            Endpoint(.POST, .adminListItemRetire(.key), record: OrganisationListItem.self, roles: [.admin], retireListItem),
        ]
    }

    /// The latest events of the organisation, newest first, with the actor's name.
    @Sendable func audit(_ request: Request) async throws -> Response {
        let filter = ((try? request.query.decode(AuditPage.Filter.self)) ?? AuditPage.Filter()).cleaned(request.viewer.formats)
        let model = try await AuditPage.Query.model(organisationID: try request.organisationID(), filter: filter, now: request.now, on: request.db)
        return AuditPage.render(model, viewer: request.viewer).response()
    }

    @Sendable func lists(_ request: Request) async throws -> Response {
        let model = try await ListsPage.Query.model(organisationID: try request.organisationID(), flash: request.takeFlash(), on: request.db)
        return ListsPage.render(model, viewer: request.viewer).response()
    }

    @Sendable func addListItem(_ request: Request) async throws -> Response {
        let language = request.viewer.language
        let organisationID = try request.organisationID()
        let form = try request.content.decode(ListsPage.Form.self)
        switch form.validated(language) {
        case .failure(let errors):
            // Only a hand-made request names no list or an unknown one.
            guard errors.fields["list"] == nil else { throw PageError.badRequest }
            let model = try await ListsPage.Query.model(organisationID: organisationID, errors: errors.fields, errorList: form.list.flatMap(OrganisationListItem.List.init(rawValue:)), flash: request.takeFlash(), on: request.db)
            return ListsPage.render(model, viewer: request.viewer).response(status: .unprocessableEntity)
        case .success(let checked):
            let item = OrganisationListItem(organisationID: organisationID, list: checked.list,
                                            key: "custom-" + UUID().uuidString.lowercased().prefix(8), nameNL: checked.nameNL, nameEN: checked.nameEN)
            try await request.writeTransaction { db in
                try await item.create(on: db)
                try await request.audit("create", checked.list.rawValue, id: item.id, summary: checked.nameEN, on: db)
            }
            request.flash(T.saved(language))
            return request.redirect(to: .adminLists)
        }
    }

    @Sendable func retireListItem(_ request: Request, item: OrganisationListItem) async throws -> Response {
        item.retired.toggle()
        try await request.writeTransaction { db in
            try await item.save(on: db)
            try await request.audit(item.retired ? "retire" : "reinstate", item.list.rawValue, id: item.id, summary: item.nameEN, on: db)
        }
        request.flash(T.saved(request.viewer.language))
        return request.redirect(to: .adminLists)
    }
}
