import Vapor
import Fluent
import MentorCore

/// Correcting and removing the organisation's own goal themes and attitude patterns (adding
/// and retiring them stays on the lists page). Records keep the entry's key, so renaming one
/// renames it everywhere; one still in use can be retired but not removed.
struct ListItemController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .adminListItemEdit(.key), record: OrganisationListItem.self, roles: [.admin], editPage),
            Endpoint(.POST, .adminListItemEdit(.key), record: OrganisationListItem.self, roles: [.admin], edit),
            Endpoint(.GET, .adminListItemDelete(.key), record: OrganisationListItem.self, roles: [.admin], delete),
            Endpoint(.POST, .adminListItemDelete(.key), record: OrganisationListItem.self, roles: [.admin], delete),
        ]
    }

    private func kind(_ item: OrganisationListItem) -> CorrectionKind {
        item.list == .goalTheme ? .theme : .pattern
    }

    @Sendable func editPage(_ request: Request, item: OrganisationListItem) async throws -> Response {
        let model = ListItemFormPage.Model(id: try item.requireID(), list: item.list, form: .init(nameNL: item.nameNL, nameEN: item.nameEN, synonyms: item.synonyms))
        return ListItemFormPage.render(model, viewer: request.viewer).response()
    }

    @Sendable func edit(_ request: Request, item: OrganisationListItem) async throws -> Response {
        let form = (try? request.content.decode(ListItemFormPage.Form.self)) ?? ListItemFormPage.Form()
        let id = try item.requireID()
        switch form.validated(request.viewer.language) {
        case .failure(let errors):
            let model = ListItemFormPage.Model(id: id, list: item.list, form: form, errors: errors.fields)
            return ListItemFormPage.render(model, viewer: request.viewer).response(status: .unprocessableEntity)
        case .success(let valid):
            let kind = kind(item)
            try await request.writeTransaction { db in
                item.nameNL = valid.nameNL
                item.nameEN = valid.nameEN
                // Only a goal theme has synonyms; a pattern's form has no such field.
                if item.list == .goalTheme { item.synonyms = valid.synonyms }
                try await item.save(on: db)
                try await request.auditCorrection(.update, kind, id: id, on: db)
            }
            request.flash(T.saved(request.viewer.language))
            return request.redirect(to: .adminLists)
        }
    }

    /// How many of the organisation's goals (for a theme) or observations (for a pattern) use the entry.
    private func uses(_ item: OrganisationListItem, on db: any Database) async throws -> Int {
        let organisationID = item.$organisation.id
        switch item.list {
        case .goalTheme:
            return try await LearningGoal.query(on: db).join(Mentorship.self, on: \LearningGoal.$mentorship.$id == \Mentorship.$id)
                .filter(Mentorship.self, \.$organisation.$id == organisationID).filter(\.$theme == item.key).count()
        case .attitudePattern:
            return try await AttitudeObservation.query(on: db).join(Conversation.self, on: \AttitudeObservation.$conversation.$id == \Conversation.$id)
                .join(Mentorship.self, on: \Conversation.$mentorship.$id == \Mentorship.$id)
                .filter(Mentorship.self, \.$organisation.$id == organisationID).filter(\.$pattern == item.key).count()
        }
    }

    @Sendable func delete(_ request: Request, item: OrganisationListItem) async throws -> Response {
        let id = try item.requireID()
        let count = try await uses(item, on: request.db)
        do throws(CorrectionProblem) { try Corrections.checkRemovable(usedBy: count) } catch {
            throw UserError(.conflict, T.correctionProblem(error))
        }
        let name = request.viewer.language == .nl ? item.nameNL : item.nameEN
        let model = ConfirmDeletePage.Model(kind: kind(item), summary: name, action: .adminListItemDelete(id), back: .adminLists)
        return try await request.confirmedCorrection(model, change: .delete, id: id) { db in
            // Counted again inside the transaction, so a goal given this theme meanwhile keeps it.
            let count = try await uses(item, on: db)
            do throws(CorrectionProblem) { try Corrections.checkRemovable(usedBy: count) } catch {
                throw UserError(.conflict, T.correctionProblem(error))
            }
            try await OrganisationListItem.query(on: db).filter(\.$id == id).delete()
        }
    }
}
